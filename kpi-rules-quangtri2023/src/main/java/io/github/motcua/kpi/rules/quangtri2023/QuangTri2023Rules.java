package io.github.motcua.kpi.rules.quangtri2023;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.RuleModule;
import java.util.List;

/**
 * The rule module of Quảng Trị's 2023 directive: provides {@link Qt2023} ({@code qt2023}). Found by
 * {@link io.github.motcua.kpi.rules.Directives#load()} on the module path ({@code provides} in
 * {@code module-info}) and on the class path ({@code META-INF/services}).
 */
public final class QuangTri2023Rules implements RuleModule {

  /** The module, as {@link java.util.ServiceLoader} instantiates it. */
  public QuangTri2023Rules() {}

  @Override
  public List<Directive> directives() {
    return List.of(Qt2023.directive());
  }

  @Override
  public String name() {
    return "kpi-rules-quangtri2023";
  }
}
