package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The counters of one agency over one period (see {@link Counter}), held as primitive longs, each
 * either reported or not: a counter that is not reported is different from a counter that is 0.
 *
 * <p>Tallies form a commutative monoid under {@link #merge}: {@link #empty()} is the identity,
 * merging is associative and commutative, so a province can be tallied in parts, in parallel, or
 * from a stream, with the same result as one pass. Dossier counters add up. Distinct-procedure
 * counters computed from dossiers carry their set of procedure codes and merge by union, so a
 * procedure seen in two parts is counted once.
 *
 * <p>This type is written by hand rather than generated: it is the hot value of bulk computation,
 * an array of longs and a bit mask. It is immutable and validated on {@link Builder#build()}: no
 * counter is negative and no "of those" counter exceeds its whole ({@code level3_online (30)
 * exceeds level3_total (26)}).
 */
public final class Tally {
  private static final Counter[] COUNTERS = Counter.values();
  private static final Tally EMPTY =
      new Tally(new long[COUNTERS.length], 0L, ImmutableSortedMap.of(), ImmutableSortedMap.of());

  private final long[] values;
  private final long reported;
  private final ImmutableSortedMap<Counter, ImmutableSortedSet<String>> procedureSets;
  private final ImmutableSortedMap<String, Long> overdueByField;

  private Tally(
      long[] values,
      long reported,
      ImmutableSortedMap<Counter, ImmutableSortedSet<String>> procedureSets,
      ImmutableSortedMap<String, Long> overdueByField) {
    this.values = values;
    this.reported = reported;
    this.procedureSets = procedureSets;
    this.overdueByField = overdueByField;
  }

  /** The tally with no counter reported: the identity of {@link #merge}. */
  public static Tally empty() {
    return EMPTY;
  }

  /** A builder for aggregate figures: {@code Tally.builder().set(LEVEL3_ONLINE, 3).build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code counter} is reported (a reported 0 is reported). */
  public boolean isReported(Counter counter) {
    return (reported & bit(counter)) != 0;
  }

  /** The counter's value, 0 when it is not reported (see {@link #value}). */
  public long get(Counter counter) {
    return values[counter.ordinal()];
  }

  /** The counter's value, empty when it is not reported. */
  public OptionalLong value(Counter counter) {
    return isReported(counter) ? OptionalLong.of(get(counter)) : OptionalLong.empty();
  }

  /**
   * For a distinct counter computed from dossiers, the procedure codes it counts; empty for
   * aggregate figures, which carry only the count.
   */
  public Optional<SortedSet<String>> procedures(Counter counter) {
    return Optional.ofNullable(procedureSets.get(counter));
  }

  /** Overdue dossiers per field (lĩnh vực), when computed from dossiers. */
  public SortedMap<String, Long> overdueByField() {
    return overdueByField;
  }

  /** Whether no counter is reported. */
  public boolean isEmpty() {
    return reported == 0;
  }

  /**
   * The tally of both parts together: reported counters add up, distinct procedure sets unite.
   *
   * @throws IllegalArgumentException if a distinct counter is reported on both sides and one side
   *     has only an aggregate count (without the procedure codes the union is unknown), or if the
   *     parts report different counters so that the sum breaks an invariant (one part reports
   *     {@code level3_online} 5 and no total, the other {@code level3_total} 3)
   */
  public Tally merge(Tally other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    long[] sum = new long[COUNTERS.length];
    EnumMap<Counter, ImmutableSortedSet<String>> sets = new EnumMap<>(Counter.class);
    for (Counter c : COUNTERS) {
      int i = c.ordinal();
      boolean mine = isReported(c);
      boolean theirs = other.isReported(c);
      if (!c.isDistinct() || !(mine && theirs)) {
        sum[i] = Math.addExact(values[i], other.values[i]);
        ImmutableSortedSet<String> only = mine ? procedureSets.get(c) : other.procedureSets.get(c);
        if (only != null) {
          sets.put(c, only);
        }
        continue;
      }
      ImmutableSortedSet<String> a = procedureSets.get(c);
      ImmutableSortedSet<String> b = other.procedureSets.get(c);
      checkArgument(
          a != null && b != null,
          "cannot merge %s: an aggregate count (%s) carries no procedure codes, so procedures"
              + " counted in both parts cannot be told apart; merge tallies computed from dossiers"
              + " or report the counter once",
          c,
          a == null ? values[i] : other.values[i]);
      ImmutableSortedSet<String> union =
          ImmutableSortedSet.<String>naturalOrder().addAll(a).addAll(b).build();
      sets.put(c, union);
      sum[i] = union.size();
    }
    TreeMap<String, Long> fields = new TreeMap<>(overdueByField);
    other.overdueByField.forEach((k, v) -> fields.merge(k, v, Math::addExact));
    try {
      checkCounters(sum, reported | other.reported, fields);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the parts report different counters, so their merge is inconsistent: " + e.getMessage(), e);
    }
    return new Tally(
        sum,
        reported | other.reported,
        ImmutableSortedMap.copyOf(sets),
        ImmutableSortedMap.copyOf(fields));
  }

  /**
   * The tally as a JSON object: each reported counter by id, then {@code procedures} (distinct
   * counters' codes) and {@code overdue_by_field} where present.
   */
  @JsonValue
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Counter c : COUNTERS) {
      if (isReported(c)) {
        out.put(c.id(), get(c));
      }
    }
    if (!procedureSets.isEmpty()) {
      Map<String, Object> sets = new LinkedHashMap<>();
      procedureSets.forEach((c, codes) -> sets.put(c.id(), List.copyOf(codes)));
      out.put("procedures", sets);
    }
    if (!overdueByField.isEmpty()) {
      out.put("overdue_by_field", overdueByField);
    }
    return out;
  }

  /**
   * The tally from its JSON object (see {@link #toMap()}).
   *
   * @throws IllegalArgumentException naming the key of an unknown counter or a bad value
   */
  @JsonCreator
  public static Tally fromMap(Map<String, Object> map) {
    Builder b = builder();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      if (key.equals("procedures")) {
        asMap(key, value)
            .forEach(
                (id, codes) ->
                    b.procedures(counter(id), asList("procedures." + id, codes)));
      } else if (key.equals("overdue_by_field")) {
        asMap(key, value).forEach((field, n) -> b.overdueInField(field, asLong(field, n)));
      } else {
        b.set(counter(key), asLong(key, value));
      }
    }
    return b.build();
  }

  private static Counter counter(String id) {
    return Counter.byId(id)
        .orElseThrow(() -> new IllegalArgumentException("unknown counter '" + id + "'"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(String key, Object value) {
    checkArgument(value instanceof Map, "'%s' must be an object, got %s", key, value);
    return (Map<String, Object>) value;
  }

  private static List<String> asList(String key, Object value) {
    checkArgument(value instanceof List, "'%s' must be a list of codes, got %s", key, value);
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  private static long asLong(String key, Object value) {
    checkArgument(
        value instanceof Integer || value instanceof Long,
        "'%s' must be a whole number, got %s",
        key,
        value);
    return ((Number) value).longValue();
  }

  /**
   * Checks that no counter is negative, no reported "of those" counter exceeds its reported whole,
   * and the overdue counts per field do not exceed {@code overdue_total}.
   */
  private static void checkCounters(long[] values, long reported, Map<String, Long> fields) {
    for (Counter c : COUNTERS) {
      long v = values[c.ordinal()];
      checkArgument(v >= 0, "negative count for %s (%s)", c, v);
    }
    for (Counter c : COUNTERS) {
      Optional<Counter> whole = c.whole();
      if (whole.isPresent() && (reported & bit(c)) != 0 && (reported & bit(whole.get())) != 0) {
        long part = values[c.ordinal()];
        long all = values[whole.get().ordinal()];
        checkArgument(part <= all, "%s (%s) exceeds %s (%s)", c, part, whole.get(), all);
      }
    }
    if (!fields.isEmpty()) {
      long sum = fields.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
      long overdue = values[Counter.OVERDUE_TOTAL.ordinal()];
      checkArgument(
          (reported & bit(Counter.OVERDUE_TOTAL)) != 0 && sum <= overdue,
          "overdue dossiers by field (%s) exceed overdue_total (%s)",
          sum,
          overdue);
    }
  }

  private static long bit(Counter c) {
    return 1L << c.ordinal();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally
        && reported == ((Tally) o).reported
        && Arrays.equals(values, ((Tally) o).values)
        && procedureSets.equals(((Tally) o).procedureSets)
        && overdueByField.equals(((Tally) o).overdueByField);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(values), reported, procedureSets, overdueByField);
  }

  @Override
  public String toString() {
    return "Tally" + toMap();
  }

  /**
   * Builds a tally from counters. Not thread-safe; {@link #build()} validates and may be called
   * again after further changes.
   */
  public static final class Builder {
    private final long[] values = new long[COUNTERS.length];
    private long reported;
    private final EnumMap<Counter, ImmutableSortedSet<String>> sets = new EnumMap<>(Counter.class);
    private final TreeMap<String, Long> fields = new TreeMap<>();

    private Builder() {}

    /** Reports {@code counter} as {@code value} (a distinct counter then has no procedure codes). */
    public Builder set(Counter counter, long value) {
      values[counter.ordinal()] = value;
      reported |= bit(counter);
      sets.remove(counter);
      return this;
    }

    /** Adds {@code delta} to {@code counter} and reports it. */
    public Builder add(Counter counter, long delta) {
      checkArgument(!counter.isDistinct(), "%s counts distinct procedures: use procedures()", counter);
      values[counter.ordinal()] = Math.addExact(values[counter.ordinal()], delta);
      reported |= bit(counter);
      return this;
    }

    /** Reports a distinct counter as the set of procedure codes it counts. */
    public Builder procedures(Counter counter, Collection<String> codes) {
      checkArgument(counter.isDistinct(), "%s counts dossiers, not procedures", counter);
      ImmutableSortedSet<String> set = ImmutableSortedSet.copyOf(codes);
      values[counter.ordinal()] = set.size();
      reported |= bit(counter);
      sets.put(counter, set);
      return this;
    }

    /** Records {@code count} overdue dossiers in {@code field} (lĩnh vực). */
    public Builder overdueInField(String field, long count) {
      checkArgument(!field.isBlank(), "blank field name for %s overdue dossiers", count);
      checkArgument(count >= 0, "negative overdue count %s for field %s", count, field);
      fields.merge(field, count, Math::addExact);
      return this;
    }

    /**
     * The tally.
     *
     * @throws IllegalArgumentException naming the counter and its value if a counter is negative,
     *     an "of those" counter exceeds its whole, or the overdue counts per field exceed {@code
     *     overdue_total}
     */
    public Tally build() {
      checkCounters(values, reported, fields);
      return new Tally(
          values.clone(), reported, ImmutableSortedMap.copyOf(sets), ImmutableSortedMap.copyOf(fields));
    }
  }
}
