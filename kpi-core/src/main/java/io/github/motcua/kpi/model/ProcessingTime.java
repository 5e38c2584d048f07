package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A procedure's legal processing time (thời hạn giải quyết): an amount in a {@link Unit}, as the
 * procedure catalogue states it ({@code DonViTinh}) — "05 ngày làm việc", "04 giờ làm việc", "30
 * ngày". An amount of 0 working days is a same-day procedure (giải quyết trong ngày).
 *
 * <p>Turning it into a due date needs a working calendar: see {@link DueDateCalculator}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcessingTime.class)
@JsonDeserialize(as = ImmutableProcessingTime.class)
public abstract class ProcessingTime {
  ProcessingTime() {}

  /** The units a processing time is given in. */
  public enum Unit {
    /** Working days (ngày làm việc): the sessions of the working calendar, 8 hours a day. */
    WORKING_DAYS,
    /** Working hours (giờ làm việc) within the sessions of the working calendar. */
    WORKING_HOURS,
    /** Calendar days (ngày), every day counted. */
    CALENDAR_DAYS,
    /** Calendar days not counting public holidays and days off (ngày, trừ ngày nghỉ lễ). */
    CALENDAR_DAYS_EXCLUDING_HOLIDAYS
  }

  /** The amount, e.g. 5 or 0.5; never negative. */
  @Value.Parameter
  public abstract BigDecimal amount();

  /** The unit of the amount. */
  @Value.Parameter
  public abstract Unit unit();

  /** {@code amount} in {@code unit}. */
  public static ProcessingTime of(BigDecimal amount, Unit unit) {
    return ImmutableProcessingTime.of(amount, unit);
  }

  /** {@code days} working days. */
  public static ProcessingTime workingDays(long days) {
    return of(BigDecimal.valueOf(days), Unit.WORKING_DAYS);
  }

  /** {@code hours} working hours. */
  public static ProcessingTime workingHours(long hours) {
    return of(BigDecimal.valueOf(hours), Unit.WORKING_HOURS);
  }

  /** {@code days} calendar days. */
  public static ProcessingTime calendarDays(long days) {
    return of(BigDecimal.valueOf(days), Unit.CALENDAR_DAYS);
  }

  @Value.Check
  void check() {
    checkArgument(
        amount().signum() >= 0, "processing time must not be negative, got %s %s", amount(), unit());
    checkArgument(
        unit() == Unit.WORKING_DAYS
            || unit() == Unit.WORKING_HOURS
            || amount().stripTrailingZeros().scale() <= 0,
        "processing time in %s must be whole days, got %s",
        unit(),
        amount());
  }

  @Override
  public String toString() {
    return amount().toPlainString() + " " + unit();
  }
}
