package io.github.motcua.kpi.bench;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Sets of counters for the benchmark of the cost per counter: the standard counters first, then
 * counters with seeded random conditions on the facts a directive tests (received, finished and
 * returned against the period, status, channel, level, national status, fee, payment, digitised,
 * apology, result by post, due date, and sometimes the field), the same for the same size.
 */
public final class BenchCounters {
  private static final List<Fact> FACTS =
      List.of(
          Fact.RECEIVED, Fact.FINISHED, Fact.RETURNED, Fact.STATUS, Fact.CHANNEL, Fact.LEVEL,
          Fact.NATIONAL_STATUS, Fact.FEE, Fact.PAYMENT, Fact.PAID_ONLINE, Fact.DIGITISED, Fact.APOLOGY,
          Fact.RESULT_BY_POST, Fact.DUE_DATE, Fact.FIELD);

  private BenchCounters() {}

  /** The first {@code n} counters: the computed standard ones, then generated ones. */
  public static List<Counter> first(int n) {
    List<Counter> out = new ArrayList<>();
    for (Counter c : Counter.standard()) {
      if (c.isComputed() && out.size() < n) {
        out.add(c);
      }
    }
    SplittableRandom random = new SplittableRandom(BenchData.SEED);
    for (int i = 0; out.size() < n; i++) {
      Where.Builder w = Where.builder().received(io.github.motcua.kpi.model.When.IN_PERIOD);
      int facts = 1 + random.nextInt(3);
      for (int k = 0; k < facts; k++) {
        Fact f = FACTS.get(random.nextInt(FACTS.size()));
        List<String> values = values(f, random);
        try {
          w.fact(f, values);
        } catch (IllegalArgumentException noValueInCommon) {
          // the same fact twice with no common value: keep the first
        }
      }
      out.add(Counter.dossiers("generated_" + i, "generated counter " + i, w.build()));
    }
    return out;
  }

  private static List<String> values(Fact f, SplittableRandom random) {
    switch (f) {
      case RECEIVED:
      case FINISHED:
      case RETURNED:
        return List.of(List.of("before-period", "in-period", "after-period", "none").get(random.nextInt(4)));
      case STATUS:
        return List.of(List.of("finished", "open", "overdue", "finished-on-time", "in-progress").get(random.nextInt(5)));
      case CHANNEL:
        return List.of(List.of("DIRECT", "ONLINE", "POSTAL", "VNEID").get(random.nextInt(4)));
      case LEVEL:
        return List.of(Integer.toString(2 + random.nextInt(3)));
      case NATIONAL_STATUS:
        return List.of(Integer.toString(1 + random.nextInt(10)));
      case PAYMENT:
        return List.of(List.of("none", "national-portal", "provincial-gateway").get(random.nextInt(3)));
      case FIELD:
        return List.of("Lĩnh vực " + random.nextInt(BenchData.FIELDS));
      default:
        return List.of(Boolean.toString(random.nextBoolean()));
    }
  }
}
