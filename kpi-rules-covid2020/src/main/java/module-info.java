/**
 * The provincial directives relaying Công văn 2552/VPCP-KSTT (COVID-19, 2 Apr 2020) as rules:
 * {@code qt1501} (Quảng Trị), {@code tv1239} (Trà Vinh) and {@code brvt404} (Bà Rịa–Vũng Tàu),
 * sharing the {@code covid2020.*} core; provided to {@link io.github.motcua.kpi.rules.Directives}
 * through the {@link io.github.motcua.kpi.rules.RuleModule} service.
 *
 * <p>The module is named {@code io.github.motcua.kpi.rules.covid}, without the year of its artifact
 * ({@code kpi-rules-covid2020}) and package: a module name component ending in digits is a poor
 * choice (javac warns, since a version is easily mistaken for part of the name).
 */
module io.github.motcua.kpi.rules.covid {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.covid2020;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.covid2020.Covid2020Rules;
}
