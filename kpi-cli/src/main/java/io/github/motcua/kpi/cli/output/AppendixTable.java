package io.github.motcua.kpi.cli.output;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.model.Tier;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A report laid out as QT-1501's appendix (Phụ lục, Công văn 1501/UBND-VX): agencies grouped by
 * tier (I. provincial departments, II. districts), columns 7–14 — online and all level-3 dossiers
 * with their rate, the same for level 4, the combined rate (7+10)/(8+11), and the points. Rates have
 * one decimal, points two, both half up from the exact values. Where the appendix prints 0 for a
 * rate with no dossiers (0/0), this table prints {@code -}, so "no dossiers" stays visible. Every
 * column comes from the report alone: the counts are the numerators and denominators of its
 * indicators {@code online-rate.level3}, {@code online-rate.level4} and {@code online-rate.level3-4}.
 */
public final class AppendixTable {
  private static final Map<Tier, String> GROUPS =
      Map.of(
          Tier.PROVINCIAL, "I. Sở, ban, ngành (provincial departments)",
          Tier.DISTRICT, "II. UBND huyện, thị xã, thành phố (districts)",
          Tier.COMMUNE, "III. UBND xã, phường, thị trấn (communes)");

  private AppendixTable() {}

  /** Prints the table of {@code report}. */
  public static void print(Report report, PrintWriter out) {
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
        Optional<IndicatorValue> level3 = indicator(a, Indicator.ONLINE_RATE_LEVEL3);
        Optional<IndicatorValue> level4 = indicator(a, Indicator.ONLINE_RATE_LEVEL4);
        table.row(
            Integer.toString(++n),
            a.name(),
            count(level3.map(IndicatorValue::numerator)),
            count(level3.map(IndicatorValue::denominator)),
            rate(level3),
            count(level4.map(IndicatorValue::numerator)),
            count(level4.map(IndicatorValue::denominator)),
            rate(level4),
            rate(indicator(a, Indicator.ONLINE_RATE_LEVEL34)),
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

  private static Optional<IndicatorValue> indicator(AgencyReport a, Indicator indicator) {
    return a.indicators().stream().filter(i -> i.indicator().equals(indicator.id())).findFirst();
  }

  private static String count(Optional<OptionalLong> n) {
    return n.filter(OptionalLong::isPresent).map(x -> Long.toString(x.getAsLong())).orElse("");
  }

  private static String rate(Optional<IndicatorValue> v) {
    return v.flatMap(IndicatorValue::ratio).map(x -> Percent.rounded(x, 1)).orElse("");
  }
}
