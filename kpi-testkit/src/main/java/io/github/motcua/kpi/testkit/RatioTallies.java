package io.github.motcua.kpi.testkit;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Tally;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the tally on which an indicator has a given exact ratio {@code n/d}, respecting every "of
 * those" bound.
 *
 * <p>The denominator goes to the indicator's first denominator counter ({@code split}) and second
 * ({@code d − split}), the others 0. The numerator is handed out greedily: first to numerator
 * counters bounded by a denominator counter (at most what that counter has left), then to the
 * others. Where only some denominator counters bound the numerator ({@code
 * on-time.including-open-overdue}: on time ≤ finished, not the open overdue dossiers) and they
 * cannot hold {@code n}, the shortfall is moved to them from the others, the sum still {@code d}.
 * Raising {@code n} with the same {@code d} and split never lowers a numerator counter, so the laws
 * compare tallies on which the indicator differs only by the raised numerator.
 */
final class RatioTallies {
  private RatioTallies() {}

  /** The counters {@code indicators} read. */
  static Set<Counter> counters(Collection<Indicator> indicators) {
    Set<Counter> out = new LinkedHashSet<>();
    for (Indicator i : indicators) {
      out.addAll(i.numeratorCounters());
      out.addAll(i.denominatorCounters());
    }
    return out;
  }

  /**
   * Moves denominator counts to the counters that bound numerator counters when these cannot hold
   * {@code n} and no numerator counter is unbounded.
   */
  private static void makeRoom(List<Counter> den, List<Counter> num, long[] room, long n) {
    boolean[] bounding = new boolean[den.size()];
    for (Counter c : num) {
      int whole = c.whole().map(den::indexOf).orElse(-1);
      if (whole < 0) {
        return;
      }
      bounding[whole] = true;
    }
    long capacity = 0;
    int target = -1;
    for (int i = 0; i < den.size(); i++) {
      if (bounding[i]) {
        capacity += room[i];
        target = target < 0 ? i : target;
      }
    }
    for (int i = 0; i < den.size() && capacity < n && target >= 0; i++) {
      if (!bounding[i]) {
        long moved = Math.min(room[i], n - capacity);
        room[i] -= moved;
        room[target] += moved;
        capacity += moved;
      }
    }
  }

  /**
   * The tally on which {@code indicator} is {@code n/d}, with {@code split} of {@code d} on the
   * first denominator counter.
   *
   * @throws IllegalArgumentException if the indicator's counters cannot carry {@code n/d} (a
   *     numerator counter that is also a denominator counter, or the whole of one)
   */
  static Tally realise(Indicator indicator, long n, long d, long split) {
    List<Counter> den = indicator.denominatorCounters();
    List<Counter> num = indicator.numeratorCounters();
    Tally.Builder b = Tally.builder();
    long[] room = new long[den.size()];
    for (int i = 0; i < den.size(); i++) {
      room[i] = i == 0 ? (den.size() == 1 ? d : split) : (i == 1 ? d - split : 0);
      b.set(den.get(i), room[i]);
    }
    makeRoom(den, num, room, n);
    for (int i = 0; i < den.size(); i++) {
      b.set(den.get(i), room[i]);
    }
    long left = n;
    long[] given = new long[num.size()];
    for (int j = 0; j < num.size(); j++) {
      int whole = num.get(j).whole().map(den::indexOf).orElse(-1);
      if (whole >= 0) {
        given[j] = Math.min(left, room[whole]);
        room[whole] -= given[j];
        left -= given[j];
      }
    }
    for (int j = 0; j < num.size() && left > 0; j++) {
      int whole = num.get(j).whole().map(den::indexOf).orElse(-1);
      if (whole < 0) {
        given[j] = left;
        left = 0;
      }
    }
    if (left > 0) {
      throw new IllegalArgumentException(
          "the test kit cannot build a tally on which indicator "
              + indicator
              + " is "
              + n
              + "/"
              + d
              + ": its numerator counters "
              + num
              + " are bounded by denominator counters "
              + den
              + " that cannot hold them");
    }
    for (int j = 0; j < num.size(); j++) {
      b.set(num.get(j), given[j]);
    }
    return b.build();
  }
}
