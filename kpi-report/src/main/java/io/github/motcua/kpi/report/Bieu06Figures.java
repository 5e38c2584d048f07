package io.github.motcua.kpi.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The figures of one row of Biểu 06, columns (3) to (13), as whole numbers (số hồ sơ TTHC). JSON
 * keys are the columns' {@link Bieu06Column#key() keys}.
 *
 * <p>The form's four checks ({@link #violations()}): (3) = (4) + (5) + (6); (3) = (7) + (11); (7) =
 * (8) + (9) + (10); (11) = (12) + (13).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBieu06Figures.class)
@JsonPropertyOrder({
  "received_total", "received_online", "received_direct_postal", "carried_over", "settled_total",
  "settled_early", "settled_on_time", "settled_late", "in_progress_total", "in_progress_within",
  "in_progress_overdue"
})
public abstract class Bieu06Figures {
  Bieu06Figures() {}

  private static final Bieu06Figures ZERO = of(new EnumMap<>(Bieu06Column.class));

  /** (3) Received to settle: total. */
  @JsonProperty("received_total")
  public abstract long receivedTotal();

  /** (4) Received in the period online. */
  @JsonProperty("received_online")
  public abstract long receivedOnline();

  /** (5) Received in the period at the desk or by post. */
  @JsonProperty("received_direct_postal")
  public abstract long receivedDirectPostal();

  /** (6) Carried over from the previous period. */
  @JsonProperty("carried_over")
  public abstract long carriedOver();

  /** (7) Settled: total. */
  @JsonProperty("settled_total")
  public abstract long settledTotal();

  /** (8) Settled before the due date. */
  @JsonProperty("settled_early")
  public abstract long settledEarly();

  /** (9) Settled on the due date. */
  @JsonProperty("settled_on_time")
  public abstract long settledOnTime();

  /** (10) Settled after the due date. */
  @JsonProperty("settled_late")
  public abstract long settledLate();

  /** (11) In progress at the period's end: total. */
  @JsonProperty("in_progress_total")
  public abstract long inProgressTotal();

  /** (12) In progress, within the deadline. */
  @JsonProperty("in_progress_within")
  public abstract long inProgressWithin();

  /** (13) In progress, past the deadline. */
  @JsonProperty("in_progress_overdue")
  public abstract long inProgressOverdue();

  /** All zeros. */
  public static Bieu06Figures zero() {
    return ZERO;
  }

  /** The figures by column; a column left out is 0. */
  public static Bieu06Figures of(Map<Bieu06Column, Long> values) {
    long[] v = new long[Bieu06Column.values().length];
    values.forEach((c, n) -> v[c.ordinal()] = n);
    return ImmutableBieu06Figures.builder()
        .receivedTotal(v[0])
        .receivedOnline(v[1])
        .receivedDirectPostal(v[2])
        .carriedOver(v[3])
        .settledTotal(v[4])
        .settledEarly(v[5])
        .settledOnTime(v[6])
        .settledLate(v[7])
        .inProgressTotal(v[8])
        .inProgressWithin(v[9])
        .inProgressOverdue(v[10])
        .build();
  }

  /** The figure of {@code column}. */
  public long get(Bieu06Column column) {
    switch (column) {
      case RECEIVED_TOTAL:
        return receivedTotal();
      case RECEIVED_ONLINE:
        return receivedOnline();
      case RECEIVED_DIRECT_POSTAL:
        return receivedDirectPostal();
      case CARRIED_OVER:
        return carriedOver();
      case SETTLED_TOTAL:
        return settledTotal();
      case SETTLED_EARLY:
        return settledEarly();
      case SETTLED_ON_TIME:
        return settledOnTime();
      case SETTLED_LATE:
        return settledLate();
      case IN_PROGRESS_TOTAL:
        return inProgressTotal();
      case IN_PROGRESS_WITHIN:
        return inProgressWithin();
      case IN_PROGRESS_OVERDUE:
      default:
        return inProgressOverdue();
    }
  }

  /** Both rows added column by column. */
  public Bieu06Figures plus(Bieu06Figures other) {
    Map<Bieu06Column, Long> sum = new EnumMap<>(Bieu06Column.class);
    for (Bieu06Column c : Bieu06Column.values()) {
      sum.put(c, Math.addExact(get(c), other.get(c)));
    }
    return of(sum);
  }

  /** Whether every figure is 0. */
  @JsonIgnore
  public boolean isZero() {
    return equals(ZERO);
  }

  /**
   * The form's checks this row breaks, in words ({@code (3) 5 ≠ (7) 2 + (11) 2}); empty when all four
   * hold.
   */
  public List<String> violations() {
    List<String> out = new ArrayList<>();
    check(out, receivedTotal(), "(3)", receivedOnline(), "(4)", receivedDirectPostal(), "(5)", carriedOver(), "(6)");
    check(out, receivedTotal(), "(3)", settledTotal(), "(7)", inProgressTotal(), "(11)");
    check(out, settledTotal(), "(7)", settledEarly(), "(8)", settledOnTime(), "(9)", settledLate(), "(10)");
    check(out, inProgressTotal(), "(11)", inProgressWithin(), "(12)", inProgressOverdue(), "(13)");
    return out;
  }

  private static void check(List<String> out, long total, String name, Object... parts) {
    long sum = 0;
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < parts.length; i += 2) {
      sum += (Long) parts[i];
      words.append(i == 0 ? "" : " + ").append(parts[i + 1]).append(' ').append(parts[i]);
    }
    if (sum != total) {
      out.add(name + " " + total + " ≠ " + words);
    }
  }

  @Value.Check
  void check() {
    for (Bieu06Column c : Bieu06Column.values()) {
      checkArgument(get(c) >= 0, "Biểu 06 column (%s) %s is negative: %s", c.number(), c.key(), get(c));
    }
  }
}
