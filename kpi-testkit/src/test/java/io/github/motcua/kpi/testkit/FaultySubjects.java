package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Evaluators and merges with the mistakes the laws exist to catch. The core's verdict logic cannot
 * be broken from outside (the evaluator is final), so these wrap it and rewrite its verdicts the
 * way a careless implementation would decide them.
 */
final class FaultySubjects {
  private FaultySubjects() {}

  /** Decides targets in {@code double}s: n/d ≥ t as floating-point quotients. */
  static Subject thresholdInDoubles() {
    return rewritingTargets(
        (threshold, n, d) -> (double) n / d >= (double) threshold.numerator() / threshold.denominator());
  }

  /** Decides targets strictly: MET only above the threshold, not at it. */
  static Subject strictThreshold() {
    return rewritingTargets(
        (t, n, d) ->
            BigInteger.valueOf(n)
                    .multiply(BigInteger.valueOf(t.denominator()))
                    .compareTo(BigInteger.valueOf(t.numerator()).multiply(BigInteger.valueOf(d)))
                > 0);
  }

  /** Counts a task done on its due date as late. */
  static Subject dueDayIsLate() {
    return rewriting(
        (directive, tier, r) ->
            r.verdict() == Verdict.DONE_ON_TIME && r.done().equals(r.due())
                ? RuleResult.builder().from(r).verdict(Verdict.DONE_LATE).build()
                : r);
  }

  /** Judges a score as a target: MET from its full-points rate, NOT_MET below it. */
  static Subject scoresAsTargets() {
    return rewriting(
        (directive, tier, r) -> {
          if (r.verdict() != Verdict.SCORED) {
            return r;
          }
          ScoredRule s = (ScoredRule) directive.requirement(r.rule()).orElseThrow();
          boolean full = r.ratio().orElseThrow().isAtLeast(s.curve().fullAt());
          return RuleResult.builder().from(r)
              .verdict(full ? Verdict.MET : Verdict.NOT_MET)
              .target(s.curve().fullAt().percentText()).build();
        });
  }

  /** Forgets when the directive was issued: judges deadlines due, and periods ending, before it. */
  static Subject forgettingTheIssueDate() {
    Subject core = Subject.core();
    return withEvaluate(
        (directive, input) ->
            core.evaluate(Directive.builder().from(directive).date(Optional.empty()).year(1990).build(), input));
  }

  /** Reads «trước ngày X» inclusively whatever the evaluation option says. */
  static Subject alwaysInclusive() {
    Subject core = Subject.core();
    return withEvaluate(
        (directive, input) ->
            core.evaluate(
                directive,
                EvaluationInput.builder().from(input).beforeDayReading(BeforeDayReading.INCLUSIVE).build()));
  }

  /** Merges by adding every counter, distinct procedure counts too (a procedure counted twice). */
  static Subject mergeAddingProcedureCounts() {
    return withMerge(
        (first, second) -> {
          Map<String, Tally> out = new TreeMap<>(first.byAgency());
          second.byAgency().forEach((code, t) -> out.merge(code, t, FaultySubjects::add));
          return ProvinceTally.of(out);
        });
  }

  /** Keeps only the first part's agencies where both parts have one. */
  static Subject mergeKeepingFirst() {
    return withMerge(
        (first, second) -> {
          Map<String, Tally> out = new TreeMap<>(second.byAgency());
          out.putAll(first.byAgency());
          return ProvinceTally.of(out);
        });
  }

  private static Tally add(Tally a, Tally b) {
    Tally.Builder out = Tally.builder();
    Map<String, Counter> all = new TreeMap<>(a.counters());
    all.putAll(b.counters());
    for (Counter c : all.values()) {
      out.set(c, a.get(c) + b.get(c));
    }
    return out.build();
  }

  interface Decision {
    boolean meets(Ratio threshold, long n, long d);
  }

  interface Rewrite {
    RuleResult apply(Directive directive, Tier tier, RuleResult result);
  }

  private static Subject rewritingTargets(Decision decision) {
    return rewriting(
        (directive, tier, r) -> {
          if (!(directive.requirement(r.rule()).orElseThrow() instanceof TargetRule)
              || (r.verdict() != Verdict.MET && r.verdict() != Verdict.NOT_MET)) {
            return r;
          }
          Ratio t = ((TargetRule) directive.requirement(r.rule()).get()).thresholdFor(tier);
          boolean met = decision.meets(t, r.numerator().getAsLong(), r.denominator().getAsLong());
          return RuleResult.builder().from(r).verdict(met ? Verdict.MET : Verdict.NOT_MET).build();
        });
  }

  private static Subject rewriting(Rewrite rewrite) {
    Subject core = Subject.core();
    return new Subject() {
      @Override
      public Report evaluate(Directive directive, EvaluationInput input) {
        Report report = core.evaluate(directive, input);
        List<AgencyReport> agencies = new ArrayList<>();
        for (AgencyReport a : report.agencies()) {
          List<RuleResult> results = new ArrayList<>();
          for (RuleResult r : a.results()) {
            results.add(rewrite.apply(directive, a.tier(), r));
          }
          agencies.add(AgencyReport.builder().from(a).results(results).build());
        }
        return Report.builder().from(report).agencies(agencies).build();
      }

      @Override
      public ProvinceTally merge(ProvinceTally first, ProvinceTally second) {
        return core.merge(first, second);
      }
    };
  }

  private static Subject withEvaluate(BiFunction<Directive, EvaluationInput, Report> evaluate) {
    Subject core = Subject.core();
    return new Subject() {
      @Override
      public Report evaluate(Directive directive, EvaluationInput input) {
        return evaluate.apply(directive, input);
      }

      @Override
      public ProvinceTally merge(ProvinceTally first, ProvinceTally second) {
        return core.merge(first, second);
      }
    };
  }

  private static Subject withMerge(BiFunction<ProvinceTally, ProvinceTally, ProvinceTally> merge) {
    Subject core = Subject.core();
    return new Subject() {
      @Override
      public Report evaluate(Directive directive, EvaluationInput input) {
        return core.evaluate(directive, input);
      }

      @Override
      public ProvinceTally merge(ProvinceTally first, ProvinceTally second) {
        return merge.apply(first, second);
      }
    };
  }
}
