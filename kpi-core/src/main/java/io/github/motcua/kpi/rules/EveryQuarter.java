package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * A due date every quarter, named by day {@link #day()} of the quarter's month {@link
 * #monthOfQuarter()} and worded {@link DueWording#ON_DAY} ({@link #of}: due on that day) or {@link
 * DueWording#BEFORE_DAY} ({@link #before}: «trước ngày 15 tháng cuối quý» is due on the 14th).
 */
@Value.Immutable
public abstract class EveryQuarter implements Schedule {
  EveryQuarter() {}

  /** The month within the quarter, 1 to 3 (3 = the last month: March, June, September, December). */
  @Value.Parameter
  public abstract int monthOfQuarter();

  /** The day of that month the text names, 1 to 28 (2 to 28 for «trước ngày»). */
  @Value.Parameter
  public abstract int day();

  @Value.Parameter
  @Override
  public abstract DueWording wording();

  /** Due on {@code day} of month {@code monthOfQuarter} of every quarter. */
  public static EveryQuarter of(int monthOfQuarter, int day) {
    return ImmutableEveryQuarter.of(monthOfQuarter, day, DueWording.ON_DAY);
  }

  /**
   * «Trước ngày {@code day}» of month {@code monthOfQuarter} of every quarter: due the day before
   * (strict reading), or on it (inclusive reading).
   */
  public static EveryQuarter before(int monthOfQuarter, int day) {
    return ImmutableEveryQuarter.of(monthOfQuarter, day, DueWording.BEFORE_DAY);
  }

  /** The day of the month a task is due under {@code reading}. */
  public int dueDay(BeforeDayReading reading) {
    return wording() == DueWording.BEFORE_DAY && reading == BeforeDayReading.STRICT ? day() - 1 : day();
  }

  @Override
  public List<LocalDate> dueDates(Period period) {
    List<LocalDate> out = new ArrayList<>();
    YearMonth first = YearMonth.from(period.start()).withMonth(1);
    YearMonth last = YearMonth.from(period.end());
    for (YearMonth m = first.plusMonths(monthOfQuarter() - 1L); !m.isAfter(last); m = m.plusMonths(3)) {
      LocalDate due = m.atDay(dueDay(BeforeDayReading.STRICT));
      if (period.contains(due)) {
        out.add(due);
      }
    }
    return out;
  }

  @Override
  public boolean recurring() {
    return true;
  }

  @Override
  public String describe() {
    String dates =
        IntStream.range(0, 4)
            .mapToObj(q -> String.format("%02d/%02d", dueDay(BeforeDayReading.STRICT), q * 3 + monthOfQuarter()))
            .collect(Collectors.joining(", "));
    String month = monthOfQuarter() == 3 ? "the quarter's last month" : "month " + monthOfQuarter() + " of the quarter";
    return wording() == DueWording.BEFORE_DAY
        ? "every quarter, due " + dates + " («trước ngày " + day() + "» of " + month
            + ", read strictly: the day before; inclusive reading: day " + day() + ")"
        : "every quarter, due " + dates + " (day " + day() + " of " + month + ")";
  }

  @Value.Check
  void check() {
    checkArgument(
        monthOfQuarter() >= 1 && monthOfQuarter() <= 3,
        "month of quarter must be 1 to 3, got %s",
        monthOfQuarter());
    checkArgument(day() >= 1 && day() <= 28, "day must be 1 to 28, got %s", day());
    checkArgument(
        wording() != DueWording.WITHIN_MONTH, "a quarterly due date is worded by day, not «trong tháng»");
    checkArgument(
        wording() != DueWording.BEFORE_DAY || day() >= 2,
        "«trước ngày 1» names the previous month's last day: write it as that day");
  }
}
