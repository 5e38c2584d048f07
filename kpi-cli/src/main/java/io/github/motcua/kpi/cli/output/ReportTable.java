package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.GroupScore;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.PartShortfall;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Shortfall;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.FixedCurve;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.PointsRounding;
import io.github.motcua.kpi.rules.ProportionalCurve;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.ScoringCurve;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A report as a table for people: a heading (directive, period, as-of date, records read, the
 * reading of «trước ngày X», which agency dossiers count under, the level rolled up to, warnings), then one line per agency and rule — measured count,
 * percentage as the directive prints it, target (for a score, its curve), verdict, points — with
 * the agency's rank and total points on its first line; then the indicators the report carries, one
 * line per agency.
 */
public final class ReportTable {
  private ReportTable() {}

  /** Prints {@code report} of {@code directive}. */
  public static void print(Directive directive, Report report, PrintWriter out) {
    out.println(directive.id() + " — " + directive.number() + ", " + directive.issuer());
    out.println("period " + report.period() + ", as of " + report.asOf()
        + report.input().map(i -> "; records read " + i.read() + ", accepted " + i.accepted() + ", rejected " + i.rejected()
            + (i.dueDatesDerived() > 0 ? "; due dates derived from processing times " + i.dueDatesDerived() : "")).orElse(""));
    out.println(reading(report.beforeDayReading()));
    out.println(countedUnder(report.countedUnder()));
    report.rolledUpTo().ifPresent(level -> out.println(rolledUp(level)));
    for (String warning : report.warnings()) {
      out.println("warning: " + warning);
    }
    out.println();
    int decimals = directive.percentScale();
    TextTable table =
        new TextTable("Rank", "Agency", "Name", "Tier", "Total", "Rule", "Measured", "%", "Target", "Verdict", "Points", "Detail")
            .alignRight(0, 4, 6, 7, 10);
    for (AgencyReport a : report.agencies()) {
      boolean first = true;
      for (RuleResult r : a.results()) {
        table.row(
            first ? Integer.toString(a.rank()) : "",
            first ? a.agency() : "",
            first ? a.name() : "",
            first ? a.tier().name() : "",
            first ? a.points().map(ReportTable::points).orElse("") : "",
            r.rule(),
            measured(r),
            percent(r, decimals),
            target(directive, r),
            r.verdict().name(),
            r.points().map(ReportTable::points).orElse(""),
            detail(r));
        first = false;
      }
    }
    table.print(out);
    printIndicators(directive, report, out);
    printGroups(report, out);
    printShortfalls(report, out);
  }

  /** Per agency: the total, its band, the change, and each group's points over its maximum. */
  private static void printGroups(Report report, PrintWriter out) {
    if (report.agencies().isEmpty() || report.agencies().get(0).groups().isEmpty()) {
      return;
    }
    List<GroupScore> first = report.agencies().get(0).groups();
    String[] header = new String[first.size() + 5];
    header[0] = "Agency";
    header[1] = "Name";
    header[2] = "Total";
    header[3] = "Band (xếp loại)";
    header[4] = report.previousPeriod().map(p -> "Change vs " + p).orElse("Change");
    int[] right = new int[first.size() + 2];
    right[0] = 2;
    right[1] = 4;
    for (int i = 0; i < first.size(); i++) {
      header[i + 5] = first.get(i).group();
      right[i + 2] = i + 5;
    }
    TextTable table = new TextTable(header).alignRight(right);
    for (AgencyReport a : report.agencies()) {
      String[] row = new String[header.length];
      row[0] = a.agency();
      row[1] = a.name();
      row[2] = a.points().map(ReportTable::points).orElse("");
      row[3] = a.bandLabel().orElse("");
      row[4] = a.change().map(ReportTable::signed).orElse("");
      for (int i = 0; i < a.groups().size() && i < first.size(); i++) {
        GroupScore g = a.groups().get(i);
        row[i + 5] = points(g.points()) + "/" + g.max().stripTrailingZeros().toPlainString()
            + g.change().map(c -> " (" + signed(c) + ")").orElse("");
      }
      table.row(row);
    }
    out.println();
    out.println("Groups (nhóm chỉ số): points/maximum per group, the total and its band — "
        + first.stream().map(g -> g.group() + ": " + g.title()).collect(Collectors.joining("; ")) + ":");
    table.print(out);
  }

  /**
   * Where the points go, beyond what an official source prints: per agency and scored rule that
   * lost points, the points lost, the numerator units that would gain a point, the costliest
   * procedures and sub-units, where the figures came from and the change against the previous
   * period.
   */
  private static void printShortfalls(Report report, PrintWriter out) {
    TextTable table =
        new TextTable("Agency", "Rule", "Points", "Lost", "+1 point needs", "Costliest parts (missing, points regained)", "Source", "Change")
            .alignRight(2, 3, 4, 7);
    for (AgencyReport a : report.agencies()) {
      for (RuleResult r : a.results()) {
        if (r.shortfall().isEmpty() || r.shortfall().get().lost().signum() == 0) {
          continue;
        }
        Shortfall s = r.shortfall().get();
        table.row(
            a.agency(),
            r.rule(),
            r.points().map(ReportTable::points).orElse("-"),
            points(s.lost()),
            s.toGainAPoint().isPresent() ? "+" + s.toGainAPoint().getAsLong() : "",
            costliest(s),
            r.source().orElse(""),
            r.change().map(ReportTable::signed).orElse(""));
      }
    }
    if (table.isEmpty()) {
      return;
    }
    out.println();
    out.println("Where the points go (beyond the portal): points lost per rule, the more numerator units"
        + " (on-time, online … dossiers) that gain one point, the costliest procedures and sub-units:");
    table.print(out);
  }

  /** The two costliest parts of each kind (sub-units before procedures), in words. */
  private static String costliest(Shortfall s) {
    return s.parts().stream()
        .collect(Collectors.groupingBy(PartShortfall::kind, TreeMap::new, Collectors.toList()))
        .descendingMap()
        .values()
        .stream()
        .flatMap(parts -> parts.stream().limit(2))
        .map(p -> p.kind() + " " + p.code() + " (" + p.missing() + ", +" + points(p.gain()) + ")")
        .collect(Collectors.joining("; "));
  }

  private static String signed(BigDecimal change) {
    return (change.signum() > 0 ? "+" : "") + points(change);
  }

  /** The reading of «trước ngày X» the report was evaluated under, in words. */
  static String reading(BeforeDayReading reading) {
    return reading == BeforeDayReading.STRICT
        ? "«trước ngày X» read strictly: due the day before X"
        : "«trước ngày X» read inclusively (evaluation option): due on X";
  }

  /** Which agency the report's indicators count dossiers under, in words. */
  static String countedUnder(CountedUnder under) {
    return under == CountedUnder.RECEIVING
        ? "dossiers counted under the agency that received them (cơ quan tiếp nhận), as the national report forms count"
        : "dossiers counted under the agency that settles them (cơ quan giải quyết; evaluation option)";
  }

  /** The level of the agencies' tree the report shows, in words. */
  static String rolledUp(int level) {
    return level == 0
        ? "rolled up to the province: each line pools all its sub-units (evaluation option)"
        : "rolled up to level " + level + " of the agencies' tree: each line pools all its sub-units (evaluation option)";
  }

  private static void printIndicators(Directive directive, Report report, PrintWriter out) {
    List<Indicator> indicators = directive.indicators();
    if (indicators.isEmpty() || report.agencies().isEmpty()) {
      return;
    }
    String[] header = new String[indicators.size() + 2];
    header[0] = "Agency";
    header[1] = "Name";
    int[] right = new int[indicators.size()];
    for (int i = 0; i < indicators.size(); i++) {
      header[i + 2] = indicators.get(i).id();
      right[i] = i + 2;
    }
    TextTable table = new TextTable(header).alignRight(right);
    for (AgencyReport a : report.agencies()) {
      String[] row = new String[header.length];
      row[0] = a.agency();
      row[1] = a.name();
      for (int i = 0; i < indicators.size(); i++) {
        String id = indicators.get(i).id();
        row[i + 2] =
            a.indicators().stream()
                .filter(v -> v.indicator().equals(id))
                .findFirst()
                .map(v -> indicator(v, directive.percentScale()))
                .orElse("");
      }
      table.row(row);
    }
    out.println();
    out.println("Indicators (measured / all, %):");
    table.print(out);
  }

  private static String indicator(IndicatorValue v, int decimals) {
    if (v.numerator().isEmpty() || v.denominator().isEmpty()) {
      return "not reported";
    }
    return v.numerator().getAsLong() + "/" + v.denominator().getAsLong() + " "
        + v.ratio().map(r -> Percent.rounded(r, decimals)).orElse("-");
  }

  static String measured(RuleResult r) {
    if (r.numerator().isPresent() && r.denominator().isPresent()) {
      return r.numerator().getAsLong() + "/" + r.denominator().getAsLong();
    }
    return r.task().isPresent() ? r.done().map(d -> "done " + d).orElse("not done") : "";
  }

  static String percent(RuleResult r, int decimals) {
    if (r.task().isPresent()) {
      return "";
    }
    return r.ratio().map(ratio -> Percent.rounded(ratio, decimals)).orElse("");
  }

  static String target(Directive directive, RuleResult r) {
    if (r.task().isPresent()) {
      return r.due().map(d -> "by " + d).orElse("");
    }
    if (r.curve().isPresent()) {
      return directive
          .requirement(r.rule())
          .filter(ScoredRule.class::isInstance)
          .map(x -> curve(((ScoredRule) x).curve()))
          .orElse(r.curve().get());
    }
    return r.target().map(t -> t.matches("[0-9.]+") ? "≥ " + t + " %" : t).orElse("");
  }

  /**
   * A scoring curve as the table shows it, in place of a target: {@code ≥ 20 % → 1; 10–20 % →
   * rate/20 %; < 10 % → 0} for QT-1501's.
   */
  static String curve(ScoringCurve curve) {
    if (curve instanceof ProportionalCurve) {
      ProportionalCurve c = (ProportionalCurve) curve;
      String max = c.maximum().stripTrailingZeros().toPlainString();
      return (c.isLinear() ? "LIN(" + max + ")" : "CAP(" + max + ", " + c.fullAt().percentText() + " %)")
          + "; 0/0 → " + c.noValuePoints().map(p -> p.stripTrailingZeros().toPlainString()).orElse("none")
          + (c.rounding() == PointsRounding.PERCENT_FIRST_BINARY ? "; the portal's rounding" : "");
    }
    if (curve instanceof FixedCurve) {
      return "always " + curve.maximum().stripTrailingZeros().toPlainString();
    }
    if (!(curve instanceof LinearCurve)) {
      return curve.describe();
    }
    LinearCurve c = (LinearCurve) curve;
    String target = c.target().percentText();
    String max = c.maximum().stripTrailingZeros().toPlainString();
    String times = c.maximum().compareTo(BigDecimal.ONE) == 0 ? "" : max + " × ";
    return "≥ " + target + " % → " + max + "; " + c.floor().percentText() + "–" + target + " % → " + times
        + "rate/" + target + " %; < " + c.floor().percentText() + " % → 0";
  }

  static String detail(RuleResult r) {
    String exact =
        r.exactPoints()
            .filter(x -> r.points().map(p -> p.compareTo(x) != 0).orElse(true))
            .map(x -> "printed as the national portal rounds; exactly " + points(x))
            .orElse("");
    String detail = r.detail().orElse("");
    return detail.isEmpty() ? exact : exact.isEmpty() ? detail : detail + "; " + exact;
  }

  static String points(BigDecimal p) {
    return p.setScale(Math.max(2, p.scale()), RoundingMode.HALF_UP).toPlainString();
  }
}
