package io.github.motcua.kpi.io.directive;

import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.model.Tier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Tier names in files: {@code PROVINCIAL}, {@code DISTRICT}, {@code COMMUNE} (any case). */
final class Tiers {
  private Tiers() {}

  static List<String> names() {
    return Arrays.stream(Tier.values()).map(Enum::name).collect(Collectors.toList());
  }

  /**
   * The tier named {@code text}.
   *
   * @throws IllegalArgumentException naming the text and the known tiers
   */
  static Tier read(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (Tier tier : Tier.values()) {
      if (tier.name().equals(t)) {
        return tier;
      }
    }
    String hint = Closest.hint(text, names());
    throw new IllegalArgumentException(
        "unknown tier '" + text + "'" + (hint.isEmpty() ? "; known: " + String.join(", ", names()) : hint));
  }
}
