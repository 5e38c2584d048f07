/**
 * Quảng Trị's 2023 directive on the quality of administrative-procedure reform ({@code qt2023}) as
 * rules, provided to {@link io.github.motcua.kpi.rules.Directives} through the {@link
 * io.github.motcua.kpi.rules.RuleModule} service.
 *
 * <p>The module is named {@code io.github.motcua.kpi.rules.quangtri}, without the year of its
 * artifact ({@code kpi-rules-quangtri2023}) and package: a module name component ending in digits is
 * a poor choice (javac warns, since a version is easily mistaken for part of the name).
 */
module io.github.motcua.kpi.rules.quangtri {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.quangtri2023;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.quangtri2023.QuangTri2023Rules;
}
