package io.github.motcua.kpi.rules.quangninh;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of QN-07's rules. */
class Qn07Properties {
  private static final DeadlineRule QUARTERLY =
      (DeadlineRule) Qn07.directive().requirement(Qn07.QUARTERLY_REPORT).orElseThrow();

  @Test
  void quarterlyReportsAreDueOnTheFourteenthOfMarchJuneSeptemberAndDecember() {
    qt().forAll(integers().between(2018, 2100))
        .check(year -> QUARTERLY.schedule().dueDates(Period.year(year)).equals(List.of(
            LocalDate.of(year, 3, 14), LocalDate.of(year, 6, 14),
            LocalDate.of(year, 9, 14), LocalDate.of(year, 12, 14))));
  }

  @Test
  void level3TargetIsMetExactlyWhenFiveOnlineReachTwoTotal() {
    // 40 % = 2/5: met iff 5 × online ≥ 2 × total, decided on the counts, never on a rounded percent.
    qt().forAll(
            longs().between(1, 1_000_000_000_000L)
                .flatMap(d -> longs().between(0, d).map(n -> new long[] {n, d})))
        .check(nd -> {
          Tally tally = Tally.builder().set(Counter.LEVEL3_ONLINE, nd[0]).set(Counter.LEVEL3_TOTAL, nd[1]).build();
          Verdict v =
              Evaluator.of(Qn07.directive())
                  .evaluate(
                      EvaluationInput.builder()
                          .period(Period.year(2019))
                          .asOf(LocalDate.of(2020, 1, 10))
                          .addAgencies(Agency.of("D", "UBND huyện", Tier.DISTRICT))
                          .tallies(ProvinceTally.of(Map.of("D", tally)))
                          .build())
                  .agency("D").orElseThrow().result(Qn07.ONLINE_RATE_LEVEL3).orElseThrow().verdict();
          boolean met = BigInteger.valueOf(nd[0]).multiply(BigInteger.valueOf(5))
              .compareTo(BigInteger.valueOf(nd[1]).multiply(BigInteger.TWO)) >= 0;
          return v == (met ? Verdict.MET : Verdict.NOT_MET);
        });
  }
}
