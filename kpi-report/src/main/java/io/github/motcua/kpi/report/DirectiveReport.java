package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.Renderers;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.TargetRule;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A directive's report as an office files it (báo cáo kết quả thực hiện): per agency and
 * requirement what was measured (numerator, denominator, rate), the target or the curve, the
 * verdict, the points and the article enforced; per agency its points and its rank within its tier
 * (never across tiers); totals per tier and for the province the way directives quote their
 * baselines (indicators over the merged tallies of the agencies shown, as {@link
 * ProvinceTally#total()} merges them); the readings taken and
 * what it was computed from.
 *
 * <pre>{@code
 * DirectiveReport report = DirectiveReport.evaluate(directive, input).withFiles("dossiers.csv");
 * report.write(Format.HTML, Lang.VI, out);
 * }</pre>
 *
 * <p>JSON ({@link #toJson()}): {@code directive}, {@code number}, {@code issuer}, {@code title},
 * {@code period}, {@code previousPeriod} (only when the report compares with it), {@code asOf},
 * {@code beforeDayReading}, {@code countedUnder}, {@code rolledUpTo}, {@code pooledUnits} (only
 * when there are some), {@code percentScale}, {@code files},
 * {@code input}, {@code warnings}, {@code agencies[]} ({@code agency}, {@code name}, {@code tier},
 * {@code rankInTier}, {@code points}, and where the directive's scores have them {@code band},
 * {@code bandLabel}, {@code change}, {@code groups}; {@code indicators}, {@code results} as in the
 * core's report), {@code totals[]} ({@code tier}, null for the province; {@code agencies}, {@code
 * indicators}, {@code results}, {@code notMerged}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDirectiveReport.class)
@JsonPropertyOrder({
  "directive", "number", "issuer", "title", "period", "previousPeriod", "asOf", "beforeDayReading", "countedUnder",
  "rolledUpTo", "pooledUnits", "percentScale",
  "files", "input", "warnings", "agencies", "totals"
})
public abstract class DirectiveReport {
  DirectiveReport() {}

  /** The directive judged. */
  @JsonIgnore
  public abstract Directive source();

  /** The directive's id. */
  @JsonProperty
  public String directive() {
    return source().id();
  }

  /** The directive's number, e.g. {@code 1501/UBND-VX}. */
  @JsonProperty
  public String number() {
    return source().number();
  }

  /** Who issued it. */
  @JsonProperty
  public String issuer() {
    return source().issuer();
  }

  /** Its title. */
  @JsonProperty
  public String title() {
    return source().title();
  }

  /** The decimals its tables print rates with. */
  @JsonProperty
  public int percentScale() {
    return source().percentScale();
  }

  /** The period reported on. */
  public abstract Period period();

  /** The period the report compares with (the one before), when it does. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Period> previousPeriod();

  /** The evaluation date. */
  public abstract LocalDate asOf();

  /** How «trước ngày X» was read. */
  public abstract BeforeDayReading beforeDayReading();

  /** Which agency dossiers were counted under: the receiving one (the default) or the settling one. */
  public abstract CountedUnder countedUnder();

  /** The level of the agencies' tree shown, each pooled over its sub-units; empty: none pooled. */
  public abstract OptionalInt rolledUpTo();

  /**
   * The units scored on the pooled figures of the other agencies of the report (đơn vị gộp, as the
   * national portal scores a province on its departments' and communes' dossiers): listed after the
   * tiers, ranked with no tier and added into no total, which would count their figures twice.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> pooledUnits();

  /** The files the report was computed from. */
  public abstract List<String> files();

  /** How many records were read, accepted and rejected. */
  public abstract Optional<InputSummary> input();

  /** What a reader must know before adding figures up (the core report's warnings). */
  public abstract List<String> warnings();

  /** The agencies, tier by tier, best first within each; then the {@linkplain #pooledUnits() pooled units}. */
  public abstract List<RankedAgency> agencies();

  /** The totals: each tier with an agency, then the province. */
  public abstract List<TotalLine> totals();

  /**
   * Evaluates {@code directive} over {@code input} with the core's {@link Evaluator} and adds the
   * ranks within tiers and the totals.
   */
  public static DirectiveReport evaluate(Directive directive, EvaluationInput input) {
    return of(directive, input, Evaluator.of(directive).evaluate(input));
  }

  /** The report of {@code report}, the core's evaluation of {@code directive} over {@code input}. */
  public static DirectiveReport of(Directive directive, EvaluationInput input, Report report) {
    return of(directive, input, report, List.of());
  }

  /**
   * The report of {@code report}, the core's evaluation of {@code directive} over {@code input},
   * where the agencies {@code pooled} are scored on the pooled figures of the others: they are
   * ranked with no tier and added into no total.
   */
  public static DirectiveReport of(
      Directive directive, EvaluationInput input, Report report, java.util.Collection<String> pooled) {
    List<RankedAgency> ranked = new ArrayList<>();
    List<TotalLine> totals = new ArrayList<>();
    ProvinceTally shown = shownTallies(input, report);
    List<AgencyReport> tiered = report.agencies().stream().filter(a -> !pooled.contains(a.agency())).toList();
    List<Tier> tiers = tiered.stream().map(AgencyReport::tier).distinct().sorted().toList();
    for (Tier tier : tiers) {
      List<AgencyReport> members = tiered.stream().filter(a -> a.tier() == tier).toList();
      ranked.addAll(rank(members));
      totals.add(total(directive, report, shown, Optional.of(tier), members));
    }
    totals.add(total(directive, report, shown, Optional.empty(), tiered));
    List<String> pooledShown = new ArrayList<>();
    for (AgencyReport a : report.agencies()) {
      if (pooled.contains(a.agency())) {
        ranked.addAll(rank(List.of(a)));
        pooledShown.add(a.agency());
      }
    }
    return ImmutableDirectiveReport.builder()
        .source(directive)
        .period(report.period())
        .previousPeriod(report.previousPeriod())
        .pooledUnits(pooledShown)
        .asOf(report.asOf())
        .beforeDayReading(report.beforeDayReading())
        .countedUnder(report.countedUnder())
        .rolledUpTo(report.rolledUpTo())
        .input(report.input())
        .warnings(report.warnings())
        .agencies(ranked)
        .totals(totals)
        .build();
  }

  /** This report naming the files it was computed from. */
  public DirectiveReport withFiles(String... files) {
    return ImmutableDirectiveReport.builder().from(this).files(java.util.List.of(files)).build();
  }

  /** The agency's part, if it is in the report. */
  public Optional<RankedAgency> agency(String code) {
    return agencies().stream().filter(a -> a.agency().equals(code)).findFirst();
  }

  /** The total of {@code tier}, if an agency of it is in the report. */
  public Optional<TotalLine> total(Tier tier) {
    return totals().stream().filter(t -> t.tier().equals(Optional.of(tier))).findFirst();
  }

  /** Whether {@code agency} is one of the {@linkplain #pooledUnits() pooled units}. */
  public boolean isPooled(RankedAgency agency) {
    return pooledUnits().contains(agency.agency());
  }

  /** The province's total. */
  @JsonIgnore
  public TotalLine province() {
    return totals().get(totals().size() - 1);
  }

  private static List<RankedAgency> rank(List<AgencyReport> tier) {
    Comparator<AgencyReport> byMerit =
        Comparator.<AgencyReport, BigDecimal>comparing(a -> a.points().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
            .thenComparing(AgencyReport::metCount, Comparator.reverseOrder());
    List<AgencyReport> sorted = new ArrayList<>(tier);
    sorted.sort(byMerit.thenComparing(AgencyReport::agency));
    List<RankedAgency> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      AgencyReport a = sorted.get(i);
      int rank = i > 0 && byMerit.compare(sorted.get(i - 1), a) == 0 ? out.get(i - 1).rankInTier() : i + 1;
      out.add(
          ImmutableRankedAgency.builder()
              .agency(a.agency())
              .name(a.name())
              .tier(a.tier())
              .rankInTier(rank)
              .points(a.points())
              .band(a.band())
              .bandLabel(a.bandLabel())
              .change(a.change())
              .groups(a.groups())
              .indicators(a.indicators())
              .results(a.results())
              .build());
    }
    return out;
  }

  /**
   * The tallies of the agencies the report shows: the input's, or pooled over each shown agency's
   * sub-units when the report is rolled up, as the core pooled them.
   */
  private static ProvinceTally shownTallies(EvaluationInput input, Report report) {
    if (report.rolledUpTo().isEmpty()) {
      return input.tallies();
    }
    return ProvinceTally.of(
        AgencyTree.of(input.agencies())
            .rollUp(input.tallies().byAgency(), report.rolledUpTo().getAsInt(), report.period().end(), Tally::merge));
  }

  private static TotalLine total(
      Directive d, Report report, ProvinceTally shown, Optional<Tier> tier, List<AgencyReport> members) {
    MergedTally merged = MergedTally.of(members.stream().map(a -> shown.get(a.agency())).toList());
    ImmutableTotalLine.Builder b =
        ImmutableTotalLine.builder().tier(tier).agencies(members.size()).notMerged(merged.notMerged());
    for (Indicator i : d.indicators()) {
      b.addIndicators(IndicatorValue.of(i.id(), i.ratio(merged.tally())));
    }
    if (tier.isPresent()) {
      String code = "TOTAL-" + tier.get().name();
      Report whole =
          Evaluator.of(d)
              .evaluate(
                  EvaluationInput.builder()
                      .period(report.period())
                      .asOf(report.asOf())
                      .beforeDayReading(report.beforeDayReading())
                      .countedUnder(report.countedUnder())
                      .addAgencies(Agency.of(code, code, tier.get()))
                      .tallies(ProvinceTally.of(Map.of(code, merged.tally())))
                      .build());
      for (RuleResult r : whole.agencies().get(0).results()) {
        if (d.requirement(r.rule()).orElseThrow() instanceof TargetRule) {
          b.addResults(r);
        }
      }
    }
    return b.build();
  }

  /** The report as JSON (stable English keys). */
  public String toJson() {
    return KpiJson.write(this);
  }

  /**
   * Writes the report in {@code format}: tables, charts and notes in {@code lang} for a workbook,
   * HTML or text; stable English keys for JSON and CSV (one row per agency and result, then the
   * totals' rows). The text table, for a terminal, leaves out the table of requirements, articles
   * and readings (each result names its article; a note says where the rest is).
   */
  public void write(Format format, Lang lang, OutputStream out) throws IOException {
    switch (format) {
      case CSV:
        Renderers.csv(DirectiveLayout.csv(this), out);
        break;
      case JSON:
        out.write((toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        break;
      case TABLE:
        Renderers.write(format, DirectiveLayout.terminal(this, lang), out);
        break;
      default:
        Renderers.write(format, DirectiveLayout.document(this, lang), out);
    }
  }

  /** Tallies added up for a total. */
  record MergedTally(Tally tally, List<String> notMerged) {
    static MergedTally of(List<Tally> parts) {
      try {
        return new MergedTally(parts.stream().reduce(Tally.empty(), Tally::merge), List.of());
      } catch (IllegalArgumentException e) {
        Tally.Builder b = Tally.builder();
        java.util.Set<String> skipped = new java.util.TreeSet<>();
        for (Tally t : parts) {
          for (var c : t.counters().values()) {
            if (c.isDistinct()) {
              skipped.add(c.id());
            } else {
              b.add(c, t.get(c));
            }
          }
        }
        return new MergedTally(b.build(), List.copyOf(skipped));
      }
    }
  }
}
