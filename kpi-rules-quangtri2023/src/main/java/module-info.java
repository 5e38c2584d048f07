/**
 * Quảng Trị's 2023 directive on the quality of administrative-procedure reform ({@code qt2023}) as
 * rules, provided to {@link io.github.motcua.kpi.rules.Directives} through the {@link
 * io.github.motcua.kpi.rules.RuleModule} service.
 */
module io.github.motcua.kpi.rules.quangtri2023 {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.quangtri2023;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.quangtri2023.QuangTri2023Rules;
}
