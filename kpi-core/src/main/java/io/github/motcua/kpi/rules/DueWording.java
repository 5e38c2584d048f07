package io.github.motcua.kpi.rules;

/**
 * How a directive words a due date (thời hạn), which decides the day a task is due:
 *
 * <ul>
 *   <li>{@link #ON_DAY} — a date given alone, «đến ngày X», «chậm nhất ngày X»: due on X;
 *   <li>{@link #BEFORE_DAY} — «trước ngày X» ("before day X"): due on the day before X, as the words
 *       say; on X itself under the {@linkplain BeforeDayReading#INCLUSIVE inclusive reading}, an
 *       evaluation option for a province whose practice differs;
 *   <li>{@link #WITHIN_MONTH} — «trong tháng 10/2018» ("within October 2018"): due on the month's
 *       last day.
 * </ul>
 */
public enum DueWording {
  /** A date given alone («đến ngày X», «chậm nhất ngày X»): due on X. */
  ON_DAY,
  /** «Trước ngày X»: due the day before X (strict reading), or on X (inclusive reading). */
  BEFORE_DAY,
  /** «Trong tháng M/YYYY»: due on the last day of the month. */
  WITHIN_MONTH
}
