package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.ScoringCurve;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a score's points go: the points lost, the numerator units that gain a point (found by
 * bisection, the curve being monotone), and per breakdown the parts whose missing units would
 * regain the most points if they all counted.
 */
final class Shortfalls {
  /** The costliest parts a shortfall lists per kind. */
  static final int PARTS = 5;

  private Shortfalls() {}

  static Shortfall of(
      ScoringCurve curve,
      Indicator indicator,
      Optional<Ratio> ratio,
      Optional<BigDecimal> points,
      String agency,
      List<Breakdown> breakdowns) {
    ImmutableShortfall.Builder b =
        Shortfall.builder().lost(curve.maximum().subtract(points.orElse(BigDecimal.ZERO)).max(BigDecimal.ZERO));
    if (ratio.isEmpty() || !ratio.get().hasValue()) {
      return b.build();
    }
    Ratio rate = ratio.get();
    b.toGainAPoint(toGainAPoint(curve, rate));
    for (Breakdown breakdown : breakdowns) {
      b.addAllParts(parts(curve, indicator, rate, agency, breakdown));
    }
    return b.build();
  }

  /**
   * The fewest more numerator units (denominator unchanged) that raise the points by one, or to the
   * maximum when less than one point is left; empty at the maximum.
   */
  static OptionalLong toGainAPoint(ScoringCurve curve, Ratio rate) {
    BigDecimal now = curve.points(rate);
    if (now.compareTo(curve.maximum()) >= 0 || rate.numerator() == rate.denominator()) {
      return OptionalLong.empty();
    }
    BigDecimal goal = now.add(BigDecimal.ONE).min(curve.maximum());
    long lo = 1;
    long hi = rate.denominator() - rate.numerator();
    if (curve.points(Ratio.of(rate.numerator() + hi, rate.denominator())).compareTo(goal) < 0) {
      return OptionalLong.empty();
    }
    while (lo < hi) {
      long mid = lo + (hi - lo) / 2;
      if (curve.points(Ratio.of(rate.numerator() + mid, rate.denominator())).compareTo(goal) >= 0) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return OptionalLong.of(lo);
  }

  private static List<PartShortfall> parts(
      ScoringCurve curve, Indicator indicator, Ratio rate, String agency, Breakdown breakdown) {
    BigDecimal now = curve.points(rate);
    List<PartShortfall> out = new ArrayList<>();
    for (Map.Entry<String, Tally> part : breakdown.partsOf(agency).byAgency().entrySet()) {
      Optional<Ratio> own = indicator.ratio(part.getValue());
      if (own.isEmpty() || own.get().numerator() == own.get().denominator()) {
        continue;
      }
      long missing = own.get().denominator() - own.get().numerator();
      long regained = Math.min(rate.numerator() + missing, rate.denominator());
      BigDecimal gain = curve.points(Ratio.of(regained, rate.denominator())).subtract(now);
      out.add(
          PartShortfall.builder()
              .kind(breakdown.kind())
              .code(part.getKey())
              .name(breakdown.name(part.getKey()))
              .numerator(own.get().numerator())
              .denominator(own.get().denominator())
              .gain(gain)
              .build());
    }
    out.sort(
        Comparator.comparing(PartShortfall::gain, Comparator.reverseOrder())
            .thenComparing(PartShortfall::missing, Comparator.reverseOrder())
            .thenComparing(PartShortfall::code));
    return out.subList(0, Math.min(PARTS, out.size()));
  }
}
