package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.model.Period;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/** A one-off due date. */
@Value.Immutable
public abstract class OnDate implements Schedule {

  /** The due date: done on this date is on time. */
  @Value.Parameter
  public abstract LocalDate date();

  /** Due on {@code date}. */
  public static OnDate of(LocalDate date) {
    return ImmutableOnDate.of(date);
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
    return "by " + date();
  }
}
