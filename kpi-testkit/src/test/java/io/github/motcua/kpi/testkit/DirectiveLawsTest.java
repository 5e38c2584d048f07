package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DueWording;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.Schedule;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.testkit.demo.DemoProvinceRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DirectiveLawsTest {
  private static final Directive DEMO = new DemoProvinceRules().directives().get(0);

  @Test
  void demoProvinceObeysEveryLaw() {
    DirectiveLaws.verify(DEMO);
  }

  @Test
  void demoProvinceObeysEveryLawWithOtherSettings() {
    DirectiveLaws.verify(DEMO, LawSettings.defaults().withSeed(7).withExamples(1000));
  }

  @Test
  void aDirectiveWhoseOwnFiguresPrecedeItObeysEveryLaw() {
    // like QT-1501: dated 8 Apr 2020, its appendix scores Q1 2020; its targets are judged from its date
    Directive d =
        Directive.builder()
            .id("like-qt1501")
            .number("1/UBND")
            .issuer("UBND tỉnh Thử")
            .year(2020)
            .date(LocalDate.of(2020, 4, 8))
            .title("Scores the quarter before it")
            .defaultPeriod(Period.quarter(2020, 1))
            .addRequirements(
                districtTarget(),
                ScoredRule.builder()
                    .rule("like.points")
                    .title("points")
                    .article("Phụ lục")
                    .addTiers(Tier.DISTRICT)
                    .indicator(Indicator.ONLINE_RATE_LEVEL34)
                    .curve(io.github.motcua.kpi.rules.LinearCurve.of(
                        Ratio.ofPercent(20), Ratio.ofPercent(10), java.math.BigDecimal.ONE, 2))
                    .build(),
                DeadlineRule.builder()
                    .rule("like.report")
                    .title("quarterly report")
                    .article("«trước ngày 15 tháng cuối quý»")
                    .addTiers(Tier.DISTRICT)
                    .responsible("district chairs")
                    .schedule(Schedule.quarterlyBefore(3, 15))
                    .build())
            .build();
    DirectiveLaws.verify(d);
  }

  @Test
  void settingsRejectNonPositiveExamples() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LawSettings.defaults().withExamples(0));
    assertEquals("examples must be positive, got 0", e.getMessage());
  }

  // ------------------------------------------------------------ broken rule definitions

  @Test
  void aCurveGivingFewerPointsForMoreBreaksNumeratorMonotone() {
    AssertionError e = fails(() -> DirectiveLaws.verify(scored(BrokenCurves.notMonotone())));
    assertNames(e, "numerator-monotone", "broken.scored");
    assertTrue(e.getMessage().contains("the points fell from 1"), e.getMessage());
  }

  @Test
  void aCurveAboveItsMaximumBreaksPointsBounded() {
    AssertionError e = fails(() -> DirectiveLaws.verify(scored(BrokenCurves.aboveItsMaximum())));
    assertNames(e, "points-bounded", "broken.scored");
    assertTrue(e.getMessage().contains("points 1.5 outside 0..1"), e.getMessage());
  }

  @Test
  void aCurveDeclaringMoreThanItsMaximumForNoValueBreaksPointsBounded() {
    AssertionError e = fails(() -> DirectiveLaws.verify(scored(BrokenCurves.pointsForNoValue())));
    assertNames(e, "points-bounded", "broken.scored");
    assertTrue(e.getMessage().contains("points 1.5 outside 0..1"), e.getMessage());
  }

  @Test
  void aCurveDeclaringItsMaximumForNoValueAndNothingWhenNotReportedObeysTheLaws() {
    DirectiveLaws.verify(scored(BrokenCurves.fullPointsForNoValue()), LawSettings.defaults().withExamples(50));
  }

  @Test
  void aCurveShortOfItsMaximumAtTheFullRateBreaksPointsBounded() {
    AssertionError e = fails(() -> DirectiveLaws.verify(scored(BrokenCurves.shortOfItsMaximum())));
    assertNames(e, "points-bounded", "broken.scored");
    assertTrue(e.getMessage().contains("expected the maximum 1"), e.getMessage());
  }

  @Test
  void aTargetJudgingEveryTierBreaksTheTierLaw() {
    Directive d = directive(new EveryTierTarget(districtTarget()));
    AssertionError e = fails(() -> DirectiveLaws.verify(d));
    assertNames(e, "tiers", "broken.target");
    assertTrue(e.getMessage().contains("but judged this agency"), e.getMessage());
  }

  // ------------------------------------------------------------ faulty evaluators and merges

  @Test
  void thresholdsDecidedInDoublesBreakTargetThresholdNearLongMax() {
    AssertionError e = fails(check(FaultySubjects.thresholdInDoubles(), directive(districtTarget())));
    assertNames(e, "target-threshold", "broken.target");
    assertTrue(e.getMessage().matches("(?s).*expected (NOT_)?MET, got (NOT_)?MET; counterexample: DISTRICT agency,"
        + " ratio \\d{15,}/\\d{15,}.*"), e.getMessage());
  }

  @Test
  void aStrictThresholdBreaksTargetThresholdExactlyAtIt() {
    AssertionError e = fails(check(FaultySubjects.strictThreshold(), directive(districtTarget())));
    assertNames(e, "target-threshold", "broken.target");
    assertTrue(e.getMessage().contains("expected MET, got NOT_MET"), e.getMessage());
  }

  @Test
  void aTaskDoneOnItsDueDateCountedLateBreaksDeadlineDates() {
    AssertionError e = fails(check(FaultySubjects.dueDayIsLate(), DEMO));
    assertNames(e, "deadline-dates", "demo.");
    assertTrue(e.getMessage().contains("expected DONE_ON_TIME, got DONE_LATE"), e.getMessage());
  }

  @Test
  void aScoreJudgedAsATargetBreaksTargetThreshold() {
    AssertionError e = fails(check(FaultySubjects.scoresAsTargets(), DEMO));
    assertNames(e, "target-threshold", "demo.on-time");
    assertTrue(e.getMessage().matches("(?s).*expected SCORED, got (NOT_)?MET.*"), e.getMessage());
  }

  @Test
  void anEvaluatorForgettingTheIssueDateBreaksDeadlineDates() {
    AssertionError e = fails(check(FaultySubjects.forgettingTheIssueDate(), DEMO));
    assertNames(e, "deadline-dates", "demo.quarterly-report");
    assertTrue(e.getMessage().matches("(?s).*expected NOT_APPLICABLE, got (OVERDUE|PENDING|DONE_ON_TIME|DONE_LATE).*"),
        e.getMessage());
  }

  @Test
  void anEvaluatorIgnoringTheStrictReadingBreaksDeadlineDates() {
    AssertionError e = fails(check(FaultySubjects.alwaysInclusive(), DEMO));
    assertNames(e, "deadline-dates", "demo.");
    assertTrue(e.getMessage().contains("reading STRICT"), e.getMessage());
  }

  @Test
  void aBeforeDayScheduleThatTheInclusiveReadingDoesNotMoveBreaksDeadlineDates() {
    Schedule unmoved =
        new Schedule() {
          @Override
          public List<LocalDate> dueDates(Period period) {
            return List.of(LocalDate.of(2024, 6, 29));
          }

          @Override
          public List<LocalDate> dueDates(Period period, BeforeDayReading reading) {
            return dueDates(period);
          }

          @Override
          public DueWording wording() {
            return DueWording.BEFORE_DAY;
          }

          @Override
          public boolean recurring() {
            return false;
          }

          @Override
          public String describe() {
            return "«trước ngày 30/6/2024», read strictly whatever the option";
          }
        };
    Directive d =
        directive(
            DeadlineRule.builder()
                .rule("broken.deadline")
                .title("Publish the list")
                .article("§7: «trước ngày 30/6/2024»")
                .addTiers(Tier.DISTRICT)
                .responsible("district chairs")
                .schedule(unmoved)
                .build());
    AssertionError e = fails(check(Subject.core(), d));
    assertNames(e, "deadline-dates", "broken.deadline");
    assertTrue(e.getMessage().contains("a schedule worded BEFORE_DAY is due [2024-06-29] strictly but [2024-06-29]"
        + " inclusively (expected one day later)"), e.getMessage());
  }

  @Test
  void aMergeAddingProcedureCountsBreaksMergeAggregate() {
    AssertionError e = fails(check(FaultySubjects.mergeAddingProcedureCounts(), DEMO));
    assertNames(e, "merge-aggregate", "(every rule)");
  }

  @Test
  void aMergeDroppingHalfAnAgencyBreaksMergeDossiers() {
    Setting setting = new Setting(DEMO, FaultySubjects.mergeKeepingFirst());
    LawRunner runner = new LawRunner(DEMO, LawSettings.defaults());
    AssertionError e = fails(() -> new MergeLaws(setting, runner).checkDossiers());
    assertNames(e, "merge-dossiers", "(every rule)");
  }

  // ------------------------------------------------------------ helpers

  private static Executable check(Subject subject, Directive d) {
    return () -> new DirectiveLaws(subject).check(d, LawSettings.defaults());
  }

  private static AssertionError fails(Executable law) {
    return assertThrows(AssertionError.class, law);
  }

  /** The message names the law, the directive, the rule, a counterexample and the seed. */
  private static void assertNames(AssertionError e, String law, String rule) {
    String m = e.getMessage();
    assertTrue(m.contains("breaks the law '" + law + "'"), m);
    assertTrue(m.contains("law " + law + " broken by directive "), m);
    assertTrue(m.contains("for rule " + rule), m);
    assertTrue(m.contains("counterexample: "), m);
    assertTrue(m.contains("Seed was " + LawSettings.defaults().seed()), m);
  }

  private static Directive scored(ScoringCurve curve) {
    return directive(
        ScoredRule.builder()
            .rule("broken.scored")
            .title("Points for fees paid online")
            .article("§1: «thanh toán trực tuyến»")
            .addTiers(Tier.DISTRICT)
            .indicator(Indicator.ONLINE_PAYMENT)
            .curve(curve)
            .build());
  }

  private static TargetRule districtTarget() {
    return TargetRule.builder()
        .rule("broken.target")
        .title("40 % of level-3 dossiers online")
        .article("§1: «tối thiểu 40 %»")
        .addTiers(Tier.DISTRICT)
        .indicator(Indicator.ONLINE_RATE_LEVEL3)
        .threshold(Ratio.ofPercent(40))
        .build();
  }

  private static Directive directive(Requirement r) {
    String id =
        r.rule().startsWith("broken.scored")
            ? "broken-curve"
            : r.rule().startsWith("broken.deadline") ? "broken-deadline" : "broken-target";
    return Directive.builder()
        .id(id)
        .number("99/CT-UBND")
        .issuer("UBND tỉnh Thử")
        .year(2024)
        .title("Broken on purpose")
        .defaultPeriod(Period.year(2024))
        .addRequirements(r)
        .build();
  }

  /**
   * A target written by hand against the public {@link TargetRule} class, whose {@code appliesTo}
   * forgets the tiers: a district target that judges provincial departments too.
   */
  private static final class EveryTierTarget extends TargetRule {
    private final TargetRule rule;

    EveryTierTarget(TargetRule rule) {
      this.rule = rule;
    }

    @Override
    public boolean appliesTo(Agency agency) {
      return true;
    }

    @Override
    public Indicator indicator() {
      return rule.indicator();
    }

    @Override
    public Ratio threshold() {
      return rule.threshold();
    }

    @Override
    public ImmutableMap<Tier, Ratio> thresholdByTier() {
      return rule.thresholdByTier();
    }

    @Override
    public String rule() {
      return rule.rule();
    }

    @Override
    public String title() {
      return rule.title();
    }

    @Override
    public String article() {
      return rule.article();
    }

    @Override
    public ImmutableSet<Tier> tiers() {
      return rule.tiers();
    }

    @Override
    public Optional<String> role() {
      return rule.role();
    }

    @Override
    public Optional<Period> window() {
      return rule.window();
    }

    @Override
    public Optional<String> reading() {
      return rule.reading();
    }
  }
}
