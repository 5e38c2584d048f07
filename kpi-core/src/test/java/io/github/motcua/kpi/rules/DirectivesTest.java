package io.github.motcua.kpi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import java.util.List;
import org.junit.jupiter.api.Test;

class DirectivesTest {
  private static Directive directive(String id) {
    return Directive.builder().id(id).number("1/UBND").issuer("UBND").year(2020).title("t")
        .addRequirements(TargetRule.builder().rule(id + ".r").title("r").article("§1").addTiers(Tier.DISTRICT)
            .indicator(Indicator.ON_TIME).threshold(Ratio.ofPercent(100)).build())
        .build();
  }

  private static RuleModule module(String name, Directive... directives) {
    return new RuleModule() {
      @Override
      public List<Directive> directives() {
        return List.of(directives);
      }

      @Override
      public String name() {
        return name;
      }
    };
  }

  @Test
  void directivesAreListedAndFoundById() {
    Directives all = Directives.of(module("a", directive("b1")), module("b", directive("a1")));
    assertEquals(List.of("a1", "b1"), all.ids());
    assertEquals("b1", all.get("b1").id());
  }

  @Test
  void twoModulesClaimingOneIdAreRejectedNamingBoth() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Directives.of(module("first", directive("x")), module("second", directive("x"))));
    assertEquals("directive id 'x' is claimed by both first and second", e.getMessage());
  }

  @Test
  void directivesFromAFileAreAddedBesideTheModulesAndKeepTheirSource() {
    Directives modules = Directives.of(module("kpi-rules-a", directive("a1")));
    Directives all = modules.plus("hn.yaml", List.of(directive("hn1"), directive("hn2")));
    assertEquals(List.of("a1", "hn1", "hn2"), all.ids());
    assertEquals("hn.yaml", all.source("hn2").orElseThrow());
    assertEquals("kpi-rules-a", all.source("a1").orElseThrow());
    assertEquals(List.of("a1"), modules.ids(), "plus returns a new registry");
  }

  @Test
  void aFileClaimingAModulesIdIsRejectedNamingBothSources() {
    Directives modules = Directives.of(module("kpi-rules-quangtri2023", directive("qt2023")));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> modules.plus("exported/qt2023.yaml", List.of(directive("qt2023"))));
    assertEquals("directive id 'qt2023' is claimed by both kpi-rules-quangtri2023 and exported/qt2023.yaml", e.getMessage());
  }

  @Test
  void writingADirectiveAsCoreJsonSaysThatDirectiveFilesWriteIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> io.github.motcua.kpi.json.KpiJson.write(directive("d")));
    org.junit.jupiter.api.Assertions.assertTrue(
        e.getMessage().contains("write directives with kpi-io's DirectiveFiles.write"), e.getMessage());
    IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
        () -> io.github.motcua.kpi.json.KpiJson.write(directive("d").requirements().get(0)));
    org.junit.jupiter.api.Assertions.assertTrue(rule.getMessage().contains("a Requirement is not written"), rule.getMessage());
  }

  @Test
  void anUnknownIdListsTheKnownOnes() {
    UnknownDirectiveException e = assertThrows(UnknownDirectiveException.class,
        () -> Directives.of(module("a", directive("qt1501"))).get("qt9999"));
    assertEquals("unknown directive 'qt9999'; known: qt1501", e.getMessage());
  }

  @Test
  void aRequirementWithoutArticleOrTiersAndRepeatedRuleIdsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TargetRule.builder().rule("r").title("r").article(" ")
        .addTiers(Tier.DISTRICT).indicator(Indicator.ON_TIME).threshold(Ratio.ofPercent(1)).build());
    IllegalArgumentException noTier = assertThrows(IllegalArgumentException.class, () -> TargetRule.builder().rule("r")
        .title("r").article("§1").indicator(Indicator.ON_TIME).threshold(Ratio.ofPercent(1)).build());
    assertEquals("rule r applies to no tier", noTier.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Directive.builder().from(directive("d"))
        .requirements(java.util.List.of(directive("d").requirements().get(0), directive("d").requirements().get(0))).build());
    assertEquals("directive d: rule id d.r is used twice", twice.getMessage());
  }

  @Test
  void aQuarterlyScheduleListsTheDueDatesInThePeriod() {
    assertEquals(4, Schedule.quarterly(3, 14).dueDates(io.github.motcua.kpi.model.Period.year(2018)).size());
    assertEquals(List.of(java.time.LocalDate.of(2018, 6, 14)),
        Schedule.quarterly(3, 14).dueDates(io.github.motcua.kpi.model.Period.quarter(2018, 2)));
    assertEquals(List.of(), Schedule.quarterly(3, 14).dueDates(io.github.motcua.kpi.model.Period.month(2018, 4)));
  }
}
