/**
 * The provincial directives relaying Công văn 2552/VPCP-KSTT (COVID-19, 2 Apr 2020) as rules:
 * {@code qt1501} (Quảng Trị), {@code tv1239} (Trà Vinh) and {@code brvt404} (Bà Rịa–Vũng Tàu),
 * sharing the {@code covid2020.*} core; provided to {@link io.github.motcua.kpi.rules.Directives}
 * through the {@link io.github.motcua.kpi.rules.RuleModule} service.
 */
module io.github.motcua.kpi.rules.covid2020 {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.covid2020;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.covid2020.Covid2020Rules;
}
