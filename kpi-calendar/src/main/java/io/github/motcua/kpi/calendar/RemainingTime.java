package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * The working time an open dossier has left before its due date, or by which it is overdue:
 * printed in Vietnamese as {@code còn 1 ngày 3 giờ} (left), {@code quá 2 ngày} (overdue) or
 * {@code đến hạn} (due now). Days are working days of {@link #workingDay()} (8 hours by default).
 */
@Value.Immutable
public abstract class RemainingTime implements Comparable<RemainingTime> {
  RemainingTime() {}

  /** The working time left: negative when overdue. */
  @Value.Parameter
  public abstract Duration workingTime();

  /** The length of a working day, to count days. */
  @Value.Parameter
  public abstract Duration workingDay();

  /** {@code workingTime} left (negative: overdue), counted in days of {@code workingDay}. */
  public static RemainingTime of(Duration workingTime, Duration workingDay) {
    return ImmutableRemainingTime.of(workingTime, workingDay);
  }

  /** Whether the due instant has passed. */
  public boolean isOverdue() {
    return workingTime().isNegative();
  }

  /** Whole working days of the time left (or overdue). */
  public long days() {
    return workingTime().abs().toNanos() / workingDay().toNanos();
  }

  /** Whole hours beyond {@link #days()}. */
  public long hours() {
    return rest().toHours();
  }

  /** Whole minutes beyond {@link #hours()}. */
  public long minutes() {
    return rest().toMinutesPart();
  }

  private Duration rest() {
    return workingTime().abs().minus(workingDay().multipliedBy(days()));
  }

  @Override
  public int compareTo(RemainingTime other) {
    return workingTime().compareTo(other.workingTime());
  }

  @Value.Check
  void check() {
    checkArgument(!workingDay().isNegative() && !workingDay().isZero(), "a working day must be positive, got %s", workingDay());
  }

  /** {@code còn 1 ngày 3 giờ}, {@code quá 2 ngày}, {@code còn 30 phút}, {@code đến hạn}. */
  @Override
  public String toString() {
    if (workingTime().isZero()) {
      return "đến hạn";
    }
    StringBuilder s = new StringBuilder(isOverdue() ? "quá" : "còn");
    if (days() > 0) {
      s.append(' ').append(days()).append(" ngày");
    }
    if (hours() > 0) {
      s.append(' ').append(hours()).append(" giờ");
    }
    if (minutes() > 0) {
      s.append(' ').append(minutes()).append(" phút");
    }
    if (days() == 0 && hours() == 0 && minutes() == 0) {
      s.append(" dưới 1 phút");
    }
    return s.toString();
  }
}
