package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A bound on a duration in whole months, such as a secondment's term (biệt phái): at least {@link
 * #minMonths()} and at most {@link #maxMonths()}; for a merged unit (đơn vị sáp nhập) the minimum
 * may be {@link #mergedUnitMinMonths()} instead.
 *
 * <p>Months are whole calendar months from the start date to the end date ({@code
 * java.time.Period.between(start, end).toTotalMonths()}). A term still running at the evaluation
 * date is judged only against the maximum.
 */
@Value.Immutable
public abstract class DurationRule extends Requirement {

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

  /** A builder. */
  public static ImmutableDurationRule.Builder builder() {
    return ImmutableDurationRule.builder();
  }

  @Value.Check
  protected void checkDuration() {
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
