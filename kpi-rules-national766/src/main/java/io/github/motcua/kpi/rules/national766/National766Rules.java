package io.github.motcua.kpi.rules.national766;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.RuleModule;
import java.util.List;

/**
 * The rule module of the national QĐ 766 index: provides {@link Qd766} ({@code qd766}). Found by
 * {@link io.github.motcua.kpi.rules.Directives#load()} on the module path ({@code provides} in
 * {@code module-info}) and on the class path ({@code META-INF/services}).
 */
public final class National766Rules implements RuleModule {

  /** The module, as {@link java.util.ServiceLoader} instantiates it. */
  public National766Rules() {}

  @Override
  public List<Directive> directives() {
    return List.of(Qd766.directive());
  }

  @Override
  public String name() {
    return "kpi-rules-national766";
  }
}
