package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Requirement;

/**
 * The laws every directive must obey, checked in one call from a rule module's test:
 *
 * <pre>{@code
 * @Test
 * void directiveObeysTheLaws() {
 *   DirectiveLaws.verify(Directives.load().get("demo-province"));
 * }
 * }</pre>
 *
 * <p>Over generated tallies (and, for deadlines, dates), evaluated by the core {@code Evaluator}:
 *
 * <ul>
 *   <li><b>target-threshold</b>: a target's verdict is MET iff the exact ratio reaches the agency's
 *       threshold ({@code thresholdFor(tier)}), tried exactly at, just below and just above it,
 *       with denominators up to {@code Long.MAX_VALUE}; a score's verdict is SCORED (a score sets
 *       no target: never MET or NOT_MET, no target printed), tried around its full-points rate;
 *       NO_DATA when the ratio has no value or is not reported;
 *   <li><b>numerator-monotone</b>: raising the indicator's numerator (up to its denominator) never
 *       turns MET into NOT_MET and never lowers the points;
 *   <li><b>points-bounded</b>: points lie between 0 and the curve's maximum, are the maximum from
 *       the full-points rate, and, when the rate has no value or is not reported, are what the
 *       curve declares for that case ({@code ScoringCurve.pointsForNoValue()}, {@code
 *       pointsNotReported()}: 0 unless it says otherwise, or none at all);
 *   <li><b>tiers</b>: agencies of tiers the rule does not name, or lacking the role it names, get
 *       NOT_APPLICABLE; a target or score judges the agencies it names;
 *   <li><b>deadline-dates</b>: a task's status follows its due, completion and as-of dates,
 *       including the due date itself, under either reading of «trước ngày X» (due on X − 1
 *       strictly, on X inclusively); a date due before the directive was issued is
 *       NOT_APPLICABLE;
 *   <li><b>merge-aggregate</b> and <b>merge-dossiers</b>: a province split in two parts whose
 *       tallies are merged gives the report of the whole, for aggregate tallies and for tallies of
 *       dossiers split at any index.
 * </ul>
 *
 * <p>A broken law throws an {@link AssertionError} naming the law, the directive, the rule and the
 * smallest counterexample found, with the seed to reproduce it. The seed is fixed (see {@link
 * LawSettings}), so a run passes or fails the same way everywhere.
 */
public final class DirectiveLaws {
  private final Subject subject;

  DirectiveLaws(Subject subject) {
    this.subject = subject;
  }

  /**
   * Checks every law on {@code directive} with the {@linkplain LawSettings#defaults() default
   * settings}.
   *
   * @throws AssertionError naming the law, directive, rule and counterexample of the first broken
   *     law
   */
  public static void verify(Directive directive) {
    verify(directive, LawSettings.defaults());
  }

  /**
   * Checks every law on {@code directive} with {@code settings} (examples per law and rule, seed).
   *
   * @throws AssertionError naming the law, directive, rule and counterexample of the first broken
   *     law
   */
  public static void verify(Directive directive, LawSettings settings) {
    new DirectiveLaws(Subject.core()).check(directive, settings);
  }

  void check(Directive directive, LawSettings settings) {
    Setting setting = new Setting(directive, subject);
    LawRunner runner = new LawRunner(directive, settings);
    RatioLaws ratios = new RatioLaws(setting, runner);
    TierLaw tiers = new TierLaw(setting, runner);
    DeadlineLaw deadlines = new DeadlineLaw(setting, runner);
    for (Requirement r : directive.requirements()) {
      tiers.check(r);
      ratios.check(r);
      deadlines.check(r);
    }
    new MergeLaws(setting, runner).check();
  }
}
