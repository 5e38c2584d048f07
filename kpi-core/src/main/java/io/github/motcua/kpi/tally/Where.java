package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The condition a counter puts on a dossier (điều kiện đếm): facts and the values each may take —
 * all must hold, and a fact listed with several values holds when it takes any of them — plus,
 * optionally, alternatives of which at least one must hold.
 *
 * <pre>{@code
 * Where onlineOrVneid = Where.builder()
 *     .received(When.IN_PERIOD)
 *     .status("accepted")
 *     .channel(Channel.ONLINE, Channel.VNEID)
 *     .build();
 * }</pre>
 *
 * <p>Values are held in the canonical text of directive files (docs/DIRECTIVE-FILES.md): {@code
 * in-period}, {@code finished-on-time}, {@code ONLINE}, {@code 3}, {@code true}, … A status group
 * ({@code accepted}, {@code finished}, {@code open}, {@code in-progress}, {@code overdue}) is held as
 * the statuses it stands for.
 */
@Value.Immutable(prehash = true, builder = false)
public abstract class Where {
  Where() {}

  private static final Where ALL = ImmutableWhere.of(ImmutableSortedMap.of(), ImmutableList.of());

  /** The conditions, all of which must hold: each fact with the values it may take. */
  @Value.Parameter
  public abstract ImmutableSortedMap<Fact, ImmutableSortedSet<String>> conditions();

  /** Alternatives, one of which must hold besides the conditions; none: no alternative needed. */
  @Value.Parameter
  public abstract ImmutableList<Where> any();

  /** The condition every dossier meets. */
  public static Where all() {
    return ALL;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This condition with {@code fact} restricted to {@code values} too. */
  public Where and(Fact fact, String... values) {
    return builder().from(this).fact(fact, values).build();
  }

  /** Whether no condition is set: every dossier meets it. */
  public boolean isAll() {
    return conditions().isEmpty() && any().isEmpty();
  }

  /** Every fact this condition tests, the alternatives' included. */
  public Set<Fact> facts() {
    Set<Fact> out = EnumSet.noneOf(Fact.class);
    out.addAll(conditions().keySet());
    for (Where w : any()) {
      out.addAll(w.facts());
    }
    return out;
  }

  /**
   * Whether every dossier meeting this condition meets {@code other} too, as far as it can be told
   * from the text of the conditions: each alternative of this one restricts every fact of some
   * alternative of {@code other} to values it allows. (A condition implied only through what a fact
   * means — a dossier in progress overdue has not finished in the period — is not seen; write the
   * whole's conditions into the part.)
   */
  public boolean implies(Where other) {
    List<Map<Fact, Set<String>>> mine = disjuncts();
    List<Map<Fact, Set<String>>> theirs = other.disjuncts();
    for (Map<Fact, Set<String>> a : mine) {
      boolean some = false;
      for (Map<Fact, Set<String>> b : theirs) {
        if (restricts(a, b)) {
          some = true;
          break;
        }
      }
      if (!some) {
        return false;
      }
    }
    return true;
  }

  /** Whether every dossier meeting conjunction {@code a} meets {@code b}, as far as the conditions tell. */
  static boolean restricts(Map<Fact, Set<String>> a, Map<Fact, Set<String>> b) {
    for (Map.Entry<Fact, Set<String>> e : b.entrySet()) {
      Set<String> values = a.get(e.getKey());
      if (values == null || !e.getValue().containsAll(values)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The condition as a disjunction of conjunctions: each map holds, for every fact it tests, the
   * values allowed; a dossier meets the condition iff it meets one of them. An empty conjunction
   * (one that allows no value of a fact) is dropped.
   */
  List<Map<Fact, Set<String>>> disjuncts() {
    Map<Fact, Set<String>> base = new LinkedHashMap<>();
    conditions().forEach((f, v) -> base.put(f, v));
    if (any().isEmpty()) {
      return List.of(base);
    }
    List<Map<Fact, Set<String>>> out = new ArrayList<>();
    for (Where alternative : any()) {
      for (Map<Fact, Set<String>> d : alternative.disjuncts()) {
        Map<Fact, Set<String>> both = new LinkedHashMap<>(base);
        boolean empty = false;
        for (Map.Entry<Fact, Set<String>> e : d.entrySet()) {
          Set<String> prior = both.get(e.getKey());
          Set<String> next =
              prior == null
                  ? e.getValue()
                  : prior.stream().filter(e.getValue()::contains).collect(Collectors.toSet());
          empty |= next.isEmpty();
          both.put(e.getKey(), next);
        }
        if (!empty) {
          out.add(both);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    conditions()
        .forEach(
            (f, v) -> {
              if (s.length() > 1) {
                s.append(", ");
              }
              s.append(f.key()).append(": ").append(v.size() == 1 ? v.first() : v.toString());
            });
    if (!any().isEmpty()) {
      s.append(s.length() > 1 ? ", " : "").append("any: ").append(any());
    }
    return s.append('}').toString();
  }

  @Value.Check
  void check() {
    conditions()
        .forEach(
            (fact, values) -> {
              checkArgument(!values.isEmpty(), "condition on '%s' allows no value", fact.key());
              for (String v : values) {
                checkArgument(
                    FactValues.canonical(fact, v).equals(Set.of(v)),
                    "'%s' is not a canonical value of '%s'",
                    v,
                    fact.key());
              }
            });
  }

  /**
   * Builds a condition; each call adds a fact (or narrows one already given to the values both
   * allow). Values are checked and made canonical as they are added.
   */
  public static final class Builder {
    private final Map<Fact, ImmutableSortedSet<String>> conditions = new LinkedHashMap<>();
    private final List<Where> any = new ArrayList<>();

    private Builder() {}

    /** Starts from {@code where}'s conditions and alternatives. */
    public Builder from(Where where) {
      conditions.putAll(where.conditions());
      any.addAll(where.any());
      return this;
    }

    /**
     * {@code fact} must take one of {@code values} (text as in directive files).
     *
     * @throws IllegalArgumentException naming the fact and a value it does not take
     */
    public Builder fact(Fact fact, String... values) {
      return fact(fact, Arrays.asList(values));
    }

    /**
     * {@code fact} must take one of {@code values} (text as in directive files).
     *
     * @throws IllegalArgumentException naming the fact and a value it does not take
     */
    public Builder fact(Fact fact, Iterable<String> values) {
      ImmutableSortedSet<String> v = FactValues.canonical(fact, values);
      checkArgument(!v.isEmpty(), "condition on '%s' lists no value", fact.key());
      ImmutableSortedSet<String> prior = conditions.get(fact);
      if (prior != null) {
        v = ImmutableSortedSet.copyOf(v.stream().filter(prior::contains).iterator());
        checkArgument(
            !v.isEmpty(), "'%s' is given twice with no value in common (%s)", fact.key(), prior);
      }
      conditions.put(fact, v);
      return this;
    }

    /** The dossier was received {@code when}. */
    public Builder received(When... when) {
      return fact(Fact.RECEIVED, keys(when));
    }

    /** Processing finished {@code when}. */
    public Builder finished(When... when) {
      return fact(Fact.FINISHED, keys(when));
    }

    /** The result was returned {@code when}. */
    public Builder returned(When... when) {
      return fact(Fact.RETURNED, keys(when));
    }

    /** The dossier's status is one of these (statuses or group names). */
    public Builder status(String... statusesOrGroups) {
      return fact(Fact.STATUS, statusesOrGroups);
    }

    /** The dossier's status is one of these. */
    public Builder status(DossierStatus... statuses) {
      return fact(
          Fact.STATUS, Arrays.stream(statuses).map(DossierStatus::key).collect(Collectors.toList()));
    }

    /** The dossier was submitted through one of these channels. */
    public Builder channel(Channel... channels) {
      return fact(Fact.CHANNEL, Arrays.stream(channels).map(Enum::name).collect(Collectors.toList()));
    }

    /** The dossier's service level is one of these (2, 3, 4). */
    public Builder level(int... levels) {
      return fact(
          Fact.LEVEL, Arrays.stream(levels).mapToObj(Integer::toString).collect(Collectors.toList()));
    }

    /** The boolean fact {@code fact} is {@code value}. */
    public Builder flag(Fact fact, boolean value) {
      return fact(fact, Boolean.toString(value));
    }

    /** At least one of {@code alternatives} must hold too. */
    public Builder any(Where... alternatives) {
      checkArgument(alternatives.length > 0, "'any' lists no alternative");
      checkArgument(any.isEmpty(), "'any' is given twice");
      any.addAll(Arrays.asList(alternatives));
      return this;
    }

    /** The condition. */
    public Where build() {
      return ImmutableWhere.of(ImmutableSortedMap.copyOf(conditions), ImmutableList.copyOf(any));
    }

    private static List<String> keys(When... when) {
      return Arrays.stream(when).map(When::key).collect(Collectors.toList());
    }
  }
}
