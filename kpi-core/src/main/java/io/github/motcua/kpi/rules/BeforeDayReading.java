package io.github.motcua.kpi.rules;

/**
 * How «trước ngày X» ("before day X") is read when a report is evaluated. The library's reading is
 * {@link #STRICT}, as the words say, the same for every rule; {@link #INCLUSIVE} is an option for a
 * province whose practice counts the named day as on time. Only deadlines worded {@link
 * DueWording#BEFORE_DAY} are affected.
 */
public enum BeforeDayReading {
  /** «Trước ngày 15/10/2018» is due on 14 Oct 2018: done on the 15th is late. The default. */
  STRICT,
  /** «Trước ngày 15/10/2018» is due on 15 Oct 2018: done on the 15th is on time. */
  INCLUSIVE
}
