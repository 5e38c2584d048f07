package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Agencies judged over a period they did not exist in, whole or part: a district after 30 Jun 2025,
 * a commune of the two-tier structure before 1 Jul 2025. Their figures are what they are (each
 * dossier counts under the agency that received it), but a reader adding them up must know which
 * part of the period each covers.
 */
final class Existence {
  private Existence() {}

  /**
   * At most two warnings: the agencies that did not exist during the period, and those that existed
   * during part of it.
   */
  static List<String> warnings(List<Agency> agencies, Period period) {
    List<Agency> never = new ArrayList<>();
    List<Agency> part = new ArrayList<>();
    for (Agency a : agencies) {
      if (!a.isValidDuring(period)) {
        never.add(a);
      } else if (!a.isValidThroughout(period)) {
        part.add(a);
      }
    }
    List<String> out = new ArrayList<>();
    if (!never.isEmpty()) {
      out.add("agencies that did not exist during the period: " + list(never));
    }
    if (!part.isEmpty()) {
      out.add(
          "agencies that existed during part of the period only, whose figures cover that part: "
              + list(part)
              + (period.straddles(Tier.TWO_TIERS_FROM)
                  ? "; the period straddles 01/07/2025 (two-tier local government): report it in two"
                      + " parts or rolled up to the province"
                  : ""));
    }
    return out;
  }

  private static String list(List<Agency> agencies) {
    return agencies.stream()
        .map(a -> a.code() + " (valid " + a.validityText() + ")")
        .collect(Collectors.joining(", "));
  }
}
