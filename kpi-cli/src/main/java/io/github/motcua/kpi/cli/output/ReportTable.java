package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.rules.Directive;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A report as a table for people: a heading (directive, period, as-of date, records read), then one
 * line per agency and rule — measured count, percentage as the directive prints it, target, verdict,
 * points — with the agency's rank and total points on its first line.
 */
public final class ReportTable {
  private ReportTable() {}

  /** Prints {@code report} of {@code directive}. */
  public static void print(Directive directive, Report report, PrintWriter out) {
    out.println(directive.id() + " — " + directive.number() + ", " + directive.issuer());
    out.println("period " + report.period() + ", as of " + report.asOf()
        + report.input().map(i -> "; records read " + i.read() + ", accepted " + i.accepted() + ", rejected " + i.rejected()).orElse(""));
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
            target(r),
            r.verdict().name(),
            r.points().map(ReportTable::points).orElse(""),
            detail(r));
        first = false;
      }
    }
    table.print(out);
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

  static String target(RuleResult r) {
    if (r.task().isPresent()) {
      return r.due().map(d -> "by " + d).orElse("");
    }
    return r.target().map(t -> t.matches("[0-9.]+") ? "≥ " + t + " %" : t).orElse("");
  }

  static String detail(RuleResult r) {
    return r.detail().orElse("");
  }

  static String points(BigDecimal p) {
    return p.setScale(Math.max(2, p.scale()), RoundingMode.HALF_UP).toPlainString();
  }
}
