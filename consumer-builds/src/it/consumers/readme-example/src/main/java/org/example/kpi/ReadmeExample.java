package org.example.kpi;

import io.github.motcua.kpi.eval.*;
import io.github.motcua.kpi.model.*;
import io.github.motcua.kpi.rules.*;
import io.github.motcua.kpi.tally.*;
import java.time.LocalDate;
import java.util.Map;

/**
 * The Java example of the project's README ("Use it from Java"), line for line: the imports above,
 * the statements below. ReadmeExampleInSyncTest fails when the two part.
 */
public final class ReadmeExample {
  public static void main(String[] args) {
    Directive qt1501 = Directives.load().get("qt1501");             // found through ServiceLoader
    Tally gioLinh = Tally.builder()
        .set(Counter.LEVEL3_ONLINE, 3).set(Counter.LEVEL3_TOTAL, 26)   // columns (7) and (8)
        .set(Counter.LEVEL4_ONLINE, 0).set(Counter.LEVEL4_TOTAL, 0)    // columns (10) and (11)
        .build();
    Report report = Evaluator.of(qt1501).evaluate(EvaluationInput.builder()
        .period(Period.quarter(2020, 1))
        .asOf(LocalDate.of(2020, 4, 8))
        .addAgencies(Agency.of("QT-D03", "UBND huyện Gio Linh", Tier.DISTRICT))
        .tallies(ProvinceTally.of(Map.of("QT-D03", gioLinh)))
        .build());
    RuleResult points = report.agency("QT-D03").orElseThrow()
        .result("qt1501.online-rate-points").orElseThrow();
    System.out.println(points.percent().orElseThrow() + " % → " + points.points().orElseThrow());
    // 11.54 % → 0.58
    System.out.println(report.toJson());                            // stable field names
  }
}
