package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** A due date every quarter: day {@link #day()} of the quarter's month {@link #monthOfQuarter()}. */
@Value.Immutable
public abstract class EveryQuarter implements Schedule {

  /** The month within the quarter, 1 to 3 (3 = the last month: March, June, September, December). */
  @Value.Parameter
  public abstract int monthOfQuarter();

  /** The day of that month, 1 to 28. */
  @Value.Parameter
  public abstract int day();

  /** Due on {@code day} of month {@code monthOfQuarter} of every quarter. */
  public static EveryQuarter of(int monthOfQuarter, int day) {
    return ImmutableEveryQuarter.of(monthOfQuarter, day);
  }

  @Override
  public List<LocalDate> dueDates(Period period) {
    List<LocalDate> out = new ArrayList<>();
    YearMonth first = YearMonth.from(period.start()).withMonth(1);
    YearMonth last = YearMonth.from(period.end());
    for (YearMonth m = first.plusMonths(monthOfQuarter() - 1L); !m.isAfter(last); m = m.plusMonths(3)) {
      LocalDate due = m.atDay(day());
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
    return "every quarter, by day " + day() + " of month " + monthOfQuarter() + " of the quarter";
  }

  @Value.Check
  protected void check() {
    checkArgument(
        monthOfQuarter() >= 1 && monthOfQuarter() <= 3,
        "month of quarter must be 1 to 3, got %s",
        monthOfQuarter());
    checkArgument(day() >= 1 && day() <= 28, "day must be 1 to 28, got %s", day());
  }
}
