package io.github.motcua.kpi.rules.quangninh;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.RuleModule;
import java.util.List;

/**
 * The rule module of Quảng Ninh province: provides {@link Qn07} ({@code qn07}). Found by {@link
 * io.github.motcua.kpi.rules.Directives#load()} on the module path ({@code provides} in {@code
 * module-info}) and on the class path ({@code META-INF/services}).
 */
public final class QuangNinhRules implements RuleModule {

  /** The module, as {@link java.util.ServiceLoader} instantiates it. */
  public QuangNinhRules() {}

  @Override
  public List<Directive> directives() {
    return List.of(Qn07.directive());
  }

  @Override
  public String name() {
    return "kpi-rules-quangninh";
  }
}
