package io.github.motcua.kpi.io.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a misspelt one, for "did you mean" hints: of sync-format keys, counter
 * ids, directive-file keys, task ids. In a package kpi-io does not export: shared by its readers,
 * not an API.
 */
public final class Closest {
  private Closest() {}

  /** The name of {@code known} within {@code maxDistance} edits of {@code name}, ignoring case (the closest, the first on ties). */
  public static Optional<String> to(String name, Collection<String> known, int maxDistance) {
    String n = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = maxDistance + 1;
    for (String k : known) {
      int d = distance(n, k.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} or nothing, within two edits. */
  public static String hint(String name, Collection<String> known) {
    return to(name, known, 2).map(k -> "; did you mean '" + k + "'?").orElse("");
  }

  /** Levenshtein distance, or {@code cap} when it is at least {@code cap}. */
  private static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(cap, prev[b.length()]);
  }
}
