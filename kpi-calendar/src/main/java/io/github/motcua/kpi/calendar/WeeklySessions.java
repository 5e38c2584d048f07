package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The sessions of a working week, per weekday (lịch làm việc trong tuần). A weekday with no session
 * is not worked; a Saturday with only a morning session is a half day.
 *
 * <p><b>Reading (default), {@link #standard()}:</b> Monday to Friday, 07:30–11:30 and 13:00–17:00
 * (8 hours a day, 40 a week, the public sector's week). An agency that receives dossiers on Saturday
 * mornings (decided locally, per agency: QĐ 127/2007/QĐ-TTg) adds them with {@link
 * #withSaturdayMorning()}.
 */
@Value.Immutable
public abstract class WeeklySessions {
  WeeklySessions() {}

  private static final Session MORNING = Session.of(LocalTime.of(7, 30), LocalTime.of(11, 30));
  private static final Session AFTERNOON = Session.of(LocalTime.of(13, 0), LocalTime.of(17, 0));

  /** The sessions of each weekday that has any, in order of the day. */
  public abstract Map<DayOfWeek, List<Session>> days();

  /** The sessions of {@code days}: each weekday's sessions, in any order, not overlapping. */
  public static WeeklySessions of(Map<DayOfWeek, ? extends List<Session>> days) {
    ImmutableWeeklySessions.Builder b = ImmutableWeeklySessions.builder();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<Session> sessions = days.get(day);
      if (sessions != null && !sessions.isEmpty()) {
        b.putDays(day, ImmutableList.sortedCopyOf((x, y) -> x.start().compareTo(y.start()), sessions));
      }
    }
    return b.build();
  }

  /** Monday to Friday, 07:30–11:30 and 13:00–17:00: the default reading. */
  public static WeeklySessions standard() {
    Map<DayOfWeek, List<Session>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      days.put(d, List.of(MORNING, AFTERNOON));
    }
    return of(days);
  }

  /** These sessions with {@code day}'s replaced by {@code sessions} (none: the day is not worked). */
  public WeeklySessions with(DayOfWeek day, List<Session> sessions) {
    Map<DayOfWeek, List<Session>> days = new EnumMap<>(DayOfWeek.class);
    days.putAll(days());
    days.put(day, sessions);
    return of(days);
  }

  /** These sessions plus Saturday mornings, 07:30–11:30. */
  public WeeklySessions withSaturdayMorning() {
    return with(DayOfWeek.SATURDAY, List.of(MORNING));
  }

  /** The sessions of {@code day}, empty if it is not worked. */
  public List<Session> on(DayOfWeek day) {
    return days().getOrDefault(day, ImmutableList.of());
  }

  /**
   * The sessions of a day worked by the yearly schedule when the week has none on it (a Saturday
   * worked in lieu, làm bù). <b>Reading:</b> the longest weekday of Monday to Friday, the first one
   * if several are as long (the notices make a Saturday worked "a working day").
   */
  public List<Session> regularDay() {
    List<Session> best = ImmutableList.of();
    Duration longest = Duration.ZERO;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getValue() <= DayOfWeek.FRIDAY.getValue() && length(on(d)).compareTo(longest) > 0) {
        best = on(d);
        longest = length(best);
      }
    }
    return best;
  }

  static Duration length(List<Session> sessions) {
    Duration total = Duration.ZERO;
    for (Session s : sessions) {
      total = total.plus(s.length());
    }
    return total;
  }

  @Value.Check
  void check() {
    checkArgument(!days().isEmpty(), "a working week needs at least one session");
    days().forEach(
        (day, sessions) -> {
          for (int i = 1; i < sessions.size(); i++) {
            checkArgument(
                !sessions.get(i).start().isBefore(sessions.get(i - 1).end()),
                "sessions %s and %s of %s overlap",
                sessions.get(i - 1),
                sessions.get(i),
                day);
          }
        });
  }

  /** {@code MONDAY 07:30-11:30 13:00-17:00; …}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    days().forEach(
        (day, sessions) -> {
          if (s.length() > 0) {
            s.append("; ");
          }
          s.append(day);
          sessions.forEach(x -> s.append(' ').append(x));
        });
    return s.toString();
  }
}
