package io.github.motcua.kpi.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Which published artifact provides each directive motcua-kpi ships, so that a directive that is
 * not found can be explained: its rule module is not among those loaded, and here is its jar.
 */
final class BuiltInDirectives {
  private static final String GROUP = "io.github.motcua";

  private static final Map<String, String> ARTIFACT =
      Map.of(
          "qn07", "kpi-rules-quangninh",
          "qt1501", "kpi-rules-covid2020",
          "tv1239", "kpi-rules-covid2020",
          "brvt404", "kpi-rules-covid2020",
          "qt2023", "kpi-rules-quangtri2023",
          "qd766", "kpi-rules-national766");

  private BuiltInDirectives() {}

  /** The artifact id of the rule module that provides directive {@code id}, if motcua-kpi ships it. */
  static Optional<String> artifact(String id) {
    return Optional.ofNullable(ARTIFACT.get(id));
  }

  /** Every built-in directive id with its artifact id. */
  static Map<String, String> all() {
    return ARTIFACT;
  }

  /** What to do about directive {@code id}, which no rule module loaded provides. */
  static String hint(String id) {
    return artifact(id)
        .map(a -> "'" + id + "' is provided by " + GROUP + ":" + a + ", which is not loaded: add its jar with"
            + " --rules-jar " + a + "-<version>.jar")
        .orElse("see the directives with 'kpi directives'; rules of your own province come in a jar given with"
            + " --rules-jar <file.jar>");
  }
}
