package io.github.motcua.kpi.io.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.When;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.StepCurve;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Where;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A directive written as a file and read back is the same directive: the five built-in ones, and
 * one with its own counters (every shape a condition takes), indicators, a step curve and a
 * quarterly schedule. (That the read-back directives also evaluate to byte-identical reports over
 * the bundled examples is kpi-cli's ExportedDirectivesTest.)
 */
class DirectiveFilesRoundTripTest {

  static String write(Directive d) {
    StringWriter w = new StringWriter();
    try {
      DirectiveFiles.write(d, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static List<Directive> read(String text, String name) {
    try {
      return DirectiveFiles.read(new StringReader(text), name, Directives.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyBuiltInDirectiveWrittenAndReadBackIsEqualToIt() {
    List<Directive> builtIn = Directives.load().list();
    assertEquals(List.of("brvt404", "qn07", "qt1501", "qt2023", "tv1239"), builtIn.stream().map(Directive::id).toList());
    for (Directive d : builtIn) {
      String yaml = write(d);
      Directive back = read(yaml, d.id() + ".yaml").get(0);
      assertEquals(d, back, yaml);
      assertEquals(yaml, write(back), "writing is a fixpoint for " + d.id());
    }
  }

  @Test
  void aWrittenFileStartsWithTheSchemaForEditors() {
    String yaml = write(Directives.load().get("qt2023"));
    assertTrue(yaml.startsWith("# yaml-language-server: $schema=" + DirectiveFiles.SCHEMA_URL + "\nid: qt2023\n"), yaml);
  }

  /** A directive with counters and indicators of its own, in every shape the format has. */
  static Directive ownCounters() {
    Counter received = Counter.RECEIVED_TOTAL;
    Counter onlineOrVneid = Counter.dossiers("received_online_or_vneid", "dossiers received online or through VNeID",
            Where.builder().received(When.IN_PERIOD).status("accepted").channel(Channel.ONLINE, Channel.VNEID).build())
        .ofThose(received);
    Counter vneidLand = Counter.dossiers("received_vneid_land", "land dossiers through VNeID, level 4, fee paid online",
            Where.builder().from(onlineOrVneid.where()).channel(Channel.VNEID).fact(Fact.FIELD, "Đất đai")
                .level(4).flag(Fact.PAID_ONLINE, true).fact(Fact.NATIONAL_STATUS, "10").build())
        .ofThose(onlineOrVneid);
    Counter lateOrSupplemented = Counter.dossiers("late_or_supplemented", "finished late, or after many supplement requests",
        Where.builder().finished(When.IN_PERIOD).status("finished")
            .any(Where.builder().status("finished-late").build(),
                Where.builder().fact(Fact.SUPPLEMENTS, "many").fact(Fact.PROCEDURE, "1.004227").build())
            .build()).ofThose(Counter.FINISHED_TOTAL);
    Counter offeredOnPortal = Counter.builder().id("procedures_on_portal").description("procedures offered on the national portal")
        .kind(Counter.Kind.PROCEDURES)
        .where(Counter.PROCEDURES_TOTAL.where().and(Fact.NATIONAL_PORTAL, "true"))
        .offered(Where.builder().flag(Fact.NATIONAL_PORTAL, true).build())
        .whole(Counter.PROCEDURES_TOTAL).build();
    Counter petitions = Counter.reported("petitions_total", "petitions received");
    Counter petitionsOnline = Counter.reported("petitions_online", "petitions received online").ofThose(petitions);
    Indicator both = Indicator.builder().id("online-or-vneid-land").description("online or VNeID, and land through VNeID")
        .addNumeratorCounters(onlineOrVneid).addDenominatorCounters(received).build();
    Indicator land = Indicator.of("vneid-land", "land through VNeID", vneidLand, received);
    Indicator late = Indicator.of("late-or-supplemented", "late or supplemented", lateOrSupplemented, Counter.FINISHED_TOTAL);
    Indicator portal = Indicator.of("on-portal", "procedures on the portal", offeredOnPortal, Counter.PROCEDURES_TOTAL);
    Indicator petition = Indicator.of("petitions-online", "petitions online", petitionsOnline, petitions);
    return Directive.builder().id("hn-2026").number("99/KH-UBND").issuer("UBND thành phố Hà Nội").year(2026)
        .title("Kế hoạch").defaultPeriod(Period.parse("2026-01-05..2026-02-04")).percentScale(3)
        .addRequirements(
            TargetRule.builder().rule("hn.a").title("a").article("§1").addTiers(Tier.PROVINCIAL, Tier.COMMUNE)
                .indicator(both).threshold(Ratio.parsePercent("33.5"))
                .putThresholdByTier(Tier.PROVINCIAL, Ratio.parsePercent("33.5"))
                .putThresholdByTier(Tier.COMMUNE, Ratio.parsePercent("12.25")).window(Period.month(2026, 5)).build(),
            TargetRule.builder().rule("hn.b").title("b").article("§2").addTiers(Tier.COMMUNE).indicator(land)
                .threshold(Ratio.ofPercent(0)).role("hcc-centre").build(),
            ScoredRule.builder().rule("hn.c").title("c").article("§3").addTiers(Tier.DISTRICT).indicator(late)
                .curve(StepCurve.builder().addSteps(StepCurve.Step.of(Ratio.ofPercent(10), new BigDecimal("0.5")),
                    StepCurve.Step.of(Ratio.parsePercent("25.5"), BigDecimal.ONE)).scale(1).build()).build(),
            TargetRule.builder().rule("hn.d").title("d").article("§4").addTiers(Tier.PROVINCIAL).indicator(portal)
                .threshold(Ratio.ofPercent(100)).build(),
            TargetRule.builder().rule("hn.e").title("e").article("§5").addTiers(Tier.PROVINCIAL).indicator(petition)
                .threshold(Ratio.ofPercent(50)).window(Period.quarter(2026, 2)).build(),
            TargetRule.builder().rule("hn.f").title("f").article("§6").addTiers(Tier.PROVINCIAL)
                .indicator(Indicator.overdueShareOf("Đất đai")).threshold(Ratio.ofPercent(50)).window(Period.half(2026, 2)).build(),
            DeadlineRule.builder().rule("hn.g").title("g").article("§7").addTiers(Tier.COMMUNE).responsible("UBND xã")
                .schedule(Schedule.quarterly(1, 28)).build(),
            DeadlineRule.builder().rule("hn.h").title("h").article("§8: «trước ngày 15 tháng cuối quý»").addTiers(Tier.COMMUNE)
                .responsible("UBND xã").schedule(Schedule.quarterlyBefore(3, 15)).build(),
            DeadlineRule.builder().rule("hn.i").title("i").article("§9: «trước ngày 15/10/2026»").addTiers(Tier.COMMUNE)
                .responsible("UBND xã").schedule(Schedule.before(LocalDate.of(2026, 10, 15))).build(),
            DeadlineRule.builder().rule("hn.j").title("j").article("§10: «trong tháng 10/2026»").addTiers(Tier.COMMUNE)
                .responsible("UBND xã").schedule(Schedule.within(YearMonth.of(2026, 10))).build(),
            DeadlineRule.builder().rule("hn.k").title("k").article("§11: «chậm nhất ngày 30/4/2026»").addTiers(Tier.COMMUNE)
                .responsible("UBND xã").schedule(Schedule.on(LocalDate.of(2026, 4, 30))).build())
        .addReportedIndicators(Indicator.ON_TIME,
            Indicator.of("vneid-only", "through VNeID alone", Counter.dossiers("received_vneid", "through VNeID",
                Where.builder().received(When.IN_PERIOD).status("accepted").channel(Channel.VNEID).build()).ofThose(received), received))
        .build();
  }

  @Test
  void aDirectiveWithItsOwnCountersIndicatorsStepCurveAndScheduleRoundTrips() {
    Directive d = ownCounters();
    String yaml = write(d);
    assertEquals(d, read(yaml, "hn.yaml").get(0), yaml);
    // the counters it defines, wholes first; standard counters are referred to by id only
    assertTrue(yaml.contains("counters:\n  - id: received_online_or_vneid\n"), yaml);
    assertTrue(yaml.contains("      status: accepted\n"), "a status group is written as its name:\n" + yaml);
    assertTrue(yaml.contains("  - id: petitions_total\n    title: petitions received\n    counts: reported\n"), yaml);
    assertTrue(!yaml.contains("id: received_total"), yaml);
    assertTrue(yaml.contains("indicator: overdue.share-by-field:Đất đai"), yaml);
    // due dates as the text words them
    assertTrue(yaml.contains("    schedule:\n      quarterly:\n        month-of-quarter: 3\n        before-day: 15\n"), yaml);
    assertTrue(yaml.contains("    due:\n      before: 2026-10-15\n"), yaml);
    assertTrue(yaml.contains("    due:\n      within: 2026-10\n"), yaml);
    assertTrue(yaml.contains("    due: 2026-04-30\n"), yaml);
    assertTrue(yaml.contains("reported-indicators:\n  - on-time\n  - vneid-only\n"), yaml);
    assertTrue(yaml.contains("  - id: vneid-only\n"), "a reported indicator of its own is defined:\n" + yaml);
  }

  @Test
  void theSameFileAsJsonReadsTheSame() throws IOException {
    Directive d = ownCounters();
    String json = JsonMapper.builder().build().writeValueAsString(new YAMLMapper().readTree(write(d)));
    assertEquals(d, read(json, "hn.json").get(0), json);
  }

  @Test
  void severalDirectivesShareTheFilesCountersAndIndicators() {
    String file = String.join("\n",
        "counters:",
        "  - id: received_vneid",
        "    where: {received: in-period, status: accepted, channel: VNEID}",
        "    of: received_total",
        "indicators:",
        "  - {id: vneid, numerator: received_vneid, denominator: received_total}",
        "directives:",
        "  - {id: a, number: '1', issuer: x, year: 2026, title: A, requirements: [",
        "      {rule: a.1, kind: target, title: t, article: '§1', tiers: COMMUNE, indicator: vneid, threshold: 10}]}",
        "  - {id: b, number: '2', issuer: x, year: 2026, title: B, requirements: [",
        "      {rule: b.1, kind: target, title: t, article: '§1', tiers: [COMMUNE], indicator: vneid, threshold: 20}]}",
        "");
    List<Directive> two = read(file, "two.yaml");
    assertEquals(List.of("a", "b"), two.stream().map(Directive::id).toList());
    assertEquals(two.get(0).indicators(), two.get(1).indicators());
  }

  @Test
  void whatAFileCannotHoldIsRefusedWhenWriting() {
    Directive third = Directive.builder().from(ownCounters()).requirements(List.of(
        TargetRule.builder().rule("x").title("x").article("§").addTiers(Tier.COMMUNE).indicator(Indicator.ON_TIME)
            .threshold(Ratio.of(1, 3)).build())).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> write(third));
    assertEquals("the rate 1/3 has no exact decimal percentage, so it cannot be written in a directive file", e.getMessage());
  }
}
