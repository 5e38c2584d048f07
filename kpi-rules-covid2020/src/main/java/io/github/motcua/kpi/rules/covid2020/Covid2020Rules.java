package io.github.motcua.kpi.rules.covid2020;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.RuleModule;
import java.util.List;

/**
 * The rule module of the COVID-2020 directives: provides {@link Qt1501} ({@code qt1501}), {@link
 * Tv1239} ({@code tv1239}) and {@link Brvt404} ({@code brvt404}). Found by {@link
 * io.github.motcua.kpi.rules.Directives#load()} on the module path ({@code provides} in {@code
 * module-info}) and on the class path ({@code META-INF/services}).
 */
public final class Covid2020Rules implements RuleModule {

  /** The module, as {@link java.util.ServiceLoader} instantiates it. */
  public Covid2020Rules() {}

  @Override
  public List<Directive> directives() {
    return List.of(Qt1501.directive(), Tv1239.directive(), Brvt404.directive());
  }

  @Override
  public String name() {
    return "kpi-rules-covid2020";
  }
}
