package io.github.motcua.kpi.io.directive;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name closest to a misspelt one, for "did you mean" hints. */
final class Closest {
  private Closest() {}

  /** The name of {@code known} within two edits of {@code name} (the closest, the first on ties). */
  static Optional<String> to(String name, Collection<String> known) {
    String n = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String k : known) {
      int d = distance(n, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} or nothing. */
  static String hint(String name, Collection<String> known) {
    return to(name, known).map(k -> "; did you mean '" + k + "'?").orElse("");
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
