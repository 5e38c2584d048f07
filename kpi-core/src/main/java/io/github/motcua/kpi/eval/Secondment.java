package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One term of an official seconded by an agency to the public administration service centre (cử
 * cán bộ, công chức đến làm việc tại Trung tâm Phục vụ hành chính công).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecondment.class)
@JsonDeserialize(as = ImmutableSecondment.class)
public abstract class Secondment {
  Secondment() {}

  /** Who was seconded (an id or name). */
  public abstract String official();

  /** The seconding agency. */
  public abstract String agencyCode();

  /** The first day of the term. */
  public abstract LocalDate start();

  /**
   * The last day of the term, included (1 Jan – 30 Jun is a 6-month term); empty while it runs.
   */
  public abstract Optional<LocalDate> end();

  /** Whether the agency is a merged unit (đơn vị sáp nhập). */
  @Value.Default
  public boolean mergedUnit() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Secondment} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableSecondment.Builder {}

  @Value.Check
  void check() {
    checkArgument(!official().isBlank(), "secondment of agency %s names no official", agencyCode());
    end()
        .ifPresent(
            e ->
                checkArgument(
                    !e.isBefore(start()),
                    "secondment of %s: end %s is before start %s",
                    official(),
                    e,
                    start()));
  }
}
