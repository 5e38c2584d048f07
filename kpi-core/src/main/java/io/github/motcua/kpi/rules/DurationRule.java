package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A bound on a duration in months, such as a secondment's term (biệt phái): at least {@link
 * #minMonths()} and at most {@link #maxMonths()}; for a merged unit (đơn vị sáp nhập) the minimum
 * may be {@link #mergedUnitMinMonths()} instead.
 *
 * <p><b>Reading:</b> a term runs from its first day to its last day, both included, so a term of
 * whole months is that many months: 1 Jan – 30 Jun is 6 months, 1 Jan 2021 – 31 Dec 2022 is 24.
 * Its {@linkplain #length length} is the months and days from the first day to the day after the
 * last ({@code java.time.Period.between(first, last + 1 day)}); it lasts at least {@code m} months
 * when it has {@code m} whole months, and at most {@code m} months when it has fewer than {@code m},
 * or exactly {@code m} and no day more (24 months and 5 days is above 24). A term still running at
 * the evaluation date is judged only against the maximum, as if its last day were that date.
 */
@Value.Immutable
public abstract class DurationRule extends Requirement {
  /** For a rule module's own kind of DurationRule; the library's are built with {@link #builder()}. */
  protected DurationRule() {}

  /** The fewest months a term may last. */
  public abstract int minMonths();

  /** The most months a term may last. */
  public abstract int maxMonths();

  /** The fewest months for a merged unit, where the directive sets one. */
  public abstract OptionalInt mergedUnitMinMonths();

  @Override
  public final Kind kind() {
    return Kind.DURATION;
  }

  /** The minimum for a term, merged unit or not. */
  public int minMonthsFor(boolean mergedUnit) {
    return mergedUnit ? mergedUnitMinMonths().orElse(minMonths()) : minMonths();
  }

  /**
   * The length of a term from {@code first} to {@code last}, both days included: {@code P6M} for 1
   * Jan – 30 Jun.
   */
  public static Period length(LocalDate first, LocalDate last) {
    checkArgument(!last.isBefore(first), "a term cannot end (%s) before it starts (%s)", last, first);
    return Period.between(first, last.plusDays(1));
  }

  /** Whether a term of {@code length} lasts at least the minimum (merged unit or not). */
  public boolean reachesMinimum(Period length, boolean mergedUnit) {
    return length.toTotalMonths() >= minMonthsFor(mergedUnit);
  }

  /** Whether a term of {@code length} lasts at most the maximum: not one day beyond it. */
  public boolean withinMaximum(Period length) {
    long months = length.toTotalMonths();
    return months < maxMonths() || (months == maxMonths() && length.getDays() == 0);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DurationRule} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDurationRule.Builder {}

  @Value.Check
  void checkDuration() {
    checkArgument(minMonths() >= 0, "rule %s: negative minimum %s months", rule(), minMonths());
    checkArgument(
        maxMonths() >= minMonths(),
        "rule %s: maximum %s months is below the minimum %s",
        rule(),
        maxMonths(),
        minMonths());
    mergedUnitMinMonths()
        .ifPresent(
            m ->
                checkArgument(
                    m >= 0 && m <= maxMonths(),
                    "rule %s: merged-unit minimum %s months is outside 0..%s",
                    rule(),
                    m,
                    maxMonths()));
  }
}
