package io.github.motcua.kpi.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Working-time arithmetic over the sessions of each day: where the clock starts, how much working
 * time lies between two instants, and which instant a working time ends at — optionally with the
 * clock stopped during some intervals (supplement waits).
 */
final class WorkingClock {
  /** An interval {@code [from, to)}. */
  record Span(LocalDateTime from, LocalDateTime to) {}

  private final Function<LocalDate, List<Session>> sessionsOn;

  WorkingClock(Function<LocalDate, List<Session>> sessionsOn) {
    this.sessionsOn = sessionsOn;
  }

  /** The first instant at or after {@code t} within a session: {@code t} itself inside one. */
  LocalDateTime start(LocalDateTime t) {
    for (LocalDate d = t.toLocalDate(); ; d = d.plusDays(1)) {
      for (Session s : sessionsOn.apply(d)) {
        LocalDateTime end = d.atTime(s.end());
        if (t.isBefore(end)) {
          return max(t, d.atTime(s.start()));
        }
      }
    }
  }

  /** The first day after {@code day} with a session. */
  LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (sessionsOn.apply(d).isEmpty()) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The end of the last session of {@code day}, which must have one. */
  LocalDateTime endOfDay(LocalDate day) {
    List<Session> s = sessionsOn.apply(day);
    return day.atTime(s.get(s.size() - 1).end());
  }

  /** The working time in {@code [from, to)}, outside {@code stops}; zero if {@code to} is not after {@code from}. */
  Duration between(LocalDateTime from, LocalDateTime to, List<Span> stops) {
    Duration total = Duration.ZERO;
    if (!from.isBefore(to)) {
      return total;
    }
    for (LocalDate d = from.toLocalDate(); !d.isAfter(to.toLocalDate()); d = d.plusDays(1)) {
      for (Span p : pieces(d, stops)) {
        LocalDateTime a = max(p.from(), from);
        LocalDateTime b = p.to().isAfter(to) ? to : p.to();
        if (a.isBefore(b)) {
          total = total.plus(Duration.between(a, b));
        }
      }
    }
    return total;
  }

  /**
   * The instant at which {@code amount} of working time, counted from {@code from} outside {@code
   * stops}, is used up: within a session, or at the end of one when the amount ends exactly there.
   */
  LocalDateTime plus(LocalDateTime from, Duration amount, List<Span> stops) {
    if (amount.isZero()) {
      return from;
    }
    Duration left = amount;
    for (LocalDate d = from.toLocalDate(); ; d = d.plusDays(1)) {
      for (Span p : pieces(d, stops)) {
        LocalDateTime a = max(p.from(), from);
        if (!a.isBefore(p.to())) {
          continue;
        }
        Duration length = Duration.between(a, p.to());
        if (left.compareTo(length) <= 0) {
          return a.plus(left);
        }
        left = left.minus(length);
      }
    }
  }

  /** The sessions of {@code day} as intervals, less the parts inside {@code stops} (sorted, merged). */
  private List<Span> pieces(LocalDate day, List<Span> stops) {
    List<Span> out = new ArrayList<>();
    for (Session s : sessionsOn.apply(day)) {
      LocalDateTime a = day.atTime(s.start());
      LocalDateTime b = day.atTime(s.end());
      for (Span w : stops) {
        if (!w.to().isAfter(a)) {
          continue;
        }
        if (!w.from().isBefore(b)) {
          break;
        }
        if (w.from().isAfter(a)) {
          out.add(new Span(a, w.from()));
        }
        a = max(a, w.to());
        if (!a.isBefore(b)) {
          break;
        }
      }
      if (a.isBefore(b)) {
        out.add(new Span(a, b));
      }
    }
    return out;
  }

  /** {@code spans} sorted and merged where they overlap or touch. */
  static List<Span> merge(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparing(Span::from));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!s.from().isBefore(s.to())) {
        continue;
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !s.from().isAfter(last.to())) {
        out.set(out.size() - 1, new Span(last.from(), max(last.to(), s.to())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}
