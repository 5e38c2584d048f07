package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Agencies and the period judged: an agency that did not exist on any day of the period and has
 * no figures in it (a district in 2026) is judged with no data, or left out of the report when the
 * caller asks ({@link EvaluationInput#leaveOutAbsentAgencies()}); one with figures in a period it
 * did not exist in (a district settling in July dossiers it received in June), or that existed
 * during part of the period only, is judged on what it has. Each dossier counts under the agency
 * that received it; a reader adding figures up must know which part of the period each agency
 * covers, so the report warns of all three.
 */
final class Existence {
  /** Counters that account for every dossier read, whatever the period: not figures of the period. */
  private static final Set<String> ACCOUNTING = Set.of(Counter.DOSSIERS_READ.id(), Counter.OUT_OF_PERIOD.id());

  private final List<Agency> judged = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private Existence(List<Agency> agencies, ProvinceTally tallies, Period period, boolean leaveOut) {
    List<Agency> absent = new ArrayList<>();
    List<Agency> outside = new ArrayList<>();
    List<Agency> part = new ArrayList<>();
    for (Agency a : agencies) {
      if (a.isValidDuring(period)) {
        judged.add(a);
        if (!a.isValidThroughout(period)) {
          part.add(a);
        }
      } else if (hasFigures(tallies.get(a.code()))) {
        judged.add(a);
        outside.add(a);
      } else {
        absent.add(a);
        if (!leaveOut) {
          judged.add(a);
        }
      }
    }
    if (!absent.isEmpty()) {
      warnings.add(
          (leaveOut
                  ? "left out, as they did not exist during the period and have no figures in it: "
                  : "agencies that did not exist during the period and have no figures in it: ")
              + list(absent));
    }
    if (!outside.isEmpty()) {
      warnings.add(
          "agencies with figures in a period they did not exist in (dossiers they received before it): "
              + list(outside));
    }
    if (!part.isEmpty()) {
      warnings.add(
          "agencies that existed during part of the period only, whose figures cover that part: "
              + list(part)
              + (period.straddles(Tier.TWO_TIERS_FROM)
                  ? "; the period straddles 01/07/2025 (two-tier local government): report it in two"
                      + " parts or rolled up to the province"
                  : ""));
    }
  }

  /**
   * The agencies of {@code agencies} to judge over {@code period} (all of them unless {@code
   * leaveOut}, which leaves out those that did not exist in it and have no figures), and the
   * warnings.
   */
  static Existence of(List<Agency> agencies, ProvinceTally tallies, Period period, boolean leaveOut) {
    return new Existence(agencies, tallies, period, leaveOut);
  }

  /** The agencies judged, in the order given. */
  List<Agency> judged() {
    return judged;
  }

  /**
   * At most three warnings: agencies that did not exist during the period (left out or not), those
   * with figures in it all the same, and those that existed during part of it only.
   */
  List<String> warnings() {
    return warnings;
  }

  /** Whether a counter of the period (not merely one accounting for dossiers read) is above 0. */
  private static boolean hasFigures(Tally tally) {
    return tally.counters().values().stream()
        .anyMatch(c -> !ACCOUNTING.contains(c.id()) && tally.get(c) > 0);
  }

  private static String list(List<Agency> agencies) {
    return agencies.stream()
        .map(a -> a.code() + " (valid " + a.validityText() + ")")
        .collect(Collectors.joining(", "));
  }
}
