/**
 * Quảng Ninh's directives as rules: Chỉ thị 07/CT-UBND of 28 Sep 2018 ({@code qn07}), provided to
 * {@link io.github.motcua.kpi.rules.Directives} through the {@link
 * io.github.motcua.kpi.rules.RuleModule} service.
 */
module io.github.motcua.kpi.rules.quangninh {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.quangninh;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.quangninh.QuangNinhRules;
}
