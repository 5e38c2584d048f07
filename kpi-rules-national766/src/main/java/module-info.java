/**
 * The national QĐ 766/QĐ-TTg service-quality index ({@code qd766}) as rules, provided to {@link
 * io.github.motcua.kpi.rules.Directives} through the {@link io.github.motcua.kpi.rules.RuleModule}
 * service.
 *
 * <p>The module is named {@code io.github.motcua.kpi.rules.national}, without the decision's number
 * its artifact ({@code kpi-rules-national766}) and package carry: a module name component ending in
 * digits is a poor choice (javac warns, since a version is easily mistaken for part of the name).
 */
module io.github.motcua.kpi.rules.national {
  requires transitive io.github.motcua.kpi.core;

  exports io.github.motcua.kpi.rules.national766;

  provides io.github.motcua.kpi.rules.RuleModule with
      io.github.motcua.kpi.rules.national766.National766Rules;
}
