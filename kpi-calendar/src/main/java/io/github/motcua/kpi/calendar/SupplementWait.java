package io.github.motcua.kpi.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supplement request (yêu cầu bổ sung hồ sơ): the clock of the processing time stops from the
 * request until the applicant supplies the papers, {@code [requested, supplied)}. While the papers
 * are still awaited, {@link #supplied()} is empty.
 */
@Value.Immutable
public abstract class SupplementWait {

  /** When the supplement was requested: the clock stops. */
  @Value.Parameter
  public abstract LocalDateTime requested();

  /** When the papers were supplied: the clock runs again; empty while they are awaited. */
  @Value.Parameter
  public abstract Optional<LocalDateTime> supplied();

  /** A wait from {@code requested} to {@code supplied}. */
  public static SupplementWait of(LocalDateTime requested, LocalDateTime supplied) {
    return ImmutableSupplementWait.of(requested, Optional.of(supplied));
  }

  /** A wait still open: requested at {@code requested}, not yet supplied. */
  public static SupplementWait open(LocalDateTime requested) {
    return ImmutableSupplementWait.of(requested, Optional.empty());
  }

  /** The end of the wait, or {@code at} if it is still open. */
  LocalDateTime endAt(LocalDateTime at) {
    return supplied().orElse(at);
  }

  @Value.Check
  protected void check() {
    checkArgument(
        supplied().map(s -> !s.isBefore(requested())).orElse(true),
        "supplement supplied %s before it was requested %s",
        supplied().orElse(null),
        requested());
  }

  /** {@code [requested, supplied)} or {@code [requested, …)}. */
  @Override
  public String toString() {
    return "[" + requested() + ", " + supplied().map(Object::toString).orElse("…") + ")";
  }
}
