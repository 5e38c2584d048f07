package io.github.motcua.kpi.rules.covid2020;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java example of the README, run as written: if it stops compiling or printing 0.58, the README is wrong. */
class ReadmeExampleTest {

  @Test
  void theReadmeExamplePrintsGioLinhsRateAndPoints() {
    Directive qt1501 = Directives.load().get("qt1501");
    Tally gioLinh = Tally.builder()
        .set(Counter.LEVEL3_ONLINE, 3).set(Counter.LEVEL3_TOTAL, 26)
        .set(Counter.LEVEL4_ONLINE, 0).set(Counter.LEVEL4_TOTAL, 0)
        .build();
    Report report = Evaluator.of(qt1501).evaluate(EvaluationInput.builder()
        .period(Period.quarter(2020, 1))
        .asOf(LocalDate.of(2020, 4, 8))
        .addAgencies(Agency.of("QT-D03", "UBND huyện Gio Linh", Tier.DISTRICT))
        .tallies(ProvinceTally.of(Map.of("QT-D03", gioLinh)))
        .build());
    RuleResult points = report.agency("QT-D03").orElseThrow()
        .result("qt1501.online-rate-points").orElseThrow();
    assertEquals("11.54 % → 0.58", points.percent().orElseThrow() + " % → " + points.points().orElseThrow());
    assertTrue(report.toJson().contains("\"rule\" : \"qt1501.online-rate-points\""));
  }
}
