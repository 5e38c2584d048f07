package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The laws of targets and scores, checked through the evaluator on tallies built to carry a chosen
 * exact ratio: a target's verdict follows the exact threshold and a score is SCORED (never MET or
 * NOT_MET, and without a target), raising the numerator never hurts, and points stay within the
 * curve.
 *
 * <p>The expected verdict is computed here independently of the core, by cross-multiplying in
 * {@link BigInteger}: {@code n/d ≥ tn/td} iff {@code n·td ≥ tn·d}.
 */
final class RatioLaws {
  private final Setting setting;
  private final LawRunner runner;

  RatioLaws(Setting setting, LawRunner runner) {
    this.setting = setting;
    this.runner = runner;
  }

  void check(Requirement r) {
    if (r instanceof TargetRule) {
      TargetRule t = (TargetRule) r;
      checkRule(r, t.indicator(), t::thresholdFor, null);
    } else if (r instanceof ScoredRule) {
      ScoredRule s = (ScoredRule) r;
      checkRule(r, s.indicator(), tier -> s.curve().fullAt(), s.curve());
    }
  }

  /**
   * The verdict a rule must give {@code n/d}: NO_DATA for no value; a target MET iff {@code n/d ≥
   * t}; a score SCORED whatever the rate (a score sets no target).
   */
  private static Verdict expected(ScoringCurve curve, long n, long d, Ratio t) {
    if (d == 0) {
      return Verdict.NO_DATA;
    }
    if (curve != null) {
      return Verdict.SCORED;
    }
    return meets(n, d, t) ? Verdict.MET : Verdict.NOT_MET;
  }

  private void checkRule(
      Requirement r, Indicator indicator, Function<Tier, Ratio> threshold, ScoringCurve curve) {
    List<Tier> tiers = List.copyOf(r.tiers());
    runner.check(
        Law.TARGET_THRESHOLD,
        r.rule(),
        KpiGenerators.ratioCases(tiers, threshold),
        c -> {
          RuleResult result = judge(r, indicator, c);
          Ratio t = threshold.apply(c.tier());
          Verdict expected = expected(curve, c.numerator(), c.denominator(), t);
          if (result.verdict() != expected) {
            throw runner.violation(
                Law.TARGET_THRESHOLD,
                r.rule(),
                c,
                (curve == null ? "threshold " + t + " for " + c.tier() : "a score (full points from " + t + ")")
                    + ": expected " + expected + ", got " + result.verdict());
          }
          if (curve != null && result.target().isPresent()) {
            throw runner.violation(
                Law.TARGET_THRESHOLD, r.rule(), c, "a score printed a target " + result.target().get());
          }
          Verdict unreported =
              setting.judge(r, Setting.agency(r, c.tier(), true), Tally.empty()).get(0).verdict();
          if (unreported != Verdict.NO_DATA) {
            throw runner.violation(
                Law.TARGET_THRESHOLD,
                r.rule(),
                c.tier() + " agency, indicator not reported",
                "expected NO_DATA, got " + unreported);
          }
        });
    runner.check(
        Law.NUMERATOR_MONOTONE,
        r.rule(),
        KpiGenerators.ratioCases(tiers, threshold),
        c -> {
          RuleResult before = judge(r, indicator, c);
          RuleResult after = judge(r, indicator, c.raised());
          if (before.verdict() == Verdict.MET && after.verdict() == Verdict.NOT_MET) {
            throw runner.violation(
                Law.NUMERATOR_MONOTONE, r.rule(), c, "the verdict fell from MET to NOT_MET");
          }
          BigDecimal p0 = before.points().orElse(BigDecimal.ZERO);
          BigDecimal p1 = after.points().orElse(BigDecimal.ZERO);
          if (p1.compareTo(p0) < 0) {
            throw runner.violation(
                Law.NUMERATOR_MONOTONE, r.rule(), c, "the points fell from " + p0 + " to " + p1);
          }
        });
    if (curve == null) {
      return;
    }
    runner.check(
        Law.POINTS_BOUNDED,
        r.rule(),
        KpiGenerators.ratioCases(tiers, threshold),
        c -> {
          checkPoints(r, curve, c, judge(r, indicator, c), c.denominator() == 0, false);
          checkPoints(
              r,
              curve,
              c,
              setting.judge(r, Setting.agency(r, c.tier(), true), Tally.empty()).get(0),
              true,
              true);
        });
  }

  private void checkPoints(
      Requirement r, ScoringCurve curve, RatioCase c, RuleResult result, boolean noValue, boolean notReported) {
    Object example = notReported ? c.tier() + " agency, indicator not reported" : c;
    Optional<BigDecimal> declared =
        notReported ? curve.pointsNotReported() : noValue ? curve.pointsForNoValue() : Optional.empty();
    if (noValue || notReported) {
      if (!sameNumber(result.points(), declared)) {
        throw runner.violation(
            Law.POINTS_BOUNDED,
            r.rule(),
            example,
            "points " + text(result.points()) + (notReported ? " for a figure not reported" : " for a rate with no value")
                + " (expected what the curve declares: " + text(declared) + ")");
      }
      if (result.points().isEmpty()) {
        return;
      }
    }
    if (result.points().isEmpty()) {
      throw runner.violation(Law.POINTS_BOUNDED, r.rule(), example, "a scored rule gave no points");
    }
    BigDecimal points = result.points().get();
    if (points.signum() < 0 || points.compareTo(curve.maximum()) > 0) {
      throw runner.violation(
          Law.POINTS_BOUNDED,
          r.rule(),
          example,
          "points " + points.toPlainString() + " outside 0.." + curve.maximum().toPlainString());
    }
    if (!noValue
        && meets(c.numerator(), c.denominator(), curve.fullAt())
        && points.compareTo(curve.maximum()) != 0) {
      throw runner.violation(
          Law.POINTS_BOUNDED,
          r.rule(),
          example,
          "points "
              + points.toPlainString()
              + " at or above the full-points rate "
              + curve.fullAt()
              + " (expected the maximum "
              + curve.maximum().toPlainString()
              + ")");
    }
  }

  private static boolean sameNumber(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().compareTo(b.get()) == 0);
  }

  private static String text(Optional<BigDecimal> points) {
    return points.map(BigDecimal::toPlainString).orElse("none");
  }

  private RuleResult judge(Requirement r, Indicator indicator, RatioCase c) {
    Tally tally = RatioTallies.realise(indicator, c.numerator(), c.denominator(), c.split());
    List<RuleResult> results = setting.judge(r, Setting.agency(r, c.tier(), true), tally);
    return results.get(0);
  }

  /** Whether {@code n/d ≥ t}, by exact cross-multiplication; {@code d > 0}. */
  static boolean meets(long n, long d, Ratio t) {
    return BigInteger.valueOf(n)
            .multiply(BigInteger.valueOf(t.denominator()))
            .compareTo(BigInteger.valueOf(t.numerator()).multiply(BigInteger.valueOf(d)))
        >= 0;
  }
}
