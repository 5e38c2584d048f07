package io.github.motcua.kpi.io.directive;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period in the shortest text {@link Period#parse} reads back: {@code 2020}, {@code 2023-H1},
 * {@code 2020-Q1}, {@code 2020-03}, else {@code 2020-01-05..2020-02-04}.
 */
final class PeriodText {
  private PeriodText() {}

  static String of(Period p) {
    LocalDate start = p.start();
    int y = start.getYear();
    if (p.equals(Period.year(y))) {
      return Integer.toString(y);
    }
    for (int h = 1; h <= 2; h++) {
      if (p.equals(Period.half(y, h))) {
        return y + "-H" + h;
      }
    }
    for (int q = 1; q <= 4; q++) {
      if (p.equals(Period.quarter(y, q))) {
        return y + "-Q" + q;
      }
    }
    if (p.equals(Period.month(y, start.getMonthValue()))) {
      return YearMonth.from(start).toString();
    }
    return p.toString();
  }
}
