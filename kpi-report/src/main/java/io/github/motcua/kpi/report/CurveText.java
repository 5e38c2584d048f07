package io.github.motcua.kpi.report;

import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.rules.FixedCurve;
import io.github.motcua.kpi.rules.LinearCurve;
import io.github.motcua.kpi.rules.PointsRounding;
import io.github.motcua.kpi.rules.ProportionalCurve;
import io.github.motcua.kpi.rules.ScoringCurve;
import java.math.BigDecimal;

/**
 * A scoring curve (thang điểm) in a few words, where a target would stand in a table: {@code ≥ 20 %
 * → 1; 10–20 % → tỷ lệ/20 %; < 10 % → 0} for QT-1501's, {@code LIN(6); 0/0 → 0} or {@code CAP(2, 80
 * %); 0/0 → không điểm} for QĐ 766's (its own notation). The full description is in the table of
 * requirements.
 */
final class CurveText {
  private CurveText() {}

  static String of(ScoringCurve curve, Lang lang) {
    if (curve instanceof ProportionalCurve c) {
      String max = number(c.maximum(), lang);
      return (c.isLinear() ? "LIN(" + max + ")" : "CAP(" + max + ", " + percent(c.fullAt(), lang) + " %)")
          + "; 0/0 → " + c.noValuePoints().map(p -> number(p, lang)).orElse(lang.pick("không điểm", "none"))
          + (c.rounding() == PointsRounding.PERCENT_FIRST_BINARY
              ? lang.pick("; làm tròn như cổng quốc gia", "; the portal's rounding")
              : "");
    }
    if (curve instanceof FixedCurve) {
      return lang.pick("luôn ", "always ") + number(curve.maximum(), lang);
    }
    if (!(curve instanceof LinearCurve)) {
      return curve.describe();
    }
    LinearCurve c = (LinearCurve) curve;
    String target = percent(c.target(), lang);
    String floor = percent(c.floor(), lang);
    String max = number(c.maximum(), lang);
    String times = c.maximum().compareTo(BigDecimal.ONE) == 0 ? "" : max + " × ";
    return "≥ " + target + " % → " + max + "; " + floor + "–" + target + " % → " + times
        + lang.pick("tỷ lệ/", "rate/") + target + " %; < " + floor + " % → 0";
  }

  private static String number(BigDecimal n, Lang lang) {
    return lang.decimal(n.stripTrailingZeros());
  }

  private static String percent(Ratio r, Lang lang) {
    return lang.decimal(new BigDecimal(r.percentText()));
  }
}
