package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalTime;
import org.immutables.value.Value;

/**
 * A working session (buổi làm việc) of a day: from {@link #start()} (included) to {@link #end()}
 * (excluded), such as the morning 07:30–11:30.
 */
@Value.Immutable
public abstract class Session {
  Session() {}

  /** When the session opens. */
  @Value.Parameter
  public abstract LocalTime start();

  /** When it closes. */
  @Value.Parameter
  public abstract LocalTime end();

  /** The session from {@code start} to {@code end}. */
  public static Session of(LocalTime start, LocalTime end) {
    return ImmutableSession.of(start, end);
  }

  /** Parses {@code HH:mm-HH:mm}, e.g. {@code 07:30-11:30}. */
  public static Session parse(String text) {
    String[] parts = text.trim().split("\\s*-\\s*");
    checkArgument(parts.length == 2, "a session is HH:mm-HH:mm, got '%s'", text);
    return of(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
  }

  /** How long the session lasts. */
  public Duration length() {
    return Duration.between(start(), end());
  }

  @Value.Check
  void check() {
    checkArgument(start().isBefore(end()), "session %s must start before it ends", this);
  }

  /** {@code HH:mm-HH:mm}. */
  @Override
  public String toString() {
    return start() + "-" + end();
  }
}
