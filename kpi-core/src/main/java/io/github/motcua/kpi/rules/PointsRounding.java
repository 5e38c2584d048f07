package io.github.motcua.kpi.rules;

/**
 * How a scoring curve rounds its points to its scale (làm tròn điểm).
 *
 * <ul>
 *   <li>{@link #EXACT_HALF_UP} — the library's rounding: the points of the exact ratio, rounded half
 *       up once;
 *   <li>{@link #PERCENT_FIRST_BINARY} — the national public-service portal's quirk in its QĐ 766
 *       payment group: the rate is first rounded half up to a percentage with two decimals, the
 *       points are then computed from that percentage in IEEE-754 binary floating point and rounded
 *       to the scale from the double's exact binary value, ties away from zero (JavaScript's {@code
 *       toFixed}). 295/377 is 78.25 %, 6 × 78.25 / 100 = 4.695, held as 4.6950000000000003, printed
 *       4.70 — where the exact ratio gives 4.69496… → 4.69.
 * </ul>
 *
 * <p>A curve that rounds the portal's way keeps the exact figure too ({@link
 * ScoringCurve#exactPoints}), so a report can show both.
 */
public enum PointsRounding {
  /** From the exact ratio, half up, once (the library's rounding). */
  EXACT_HALF_UP,
  /**
   * As the national portal prints QĐ 766's payment group: percentage first (two decimals, half up),
   * then binary floating point, then ties away from zero on the double's exact value.
   */
  PERCENT_FIRST_BINARY
}
