package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report laid out as QT-1501's appendix (Phụ lục, Công văn 1501/UBND-VX): agencies grouped by
 * tier (I. provincial departments, II. districts), columns 7–14 — online and all level-3 dossiers
 * with their rate, the same for level 4, the combined rate (7+10)/(8+11), and the points. Rates have
 * one decimal, points two, both half up from the exact values. Where the appendix prints 0 for a
 * rate with no dossiers (0/0), this table prints {@code -}, so "no dossiers" stays visible.
 */
public final class AppendixTable {
  private static final Map<Tier, String> GROUPS =
      Map.of(
          Tier.PROVINCIAL, "I. Sở, ban, ngành (provincial departments)",
          Tier.DISTRICT, "II. UBND huyện, thị xã, thành phố (districts)",
          Tier.COMMUNE, "III. UBND xã, phường, thị trấn (communes)");

  private AppendixTable() {}

  /** Prints the table of {@code report}, with the counts of {@code tallies}. */
  public static void print(Report report, ProvinceTally tallies, PrintWriter out) {
    for (Tier tier : Tier.values()) {
      List<AgencyReport> group = report.agencies().stream().filter(a -> a.tier() == tier).toList();
      if (group.isEmpty()) {
        continue;
      }
      out.println(GROUPS.get(tier));
      TextTable table =
          new TextTable("No.", "Agency", "(7) L3 online", "(8) L3 all", "(9) %", "(10) L4 online", "(11) L4 all", "(12) %",
                  "(13) % L3+4", "(14) Points")
              .alignRight(0, 2, 3, 4, 5, 6, 7, 8, 9);
      int n = 0;
      for (AgencyReport a : group) {
        Tally t = tallies.get(a.agency());
        table.row(
            Integer.toString(++n),
            a.name(),
            count(t, Counter.LEVEL3_ONLINE),
            count(t, Counter.LEVEL3_TOTAL),
            rate(Indicator.ONLINE_RATE_LEVEL3.ratio(t)),
            count(t, Counter.LEVEL4_ONLINE),
            count(t, Counter.LEVEL4_TOTAL),
            rate(Indicator.ONLINE_RATE_LEVEL4.ratio(t)),
            rate(Indicator.ONLINE_RATE_LEVEL34.ratio(t)),
            a.points().map(ReportTable::points).orElse(""));
      }
      table.print(out);
      out.println();
    }
  }

  /** The agencies under {@code bar} points ("must improve"), tier by tier as the table lists them. */
  public static List<AgencyReport> under(Report report, BigDecimal bar) {
    return report.agencies().stream()
        .filter(a -> a.points().isPresent() && a.points().get().compareTo(bar) < 0)
        .sorted(java.util.Comparator.comparing(AgencyReport::tier))
        .toList();
  }

  private static String count(Tally t, Counter c) {
    return t.isReported(c) ? Long.toString(t.get(c)) : "";
  }

  private static String rate(Optional<Ratio> r) {
    return r.map(x -> Percent.rounded(x, 1)).orElse("");
  }
}
