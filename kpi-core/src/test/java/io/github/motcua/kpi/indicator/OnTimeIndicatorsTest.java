package io.github.motcua.kpi.indicator;

import static io.github.motcua.kpi.tally.Counter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.motcua.kpi.tally.Tally;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The two on-time indicators: finished only, and with the open overdue dossiers (issue 10, item 4). */
class OnTimeIndicatorsTest {

  @Test
  void openOverdueDossiersCountAgainstTheRateThatIncludesThem() {
    Tally t = Tally.builder().set(FINISHED_TOTAL, 10).set(FINISHED_ON_TIME, 10).set(OVERDUE_TOTAL, 5)
        .set(IN_PROGRESS_OVERDUE, 5).build();
    assertEquals(Optional.of(Ratio.of(10, 10)), Indicator.ON_TIME.ratio(t), "every finished dossier on time");
    assertEquals(Optional.of(Ratio.of(10, 15)), Indicator.ON_TIME_INCLUDING_OPEN_OVERDUE.ratio(t),
        "five open past due count as late");
  }

  @Test
  void theIncludingIndicatorIsStandardAndNeedsBothDenominatorCounters() {
    assertEquals(Indicator.ON_TIME_INCLUDING_OPEN_OVERDUE, Indicator.byId("on-time.including-open-overdue"));
    Tally finishedOnly = Tally.builder().set(FINISHED_TOTAL, 152_243).set(FINISHED_ON_TIME, 151_606).build();
    assertEquals(Optional.empty(), Indicator.ON_TIME_INCLUDING_OPEN_OVERDUE.ratio(finishedOnly), "not reported");
    assertEquals(Optional.of(Ratio.of(151_606, 152_243)), Indicator.ON_TIME.ratio(finishedOnly));
  }
}
