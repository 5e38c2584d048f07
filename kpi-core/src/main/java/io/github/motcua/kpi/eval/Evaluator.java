package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.DueWording;
import io.github.motcua.kpi.rules.DurationRule;
import io.github.motcua.kpi.rules.Requirement;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Judges agencies against a directive.
 *
 * <pre>{@code
 * Report report = Evaluator.of(Directives.load().get("qt1501")).evaluate(input);
 * }</pre>
 *
 * <p>Per agency and requirement: NOT_APPLICABLE outside the requirement's tiers, role or window;
 * and, since a directive sets no obligation before it exists ({@link Directive#judgesFrom()}), a
 * target or duration bound over a period ending before the directive was issued, a deadline due
 * before it, a secondment term that ended before it. A score is not an obligation but a
 * measurement, and a directive may score months before it (QT-1501's appendix, of 8 Apr 2020,
 * scores 1 Jan – 31 Mar 2020), so scores are given for any period. For a
 * target, MET iff the exact ratio reaches the agency's threshold, NO_DATA when a counter is not
 * reported or the ratio has no value; for a score, SCORED with the curve's points (a score sets no
 * target), NO_DATA with the points the curve gives a missing rate when there is none; for a
 * deadline, one result per due date with {@link Verdict#ofDeadline} under the input's reading of
 * «trước ngày X», NOT_APPLICABLE for a date before the directive was issued; for a duration bound,
 * the terms within bounds over all terms judged. An agency's points are the sum of its scored
 * results. Agencies are ranked by points, then by the number of results MET or DONE_ON_TIME
 * (scores count through their points only), then by code; equal agencies share a rank. The report
 * warns of agencies listed under two codes with the same name; of agencies that did not exist on
 * any day of the period (their validity, see {@link Agency}) and have no figures in it, which are
 * judged with no data, or left out if the input asks ({@link
 * EvaluationInput#leaveOutAbsentAgencies()}); of agencies with figures in a period they did not
 * exist in; and of agencies that existed during part of the period only.
 *
 * <p>With a {@linkplain EvaluationInput#rollUpTo() roll-up} the report shows one level of the
 * agencies' tree, each agency judged on its tally pooled with its sub-units' ({@link
 * AgencyTree#rollUp}); it records the level, and which agency dossiers were counted under ({@link
 * EvaluationInput#countedUnder()}).
 */
public final class Evaluator {
  private static final List<Counter> PROCEDURE_DENOMINATORS =
      List.of(Counter.PROCEDURES_TOTAL, Counter.PROCEDURES_LEVEL34);

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
    input
        .previous()
        .ifPresent(
            p ->
                checkArgument(
                    p.directive().equals(directive.id()),
                    "the previous period's report is of directive %s, not %s",
                    p.directive(),
                    directive.id()));
    Map<String, LocalDate> completions = new HashMap<>();
    for (TaskCompletion t : input.tasks()) {
      completions.put(key(t.task(), t.agencyCode()), t.doneOn());
    }
    boolean scored = directive.requirements().stream().anyMatch(r -> r instanceof ScoredRule);
    List<String> warnings = new ArrayList<>(SameNames.warnings(input.agencies()));
    List<Agency> shown = input.agencies();
    ProvinceTally tallies = input.tallies();
    Map<String, ProvinceTally> sources = input.sources();
    List<Breakdown> breakdowns = input.breakdowns();
    if (input.rollUpTo().isPresent()) {
      int level = input.rollUpTo().getAsInt();
      AgencyTree tree = AgencyTree.of(input.agencies());
      tallies = rollUp(tree, tallies, level, period);
      shown = tree.shownAt(level, period.end());
      Map<String, ProvinceTally> rolled = new LinkedHashMap<>();
      for (Map.Entry<String, ProvinceTally> source : sources.entrySet()) {
        rolled.put(source.getKey(), rollUp(tree, source.getValue(), level, period));
      }
      sources = rolled;
      List<Breakdown> parts = new ArrayList<>();
      for (Breakdown b : breakdowns) {
        parts.add(rollUp(tree, b, level, period));
      }
      parts.add(bySubUnit(tree, input.tallies(), shown));
      breakdowns = parts;
      if (level == 0 && shown.size() > 1) {
        warnings.add(
            "rolled up to the province, but " + shown.size() + " agencies have no parent ("
                + shown.stream().map(Agency::code).collect(Collectors.joining(", "))
                + "): each is shown pooled over its own sub-units; name the province as their parent"
                + " for one line");
      }
    }
    Existence existence = Existence.of(shown, tallies, period, input.leaveOutAbsentAgencies());
    warnings.addAll(existence.warnings());
    List<ImmutableAgencyReport.Builder> parts = new ArrayList<>();
    for (Agency agency : existence.judged()) {
      Tally tally = tallies.get(agency.code());
      Optional<AgencyReport> before = input.previous().flatMap(p -> p.agency(agency.code()));
      ImmutableAgencyReport.Builder part =
          AgencyReport.builder().agency(agency.code()).name(agency.name()).tier(agency.tier()).rank(0);
      for (Indicator indicator : directive.indicators()) {
        part.addIndicators(IndicatorValue.of(indicator.id(), indicator.ratio(tally)));
      }
      BigDecimal points = BigDecimal.ZERO;
      List<RuleResult> all = new ArrayList<>();
      for (Requirement r : directive.requirements()) {
        List<RuleResult> results = judge(r, agency, tally, period, input, completions, sources, breakdowns);
        for (RuleResult result : results) {
          RuleResult judged = Changes.result(result, before);
          all.add(judged);
          part.addResults(judged);
          if (result.points().isPresent()) {
            points = points.add(result.points().get());
          }
        }
      }
      if (scored) {
        part.points(points);
        directive
            .bandOf(points)
            .ifPresent(b -> part.band(b.key()).bandLabel(b.label()));
        if (before.isPresent() && before.get().points().isPresent()) {
          part.previousPoints(before.get().points().get())
              .change(points.subtract(before.get().points().get()));
        }
      }
      part.addAllGroups(groups(all, before));
      parts.add(part);
    }
    return Report.builder()
        .directive(directive.id())
        .period(period)
        .previousPeriod(input.previous().map(Report::period))
        .asOf(input.asOf())
        .beforeDayReading(input.beforeDayReading())
        .countedUnder(input.countedUnder())
        .rolledUpTo(input.rollUpTo())
        .input(input.inputSummary())
        .warnings(warnings)
        .agencies(rank(parts))
        .build();
  }

  /**
   * The tallies rolled up to {@code level}: each merged into the agency that shows it. A sub-unit's
   * figures that do not add up over units ({@link Directive#notAdditive()}) are left out of the
   * merge: the agency shown keeps its own ({@link Pooling}).
   */
  private ProvinceTally rollUp(AgencyTree tree, ProvinceTally tallies, int level, Period period) {
    try {
      Map<String, Tally> poolable = new TreeMap<>();
      tallies.byAgency().forEach((code, t) -> poolable.put(code,
          tree.contains(code) && !tree.rollUpTarget(code, level, period.end()).equals(code)
              ? Pooling.additiveOnly(t, directive::additive)
              : t));
      return ProvinceTally.of(tree.rollUp(poolable, level, period.end(), Tally::merge));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot roll up to level " + level + ": " + e.getMessage(), e);
    }
  }

  /** A breakdown rolled up: the parts of the agencies an agency shows, merged part by part. */
  private static Breakdown rollUp(AgencyTree tree, Breakdown b, int level, Period period) {
    Map<String, Map<String, Tally>> merged = new TreeMap<>();
    b.byAgency().forEach((code, parts) -> {
      String target = tree.contains(code) ? tree.rollUpTarget(code, level, period.end()) : code;
      Map<String, Tally> into = merged.computeIfAbsent(target, t -> new TreeMap<>());
      parts.byAgency().forEach((part, t) -> into.merge(part, t, Tally::merge));
    });
    Map<String, ProvinceTally> byAgency = new TreeMap<>();
    merged.forEach((code, parts) -> byAgency.put(code, ProvinceTally.of(parts)));
    return Breakdown.builder().kind(b.kind()).names(b.names()).byAgency(byAgency).build();
  }

  /**
   * Each agency shown in a roll-up split into its direct sub-units, each pooled over its own (its
   * figures that add up only), and its own figures: which sub-units cost it the most.
   */
  private Breakdown bySubUnit(AgencyTree tree, ProvinceTally tallies, List<Agency> shown) {
    Map<String, Tally> additive = new TreeMap<>();
    tallies.byAgency().forEach((code, t) -> additive.put(code, Pooling.additiveOnly(t, directive::additive)));
    Map<String, Tally> pooled = tree.pool(additive, Tally::merge);
    ImmutableBreakdown.Builder units = Breakdown.builder().kind(Breakdown.BY_UNIT);
    Map<String, String> names = new TreeMap<>();
    for (Agency a : shown) {
      Map<String, Tally> parts = new TreeMap<>();
      for (Agency child : tree.children(a.code())) {
        Tally t = pooled.get(child.code());
        if (t != null && !t.isEmpty()) {
          parts.put(child.code(), t);
          names.putIfAbsent(child.code(), child.name());
        }
      }
      if (!parts.isEmpty()) {
        Tally own = additive.get(a.code());
        if (own != null && !own.isEmpty()) {
          parts.put(a.code(), own);
          names.putIfAbsent(a.code(), a.name());
        }
        units.putByAgency(a.code(), ProvinceTally.of(parts));
      }
    }
    return units.names(names).build();
  }

  /**
   * The points per group: the sum of the group's results' printed points (none adds 0) over the sum
   * of their maxima, the rules not applicable to the agency left out.
   */
  private List<GroupScore> groups(List<RuleResult> results, Optional<AgencyReport> before) {
    List<GroupScore> out = new ArrayList<>();
    for (Map.Entry<String, List<ScoredRule>> g : directive.scoredRulesByGroup().entrySet()) {
      BigDecimal points = BigDecimal.ZERO;
      BigDecimal max = BigDecimal.ZERO;
      for (ScoredRule r : g.getValue()) {
        for (RuleResult result : results) {
          if (result.rule().equals(r.rule()) && result.max().isPresent()) {
            points = points.add(result.points().orElse(BigDecimal.ZERO));
            max = max.add(result.max().get());
          }
        }
      }
      String title =
          directive.groups().stream().filter(x -> x.id().equals(g.getKey())).findFirst().orElseThrow().title();
      Optional<BigDecimal> then =
          before.flatMap(b -> b.group(g.getKey())).map(GroupScore::points);
      out.add(
          GroupScore.builder()
              .group(g.getKey())
              .title(title)
              .points(points)
              .max(max)
              .change(Changes.of(Optional.of(points), then))
              .build());
    }
    return out;
  }

  private List<RuleResult> judge(
      Requirement r,
      Agency agency,
      Tally tally,
      Period period,
      EvaluationInput input,
      Map<String, LocalDate> completions,
      Map<String, ProvinceTally> sources,
      List<Breakdown> breakdowns) {
    if (!r.appliesTo(agency)) {
      return notApplicable(r, "applies to " + r.tiers() + r.role().map(role -> " with role " + role).orElse(""));
    }
    if (!r.appliesDuring(period)) {
      return notApplicable(r, "outside the rule's period " + r.window().orElseThrow());
    }
    boolean measuredOverThePeriod = r instanceof TargetRule || r instanceof DurationRule;
    if (measuredOverThePeriod && period.end().isBefore(directive.judgesFrom())) {
      return notApplicable(
          r,
          "the period "
              + OfficialDate.of(period.start())
              + "–"
              + OfficialDate.of(period.end())
              + " ends before "
              + issued());
    }
    if (r instanceof TargetRule) {
      return List.of(target((TargetRule) r, agency, tally, input, sources));
    }
    if (r instanceof ScoredRule) {
      return List.of(score((ScoredRule) r, agency, tally, sources, breakdowns));
    }
    if (r instanceof DeadlineRule) {
      return deadline((DeadlineRule) r, agency, period, input, completions);
    }
    if (r instanceof DurationRule) {
      return List.of(duration((DurationRule) r, agency, input));
    }
    throw new IllegalArgumentException("unknown requirement kind " + r.getClass().getName());
  }

  private static List<RuleResult> notApplicable(Requirement r, String why) {
    return List.of(RuleResult.builder().rule(r.rule()).verdict(Verdict.NOT_APPLICABLE).detail(why).build());
  }

  /** When the directive was issued, in words: its date, or its year where the day is blank. */
  private String issued() {
    return directive
        .date()
        .map(d -> "the directive was issued (" + OfficialDate.of(d) + ")")
        .orElse(
            "the directive was issued (in "
                + directive.year()
                + ", the day left blank: judged from "
                + OfficialDate.of(directive.judgesFrom())
                + ")");
  }

  private static RuleResult target(
      TargetRule r, Agency agency, Tally tally, EvaluationInput input, Map<String, ProvinceTally> sources) {
    Ratio threshold = r.thresholdFor(agency.tier());
    ImmutableRuleResult.Builder b =
        measured(r.rule(), r.indicator(), tally)
            .target(threshold.percentText())
            .source(Sources.of(r.indicator(), agency.code(), sources));
    Optional<Ratio> ratio = r.indicator().ratio(tally);
    Optional<String> source = procedureSource(r.indicator(), agency, tally, input);
    if (ratio.isEmpty() || !ratio.get().hasValue()) {
      String why = noData(r.indicator(), tally, ratio);
      return b.verdict(Verdict.NO_DATA).detail(source.map(s -> why + "; " + s).orElse(why)).build();
    }
    return b.verdict(ratio.get().isAtLeast(threshold) ? Verdict.MET : Verdict.NOT_MET)
        .detail(source)
        .build();
  }

  /**
   * A score: the curve's points for the rate (for no value, or a figure not reported, what the
   * curve gives then), its maximum, the exact figure where the curve rounds otherwise, where the
   * points go, and the sources of the figures.
   */
  private static RuleResult score(
      ScoredRule r, Agency agency, Tally tally, Map<String, ProvinceTally> sources, List<Breakdown> breakdowns) {
    Optional<Ratio> ratio = r.indicator().ratio(tally);
    ScoringCurve curve = r.curve();
    Optional<BigDecimal> points;
    if (ratio.isEmpty()) {
      points = curve.pointsNotReported();
    } else if (!ratio.get().hasValue()) {
      points = curve.pointsForNoValue();
    } else {
      points = Optional.of(curve.points(ratio.get()));
    }
    ImmutableRuleResult.Builder b =
        measured(r.rule(), r.indicator(), tally)
            .curve(curve.describe())
            .points(points)
            .max(curve.maximum().setScale(curve.scale(), RoundingMode.HALF_UP))
            .source(Sources.of(r.indicator(), agency.code(), sources))
            .shortfall(Shortfalls.of(curve, r.indicator(), ratio, points, agency.code(), breakdowns));
    if (ratio.isEmpty() || !ratio.get().hasValue()) {
      return b.verdict(Verdict.NO_DATA).detail(noData(r.indicator(), tally, ratio)).build();
    }
    return b.exactPoints(curve.exactPoints(ratio.get())).verdict(Verdict.SCORED).build();
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

  /** Why an indicator gives no verdict: which counters are not reported, or no value. */
  private static String noData(Indicator indicator, Tally tally, Optional<Ratio> ratio) {
    if (ratio.isPresent()) {
      return "no value (0/0): nothing to count";
    }
    List<Counter> needed = new ArrayList<>(indicator.denominatorCounters());
    needed.addAll(indicator.numeratorCounters());
    String missing =
        needed.stream()
            .distinct()
            .filter(c -> !tally.isReported(c))
            .map(Counter::id)
            .collect(Collectors.joining(", "));
    return "not reported: " + (missing.isEmpty() ? "overdue dossiers by field" : missing);
  }

  /**
   * Where a procedure denominator comes from, when it is not the procedures the agency offers: with
   * tallies from dossiers (a catalogue given) and no offerings declared for the agency, the
   * procedures that had a dossier in the period.
   */
  private static Optional<String> procedureSource(
      Indicator indicator, Agency agency, Tally tally, EvaluationInput input) {
    boolean procedureDenominator =
        indicator.denominatorCounters().stream().anyMatch(PROCEDURE_DENOMINATORS::contains);
    if (!procedureDenominator
        || input.catalogue().isEmpty()
        || !tally.isReported(Counter.DOSSIERS_READ)
        || !input.catalogue().get().offeredBy(agency.code()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "denominator: the procedures that had a dossier in the period; the catalogue declares no"
            + " procedures offered by "
            + agency.code()
            + ", so a procedure it offers without a dossier is not counted");
  }

  private List<RuleResult> deadline(
      DeadlineRule r, Agency agency, Period period, EvaluationInput input, Map<String, LocalDate> completions) {
    BeforeDayReading reading = input.beforeDayReading();
    List<LocalDate> occurrences = r.schedule().dueDates(period);
    List<LocalDate> dueDates = r.schedule().dueDates(period, reading);
    List<RuleResult> out = new ArrayList<>();
    for (int i = 0; i < occurrences.size(); i++) {
      LocalDate due = dueDates.get(i);
      String task = r.taskId(occurrences.get(i));
      ImmutableRuleResult.Builder b = RuleResult.builder().rule(r.rule()).task(task).due(due);
      if (due.isBefore(directive.judgesFrom())) {
        out.add(
            b.verdict(Verdict.NOT_APPLICABLE)
                .detail("due " + OfficialDate.of(due) + ", before " + issued())
                .build());
        continue;
      }
      Optional<LocalDate> done = Optional.ofNullable(completions.get(key(task, agency.code())));
      b.done(done).verdict(Verdict.ofDeadline(due, done, input.asOf()));
      if (r.schedule().wording() == DueWording.BEFORE_DAY) {
        b.detail(beforeDay(occurrences.get(i).plusDays(1), reading));
      }
      out.add(b.build());
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

  private static String beforeDay(LocalDate named, BeforeDayReading reading) {
    return reading == BeforeDayReading.STRICT
        ? "«trước ngày " + OfficialDate.of(named) + "» read strictly: due the day before"
        : "«trước ngày " + OfficialDate.of(named) + "» read inclusively (evaluation option): due that day";
  }

  private RuleResult duration(DurationRule r, Agency agency, EvaluationInput input) {
    long judged = 0;
    long within = 0;
    long endedBefore = 0;
    List<String> outside = new ArrayList<>();
    for (Secondment s : input.secondments()) {
      if (!s.agencyCode().equals(agency.code()) || s.start().isAfter(input.asOf())) {
        continue;
      }
      if (s.end().isPresent() && s.end().get().isBefore(directive.judgesFrom())) {
        endedBefore++;
        continue;
      }
      judged++;
      boolean running = s.end().map(e -> e.isAfter(input.asOf())).orElse(true);
      LocalDate last = running ? input.asOf() : s.end().get();
      java.time.Period length = DurationRule.length(s.start(), last);
      boolean longEnough = running || r.reachesMinimum(length, s.mergedUnit());
      boolean shortEnough = r.withinMaximum(length);
      if (longEnough && shortEnough) {
        within++;
      } else {
        outside.add(
            s.official()
                + " "
                + OfficialDate.of(s.start())
                + "–"
                + OfficialDate.of(last)
                + (running ? " (running)" : "")
                + ": "
                + words(length)
                + (shortEnough
                    ? ", under " + r.minMonthsFor(s.mergedUnit())
                    : ", above " + r.maxMonths()));
      }
    }
    ImmutableRuleResult.Builder b =
        RuleResult.builder()
            .rule(r.rule())
            .numerator(within)
            .denominator(judged)
            .target(r.minMonths() + ".." + r.maxMonths() + " months");
    Percentages.of(Ratio.of(within, judged)).ifPresent(b::percent);
    String before =
        endedBefore == 0
            ? ""
            : "; " + endedBefore + (endedBefore == 1 ? " term" : " terms") + " ended before "
                + issued() + ", not judged";
    if (judged == 0) {
      return b.verdict(Verdict.NO_DATA).detail("no secondment" + before).build();
    }
    return b.verdict(within == judged ? Verdict.MET : Verdict.NOT_MET)
        .detail(
            within + " of " + judged + " terms within bounds"
                + (outside.isEmpty() ? "" : "; " + String.join("; ", outside))
                + before)
        .build();
  }

  /** A term's length in words: {@code 6 months}, {@code 24 months 5 days}. */
  private static String words(java.time.Period length) {
    long months = length.toTotalMonths();
    int days = length.getDays();
    return months + (months == 1 ? " month" : " months")
        + (days == 0 ? "" : " " + days + (days == 1 ? " day" : " days"));
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
      ranked.add(AgencyReport.builder().from(a).rank(rank).build());
    }
    return ranked;
  }

  private static String key(String task, String agency) {
    return task + "\u0000" + agency;
  }
}
