package io.github.motcua.kpi.rules;

import java.util.List;

/**
 * The service a rule module provides: the directives of one family. Found through {@link
 * java.util.ServiceLoader}; a module declares {@code provides io.github.motcua.kpi.rules.RuleModule
 * with …} in its {@code module-info.java} and lists the class in {@code
 * META-INF/services/io.github.motcua.kpi.rules.RuleModule} for class-path users.
 */
public interface RuleModule {

  /** The directives this module provides. */
  List<Directive> directives();

  /** The module's name, for messages (by default its class name). */
  default String name() {
    return getClass().getName();
  }
}
