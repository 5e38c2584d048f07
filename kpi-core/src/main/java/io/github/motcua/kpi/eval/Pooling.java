package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Pooling (gộp): the tally of a unit scored on the pooled figures of several units — a province on
 * its own and all its departments' and communes' dossiers, as QĐ 766's portal scores it — rather
 * than on the average of their scores.
 *
 * <p>{@code pool(tallies, units)} is the {@linkplain Tally#merge merge} of the units' tallies:
 * dossier counts add up, distinct-procedure sets unite. A figure that does not add up over units is
 * left out (not reported) rather than summed wrongly: a distinct-procedure count given without its
 * procedure codes (aggregate input), and any counter {@code additive} refuses (a directive knows
 * which of its reported figures count procedures). {@link #withPool} takes such figures of the pooled
 * unit from its own row, where the tallies have one (a province's own count of its procedures).
 *
 * <pre>{@code
 * Tally province = Pooling.pool(byUnit, Set.of("H44", "H44.08", "H44.144"), c -> true);
 * }</pre>
 *
 * <p>The set of units is the caller's. A report rolled up over a tree of agencies ({@link
 * EvaluationInput#rollUpTo()}) pools the same way: a sub-unit's figures that do not add up are left
 * out, the agency shown keeps its own.
 */
public final class Pooling {
  private Pooling() {}

  /**
   * The pooled tally of {@code units} (codes without a tally add nothing): the merge of their
   * tallies, without the counters that do not add up.
   */
  public static Tally pool(ProvinceTally tallies, Collection<String> units, Predicate<Counter> additive) {
    Tally out = Tally.empty();
    for (String unit : Set.copyOf(units)) {
      out = out.merge(additiveOnly(tallies.get(unit), additive));
    }
    return out;
  }

  /**
   * {@code tallies} with the row {@code code} replaced by (or added as) the pool of {@code units};
   * the figures that do not add up come from the row {@code code} had, if any.
   */
  public static ProvinceTally withPool(
      ProvinceTally tallies, String code, Collection<String> units, Predicate<Counter> additive) {
    Tally pooled = pool(tallies, units, additive);
    Tally own = tallies.get(code);
    Tally.Builder b = copy(pooled, c -> true);
    boolean added = false;
    for (Counter c : own.counters().values()) {
      if (!pooled.isReported(c)) {
        added = true;
        put(b, own, c);
      }
    }
    Map<String, Tally> out = new TreeMap<>(tallies.byAgency());
    out.put(code, added ? b.build() : pooled);
    return ProvinceTally.of(out);
  }

  /** {@code tally} without the counters that cannot be pooled. */
  static Tally additiveOnly(Tally tally, Predicate<Counter> additive) {
    Predicate<Counter> poolable =
        c -> additive.test(c) && (!c.isDistinct() || tally.procedures(c).isPresent());
    boolean all = tally.counters().values().stream().allMatch(poolable);
    return all ? tally : copy(tally, poolable).build();
  }

  private static Tally.Builder copy(Tally tally, Predicate<Counter> keep) {
    Tally.Builder b = Tally.builder();
    for (Counter c : tally.counters().values()) {
      if (keep.test(c)) {
        put(b, tally, c);
      }
    }
    return b;
  }

  private static void put(Tally.Builder b, Tally from, Counter c) {
    if (from.procedures(c).isPresent()) {
      b.procedures(c, from.procedures(c).get());
    } else {
      b.set(c, from.get(c));
    }
  }
}
