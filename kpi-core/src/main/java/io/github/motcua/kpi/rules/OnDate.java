package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;

/**
 * A one-off due date, from the day the text names and how it words it ({@link DueWording}): «đến
 * ngày X» is due on X ({@link #of}), «trước ngày X» the day before X ({@link #before}), «trong
 * tháng M» on the month's last day ({@link #within}).
 */
@Value.Immutable
public abstract class OnDate implements Schedule {
  OnDate() {}

  /**
   * The day the text names: the due date itself for {@link DueWording#ON_DAY}, X in «trước ngày
   * X», the month's last day for {@link DueWording#WITHIN_MONTH}.
   */
  @Value.Parameter
  public abstract LocalDate day();

  @Value.Parameter
  @Override
  public abstract DueWording wording();

  /** Due on {@code date} («đến ngày», «chậm nhất ngày», or a date given alone). */
  public static OnDate of(LocalDate date) {
    return ImmutableOnDate.of(date, DueWording.ON_DAY);
  }

  /** «Trước ngày {@code day}»: due the day before {@code day} (strict reading), or on it. */
  public static OnDate before(LocalDate day) {
    return ImmutableOnDate.of(day, DueWording.BEFORE_DAY);
  }

  /** «Trong tháng {@code month}»: due on its last day. */
  public static OnDate within(YearMonth month) {
    return ImmutableOnDate.of(month.atEndOfMonth(), DueWording.WITHIN_MONTH);
  }

  /** The due date under the library's ({@linkplain BeforeDayReading#STRICT strict}) reading. */
  public LocalDate date() {
    return due(BeforeDayReading.STRICT);
  }

  /** The due date under {@code reading}: done on this date is on time. */
  public LocalDate due(BeforeDayReading reading) {
    return wording() == DueWording.BEFORE_DAY && reading == BeforeDayReading.STRICT
        ? day().minusDays(1)
        : day();
  }

  @Override
  public List<LocalDate> dueDates(Period period) {
    return List.of(date());
  }

  @Override
  public boolean recurring() {
    return false;
  }

  @Override
  public String describe() {
    switch (wording()) {
      case BEFORE_DAY:
        return "due " + OfficialDate.of(date()) + " («trước ngày " + OfficialDate.of(day())
            + "», read strictly: the day before; inclusive reading: " + OfficialDate.of(day()) + ")";
      case WITHIN_MONTH:
        return "due " + OfficialDate.of(date()) + " («trong tháng " + day().getMonthValue() + "/"
            + day().getYear() + "»: the month's last day)";
      default:
        return "due " + OfficialDate.of(date());
    }
  }

  @Value.Check
  void check() {
    checkArgument(
        wording() != DueWording.WITHIN_MONTH
            || day().equals(YearMonth.from(day()).atEndOfMonth()),
        "a due date «trong tháng» falls on the month's last day, not %s",
        day());
  }
}
