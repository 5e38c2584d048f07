package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How a dossier's deadline is judged when counting (cách xác định đúng hạn): by date or by instant,
 * and what the applicant's supplement time does.
 *
 * <p>{@link #byDate()} (the default) is how the provincial report forms and OpenCPS count: a dossier
 * finished on its due date is on time whatever the hour; an open dossier is overdue once its due
 * date is before the effective end of the period. {@link #byInstant()} compares instants to the
 * second, as the national QĐ 766 index does ({@code NgayKetThucXuLy ≤ NgayHenTra}); with {@link
 * #subtractSupplementWait()} the time the applicant took to supply requested papers is taken off
 * the processing time, a pending request stops the clock at the instant it was made, and with
 * {@link #overdueAboveSupplements()} more requests than that make the dossier overdue.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadlineReading.class)
@JsonDeserialize(as = ImmutableDeadlineReading.class)
public abstract class DeadlineReading {
  DeadlineReading() {}

  private static final DeadlineReading BY_DATE = ImmutableDeadlineReading.builder().build();

  /** How a time is compared with the due time. */
  public enum Comparison {
    /** Dates: finished on the due date is on time (the report forms). */
    BY_DATE,
    /** Instants, to the second (the national index). */
    BY_INSTANT
  }

  /** How times are compared; by date unless set. */
  @Value.Default
  public Comparison comparison() {
    return Comparison.BY_DATE;
  }

  /** Whether the applicant's supplement time is taken off (by instant only). */
  @Value.Default
  public boolean subtractSupplementWait() {
    return false;
  }

  /** Above this many supplement requests a dossier is overdue, whatever its times (by instant only). */
  public abstract OptionalInt overdueAboveSupplements();

  /** Compare dates (the default). */
  public static DeadlineReading byDate() {
    return BY_DATE;
  }

  /** Compare instants to the second. */
  public static DeadlineReading byInstant() {
    return ImmutableDeadlineReading.builder().comparison(Comparison.BY_INSTANT).build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DeadlineReading} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDeadlineReading.Builder {}

  @Value.Check
  void check() {
    checkArgument(
        comparison() == Comparison.BY_INSTANT
            || !subtractSupplementWait() && overdueAboveSupplements().isEmpty(),
        "supplement readings apply to deadlines compared by instant");
    overdueAboveSupplements()
        .ifPresent(n -> checkArgument(n >= 0, "overdue above %s supplement requests: must be 0 or more", n));
  }
}
