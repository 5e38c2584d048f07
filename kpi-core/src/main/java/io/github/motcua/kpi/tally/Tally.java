package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
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
 * The counters of one agency over one period (see {@link Counter}), each either reported or not: a
 * counter that is not reported is different from a counter that is 0.
 *
 * <p>Tallies form a commutative monoid under {@link #merge}: {@link #empty()} is the identity,
 * merging is associative and commutative, so a province can be tallied in parts, in parallel, or
 * from a stream, with the same result as one pass. Dossier counters add up. Distinct-procedure
 * counters computed from dossiers carry their set of procedure codes and merge by union, so a
 * procedure seen in two parts is counted once.
 *
 * <p>Counters are told apart by their {@link Counter#id() id}. A tally is immutable and validated on
 * {@link Builder#build()}: no counter is negative and no "of those" counter exceeds its whole
 * ({@code level3_online (30) exceeds level3_total (26)}).
 */
public final class Tally {
  private static final Tally EMPTY =
      new Tally(ImmutableSortedMap.of(), ImmutableSortedMap.of(), ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Counter> counters;
  private final ImmutableSortedMap<String, Long> values;
  private final ImmutableSortedMap<String, ImmutableSortedSet<String>> procedureSets;

  private Tally(
      ImmutableSortedMap<String, Counter> counters,
      ImmutableSortedMap<String, Long> values,
      ImmutableSortedMap<String, ImmutableSortedSet<String>> procedureSets) {
    this.counters = counters;
    this.values = values;
    this.procedureSets = procedureSets;
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
    return values.containsKey(counter.id());
  }

  /** The counter's value, 0 when it is not reported (see {@link #value}). */
  public long get(Counter counter) {
    return values.getOrDefault(counter.id(), 0L);
  }

  /** The counter's value, empty when it is not reported. */
  public OptionalLong value(Counter counter) {
    Long v = values.get(counter.id());
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** The reported counters, by id. */
  public SortedMap<String, Counter> counters() {
    return counters;
  }

  /**
   * For a distinct counter computed from dossiers, the procedure codes it counts; empty for
   * aggregate figures, which carry only the count.
   */
  public Optional<SortedSet<String>> procedures(Counter counter) {
    return Optional.ofNullable(procedureSets.get(counter.id()));
  }

  /** Whether no counter is reported. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The tally of both parts together: reported counters add up, distinct procedure sets unite; a
   * counter reported by one part only keeps that part's value (as when dossier counters meet work
   * record counters of the same agency).
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
    Builder b = new Builder();
    b.counters.putAll(other.counters);
    b.counters.putAll(counters);
    b.values.putAll(values);
    b.sets.putAll(procedureSets);
    other.values.forEach(
        (id, theirs) -> {
          Long mine = values.get(id);
          if (mine == null) {
            b.values.put(id, theirs);
            ImmutableSortedSet<String> set = other.procedureSets.get(id);
            if (set != null) {
              b.sets.put(id, set);
            }
            return;
          }
          Counter c = b.counters.get(id);
          if (!c.isDistinct()) {
            b.values.put(id, Math.addExact(mine, theirs));
            return;
          }
          ImmutableSortedSet<String> x = procedureSets.get(id);
          ImmutableSortedSet<String> y = other.procedureSets.get(id);
          checkArgument(
              x != null && y != null,
              "cannot merge %s: an aggregate count (%s) carries no procedure codes, so procedures"
                  + " counted in both parts cannot be told apart; merge tallies computed from"
                  + " dossiers or report the counter once",
              id,
              x == null ? mine : theirs);
          ImmutableSortedSet<String> union =
              ImmutableSortedSet.<String>naturalOrder().addAll(x).addAll(y).build();
          b.sets.put(id, union);
          b.values.put(id, (long) union.size());
        });
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the parts report different counters, so their merge is inconsistent: " + e.getMessage(), e);
    }
  }

  /**
   * The tally as a JSON object: each reported counter by id, then {@code procedures} (distinct
   * counters' codes) where present.
   */
  @JsonValue
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>(values);
    if (!procedureSets.isEmpty()) {
      Map<String, Object> sets = new LinkedHashMap<>();
      procedureSets.forEach((c, codes) -> sets.put(c, List.copyOf(codes)));
      out.put("procedures", sets);
    }
    return out;
  }

  /**
   * The tally from its JSON object (see {@link #toMap()}): ids of standard counters are read as
   * those; another id is read as a {@linkplain Counter#reported reported} figure.
   *
   * @throws IllegalArgumentException naming the key of a bad value
   */
  @JsonCreator
  public static Tally fromMap(Map<String, Object> map) {
    Builder b = builder();
    Object sets = map.get("procedures");
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (!e.getKey().equals("procedures")) {
        b.set(counter(e.getKey(), false), asLong(e.getKey(), e.getValue()));
      }
    }
    if (sets != null) {
      asMap("procedures", sets)
          .forEach((id, codes) -> b.procedures(counter(id, true), asList("procedures." + id, codes)));
    }
    return b.build();
  }

  private static Counter counter(String id, boolean distinct) {
    return Counter.byId(id)
        .orElseGet(
            () ->
                distinct
                    ? Counter.procedures(id, id, Where.all())
                    : Counter.reported(id, id));
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

  @Override
  public boolean equals(Object o) {
    return o instanceof Tally
        && values.equals(((Tally) o).values)
        && procedureSets.equals(((Tally) o).procedureSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, procedureSets);
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
    private final Map<String, Counter> counters = new TreeMap<>();
    private final Map<String, Long> values = new TreeMap<>();
    private final Map<String, ImmutableSortedSet<String>> sets = new TreeMap<>();

    private Builder() {}

    /** Reports {@code counter} as {@code value} (a distinct counter then has no procedure codes). */
    public Builder set(Counter counter, long value) {
      remember(counter);
      values.put(counter.id(), value);
      sets.remove(counter.id());
      return this;
    }

    /** Adds {@code delta} to {@code counter} and reports it. */
    public Builder add(Counter counter, long delta) {
      checkArgument(!counter.isDistinct(), "%s counts distinct procedures: use procedures()", counter);
      remember(counter);
      values.merge(counter.id(), delta, Math::addExact);
      return this;
    }

    /** Reports a distinct counter as the set of procedure codes it counts. */
    public Builder procedures(Counter counter, Collection<String> codes) {
      checkArgument(counter.isDistinct(), "%s counts dossiers, not procedures", counter);
      remember(counter);
      ImmutableSortedSet<String> set = ImmutableSortedSet.copyOf(codes);
      values.put(counter.id(), (long) set.size());
      sets.put(counter.id(), set);
      return this;
    }

    private void remember(Counter counter) {
      Counter known = counters.putIfAbsent(counter.id(), counter);
      checkArgument(
          known == null || known.equals(counter) || !known.isComputed() || !counter.isComputed(),
          "two different counters share the id %s", counter.id());
    }

    /**
     * The tally.
     *
     * @throws IllegalArgumentException naming the counter and its value if a counter is negative
     *     or an "of those" counter exceeds its whole
     */
    public Tally build() {
      values.forEach((id, v) -> checkArgument(v >= 0, "negative count for %s (%s)", id, v));
      for (Counter c : counters.values()) {
        if (c.whole().isPresent()) {
          Long part = values.get(c.id());
          Long all = values.get(c.whole().get().id());
          if (part != null && all != null) {
            checkArgument(part <= all, "%s (%s) exceeds %s (%s)", c.id(), part, c.whole().get().id(), all);
          }
        }
      }
      return new Tally(
          ImmutableSortedMap.copyOf(counters),
          ImmutableSortedMap.copyOf(values),
          ImmutableSortedMap.copyOf(sets));
    }
  }
}
