package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges agencies against a directive.
 *
 * <pre>{@code
 * Report report = Evaluator.of(Directives.load().get("qt1501")).evaluate(input);
 * }</pre>
 *
 * <p>Per agency and requirement: NOT_APPLICABLE outside the requirement's tiers, role or window;
 * for a target, MET iff the exact ratio reaches the agency's threshold, NO_DATA when a counter is
 * not reported or the ratio has no value; for a score, the curve's points (a rate with no value
 * scores as the curve says) and MET at the full-points rate; for a deadline, one result per due
 * date with {@link Verdict#ofDeadline}; for a duration bound, the terms within bounds over all
 * terms judged. An agency's points are the sum of its scored results. Agencies are ranked by
 * points, then by the number of results met, then by code; equal agencies share a rank.
 */
public final class Evaluator {
  private final Directive directive;

  private Evaluator(Directive directive) {
    this.directive = directive;
  }

  /** An evaluator of {@code directive}. */
  public static Evaluator of(Directive directive) {
    return new Evaluator(directive);
  }

  /** The directive judged. */
  public Directive directive() {
    return directive;
  }

  /**
   * The report.
   *
   * @throws IllegalArgumentException if the input names no period and the directive has no default
   */
  public Report evaluate(EvaluationInput input) {
    Period period =
        input
            .period()
            .or(directive::defaultPeriod)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no period given and directive " + directive.id() + " has no default period"));
    Map<String, LocalDate> completions = new HashMap<>();
    for (TaskCompletion t : input.tasks()) {
      completions.put(key(t.task(), t.agencyCode()), t.doneOn());
    }
    boolean scored = directive.requirements().stream().anyMatch(r -> r instanceof ScoredRule);
    List<ImmutableAgencyReport.Builder> parts = new ArrayList<>();
    for (Agency agency : input.agencies()) {
      Tally tally = input.tallies().get(agency.code());
      ImmutableAgencyReport.Builder part =
          AgencyReport.builder().agency(agency.code()).name(agency.name()).tier(agency.tier()).rank(0);
      for (Indicator indicator : directive.indicators()) {
        part.addIndicators(IndicatorValue.of(indicator.id(), indicator.ratio(tally)));
      }
      BigDecimal points = BigDecimal.ZERO;
      for (Requirement r : directive.requirements()) {
        List<RuleResult> results = judge(r, agency, tally, period, input, completions);
        for (RuleResult result : results) {
          part.addResults(result);
          if (result.points().isPresent()) {
            points = points.add(result.points().get());
          }
        }
      }
      if (scored) {
        part.points(points);
      }
      parts.add(part);
    }
    return Report.builder()
        .directive(directive.id())
        .period(period)
        .asOf(input.asOf())
        .input(input.inputSummary())
        .agencies(rank(parts))
        .build();
  }

  private List<RuleResult> judge(
      Requirement r,
      Agency agency,
      Tally tally,
      Period period,
      EvaluationInput input,
      Map<String, LocalDate> completions) {
    if (!r.appliesTo(agency) || !r.appliesDuring(period)) {
      return List.of(
          RuleResult.builder()
              .rule(r.rule())
              .verdict(Verdict.NOT_APPLICABLE)
              .detail(r.appliesTo(agency) ? "outside the rule's period " + r.window().orElseThrow()
                  : "applies to " + r.tiers() + r.role().map(role -> " with role " + role).orElse(""))
              .build());
    }
    if (r instanceof TargetRule) {
      return List.of(target((TargetRule) r, agency, tally));
    }
    if (r instanceof ScoredRule) {
      return List.of(score((ScoredRule) r, tally));
    }
    if (r instanceof DeadlineRule) {
      return deadline((DeadlineRule) r, agency, period, input.asOf(), completions);
    }
    if (r instanceof DurationRule) {
      return List.of(duration((DurationRule) r, agency, input));
    }
    throw new IllegalArgumentException("unknown requirement kind " + r.getClass().getName());
  }

  private static RuleResult target(TargetRule r, Agency agency, Tally tally) {
    Ratio threshold = r.thresholdFor(agency.tier());
    ImmutableRuleResult.Builder b =
        measured(r.rule(), r.indicator(), tally).target(threshold.percentText());
    Optional<Ratio> ratio = r.indicator().ratio(tally);
    if (ratio.isEmpty() || !ratio.get().hasValue()) {
      return b.verdict(Verdict.NO_DATA).detail(noData(ratio)).build();
    }
    return b.verdict(ratio.get().isAtLeast(threshold) ? Verdict.MET : Verdict.NOT_MET).build();
  }

  private static RuleResult score(ScoredRule r, Tally tally) {
    Optional<Ratio> ratio = r.indicator().ratio(tally);
    Ratio rate = ratio.orElse(Ratio.of(0, 0));
    ImmutableRuleResult.Builder b =
        measured(r.rule(), r.indicator(), tally)
            .target(r.curve().fullAt().percentText())
            .points(r.curve().points(rate));
    if (!rate.hasValue()) {
      return b.verdict(Verdict.NO_DATA).detail(noData(ratio)).build();
    }
    return b.verdict(rate.isAtLeast(r.curve().fullAt()) ? Verdict.MET : Verdict.NOT_MET).build();
  }

  private static ImmutableRuleResult.Builder measured(String rule, Indicator indicator, Tally tally) {
    ImmutableRuleResult.Builder b = RuleResult.builder().rule(rule).indicator(indicator.id());
    indicator
        .ratio(tally)
        .ifPresent(
            ratio ->
                b.numerator(ratio.numerator())
                    .denominator(ratio.denominator())
                    .percent(Percentages.of(ratio)));
    return b;
  }

  private static String noData(Optional<Ratio> ratio) {
    return ratio.isEmpty() ? "not reported" : "no value (0/0): nothing to count";
  }

  private static List<RuleResult> deadline(
      DeadlineRule r, Agency agency, Period period, LocalDate asOf, Map<String, LocalDate> completions) {
    List<RuleResult> out = new ArrayList<>();
    for (LocalDate due : r.schedule().dueDates(period)) {
      String task = r.taskId(due);
      Optional<LocalDate> done = Optional.ofNullable(completions.get(key(task, agency.code())));
      out.add(
          RuleResult.builder()
              .rule(r.rule())
              .task(task)
              .due(due)
              .done(done)
              .verdict(Verdict.ofDeadline(due, done, asOf))
              .build());
    }
    if (out.isEmpty()) {
      out.add(
          RuleResult.builder()
              .rule(r.rule())
              .verdict(Verdict.NOT_APPLICABLE)
              .detail("no due date in " + period)
              .build());
    }
    return out;
  }

  private static RuleResult duration(DurationRule r, Agency agency, EvaluationInput input) {
    long judged = 0;
    long within = 0;
    for (Secondment s : input.secondments()) {
      if (!s.agencyCode().equals(agency.code()) || s.start().isAfter(input.asOf())) {
        continue;
      }
      judged++;
      boolean running = s.end().map(e -> e.isAfter(input.asOf())).orElse(true);
      LocalDate end = running ? input.asOf() : s.end().get();
      long months = java.time.Period.between(s.start(), end).toTotalMonths();
      boolean ok = months <= r.maxMonths() && (running || months >= r.minMonthsFor(s.mergedUnit()));
      if (ok) {
        within++;
      }
    }
    ImmutableRuleResult.Builder b =
        RuleResult.builder()
            .rule(r.rule())
            .numerator(within)
            .denominator(judged)
            .target(r.minMonths() + ".." + r.maxMonths() + " months");
    Percentages.of(Ratio.of(within, judged)).ifPresent(b::percent);
    if (judged == 0) {
      return b.verdict(Verdict.NO_DATA).detail("no secondment").build();
    }
    return b.verdict(within == judged ? Verdict.MET : Verdict.NOT_MET)
        .detail(within + " of " + judged + " terms within bounds")
        .build();
  }

  private static List<AgencyReport> rank(List<ImmutableAgencyReport.Builder> parts) {
    List<AgencyReport> unranked = new ArrayList<>();
    for (ImmutableAgencyReport.Builder p : parts) {
      unranked.add(p.build());
    }
    Comparator<AgencyReport> byMerit =
        Comparator.<AgencyReport, BigDecimal>comparing(
                a -> a.points().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
            .thenComparing(AgencyReport::metCount, Comparator.reverseOrder());
    unranked.sort(byMerit.thenComparing(AgencyReport::agency));
    List<AgencyReport> ranked = new ArrayList<>();
    for (int i = 0; i < unranked.size(); i++) {
      AgencyReport a = unranked.get(i);
      int rank =
          i > 0 && byMerit.compare(unranked.get(i - 1), a) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(ImmutableAgencyReport.copyOf(a).withRank(rank));
    }
    return ranked;
  }

  private static String key(String task, String agency) {
    return task + "\u0000" + agency;
  }
}
