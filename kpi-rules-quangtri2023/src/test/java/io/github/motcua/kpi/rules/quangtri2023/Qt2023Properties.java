package io.github.motcua.kpi.rules.quangtri2023;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of QT-2023's rules. */
class Qt2023Properties {
  private static final Agency AGENCY = Agency.of("A", "Sở Tư pháp", Tier.PROVINCIAL);
  private static final LocalDate AS_OF = LocalDate.of(2030, 1, 1); // after every generated term ends

  @Test
  void aFinishedTermOfWholeMonthsIsWithinBoundsExactlyFromItsMinimumToTwentyFourAndOneDayMoreNotAt24() {
    // start on day 1..28 so start.plusMonths(m) is exactly m whole months later; the term's last
    // day is the day before (whole months, both ends included) or that day (one day more)
    qt().forAll(
            integers().between(0, 59).flatMap(m -> integers().between(1, 28)
                .map(day -> LocalDate.of(2019, 1, day).plusMonths(m))),
            integers().between(1, 36),
            booleans().all(),
            booleans().all())
        .check((start, months, merged, oneDayMore) -> {
          LocalDate last = start.plusMonths(months).minusDays(oneDayMore ? 0 : 1);
          Verdict v =
              Evaluator.of(Qt2023.directive())
                  .evaluate(
                      EvaluationInput.builder()
                          .period(Period.year(2023))
                          .asOf(AS_OF)
                          .addAgencies(AGENCY)
                          .addSecondments(Qt2023DirectiveTest.term("x", "A", start, last, merged))
                          .build())
                  .agency("A").orElseThrow().result(Qt2023.SECONDMENT_TERM).orElseThrow().verdict();
          if (last.isBefore(LocalDate.of(2023, 1, 1))) {
            return v == Verdict.NO_DATA; // ended before the directive: not judged
          }
          int min = merged ? 4 : 6;
          boolean within = months >= min && (months < 24 || months == 24 && !oneDayMore);
          return v == (within ? Verdict.MET : Verdict.NOT_MET);
        });
  }

  @Test
  void aHundredPercentTargetIsMetOnlyWhenNoFinishedDossierIsLateAndNoneOpenPastDue() {
    qt().forAll(
            longs().between(1, 10_000_000_000L)
                .flatMap(d -> longs().between(0, d).map(n -> new long[] {n, d})))
        .check(nd -> {
          Tally tally =
              Tally.builder().set(Counter.FINISHED_TOTAL, nd[1]).set(Counter.FINISHED_ON_TIME, nd[0])
                  .set(Counter.IN_PROGRESS_OVERDUE, 0).build();
          Verdict v =
              Evaluator.of(Qt2023.directive())
                  .evaluate(
                      EvaluationInput.builder()
                          .asOf(AS_OF)
                          .addAgencies(AGENCY)
                          .tallies(ProvinceTally.of(Map.of("A", tally)))
                          .build())
                  .agency("A").orElseThrow().result(Qt2023.ON_TIME).orElseThrow().verdict();
          return v == (nd[0] == nd[1] ? Verdict.MET : Verdict.NOT_MET);
        });
    qt().forAll(longs().between(0, 1_000_000L), longs().between(0, 1_000L))
        .check((finished, open) -> {
          Tally tally =
              Tally.builder().set(Counter.FINISHED_TOTAL, finished).set(Counter.FINISHED_ON_TIME, finished)
                  .set(Counter.IN_PROGRESS_OVERDUE, open).build();
          Verdict v =
              Evaluator.of(Qt2023.directive())
                  .evaluate(
                      EvaluationInput.builder()
                          .asOf(AS_OF)
                          .addAgencies(AGENCY)
                          .tallies(ProvinceTally.of(Map.of("A", tally)))
                          .build())
                  .agency("A").orElseThrow().result(Qt2023.ON_TIME).orElseThrow().verdict();
          Verdict expected = finished + open == 0 ? Verdict.NO_DATA : open == 0 ? Verdict.MET : Verdict.NOT_MET;
          return v == expected;
        });
  }
}
