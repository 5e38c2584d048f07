package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.WorkRecord;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.testkit.demo.DemoProvinceRules;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Core values survive {@link KpiJson} write → read unchanged. These run on the class path (the kit
 * is an automatic module, without a descriptor); that core {@code opens} every package of
 * Jackson-bound values to Jackson is checked on the module path, outside core, by the consumer build
 * {@code consumer-builds/src/it/consumers/module-path} (tests inside core do not see a missing
 * {@code opens}).
 */
class KpiJsonRoundTripTest {
  private static final List<String> AGENCIES = List.of("A1", "A2");
  private static final Directive DEMO = new DemoProvinceRules().directives().get(0);

  private static <T> void assertRoundTrip(T value, Class<T> type) {
    String json = KpiJson.write(value);
    assertEquals(value, KpiJson.read(json, type), json);
  }

  @Test
  void agenciesRoundTripWithTheirRoles() {
    qt().forAll(KpiGenerators.agencyLists(List.of("hcc-centre", "ict")))
        .checkAssert(list -> list.forEach(a -> assertRoundTrip(a, Agency.class)));
  }

  @Test
  void proceduresRoundTrip() {
    qt().forAll(KpiGenerators.procedures()).checkAssert(p -> assertRoundTrip(p, Procedure.class));
  }

  @Test
  void dossiersRoundTripWithEveryOptionalDateAndStatus() {
    qt().forAll(
            KpiGenerators.catalogues(AGENCIES)
                .flatMap(c -> KpiGenerators.dossierLists(AGENCIES, c, Period.quarter(2020, 1))))
        .checkAssert(list -> list.forEach(d -> assertRoundTrip(d, Dossier.class)));
  }

  @Test
  void periodsRoundTripAsTheirText() {
    qt().forAll(KpiGenerators.periods())
        .checkAssert(
            p -> {
              assertRoundTrip(p, Period.class);
              assertEquals('"' + p.toString() + '"', KpiJson.write(p).trim());
            });
  }

  @Test
  void ratiosRoundTripUpToLongMax() {
    qt().forAll(KpiGenerators.ratios()).checkAssert(r -> assertRoundTrip(r, Ratio.class));
    assertRoundTrip(Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE), Ratio.class);
  }

  @Test
  void talliesRoundTripWithProcedureCodesAndOverdueFields() {
    qt().forAll(KpiGenerators.tallySplits(withFields("Đất đai")))
        .checkAssert(
            s -> {
              assertRoundTrip(s.whole(), Tally.class);
              assertRoundTrip(s.first(), Tally.class);
            });
    qt().forAll(KpiGenerators.tallies(withFields("Đất đai")))
        .checkAssert(t -> assertRoundTrip(t, Tally.class));
  }

  @Test
  void workRecordsTaskCompletionsAndSecondmentsRoundTrip() {
    assertRoundTrip(WorkRecord.of("A1", false, true), WorkRecord.class);
    assertRoundTrip(WorkRecord.of("A2", true, false), WorkRecord.class);
    assertRoundTrip(
        TaskCompletion.of("demo.quarterly-report@2024-03-14", "A1", LocalDate.of(2024, 3, 14)),
        TaskCompletion.class);
    assertRoundTrip(
        Secondment.builder()
            .official("Nguyễn Văn A")
            .agencyCode("A1")
            .start(LocalDate.of(2023, 1, 1))
            .end(LocalDate.of(2024, 6, 30))
            .mergedUnit(true)
            .build(),
        Secondment.class);
    assertRoundTrip(
        Secondment.builder().official("Trần Thị B").agencyCode("A2").start(LocalDate.of(2024, 2, 1)).build(),
        Secondment.class);
  }

  @Test
  void reportsOfTheEvaluatorRoundTripOnAggregateTallies() {
    qt().withExamples(200)
        .forAll(
            KpiGenerators.provinceCases(
                List.of("hcc-centre"),
                List.of(Period.year(2024), Period.quarter(2024, 1)),
                RatioTallies.counters(DEMO.indicators())))
        .checkAssert(
            c -> {
              Map<String, Tally> tallies = new TreeMap<>();
              c.tallies().forEach((code, split) -> tallies.put(code, split.whole()));
              Report report =
                  Evaluator.of(DEMO)
                      .evaluate(
                          EvaluationInput.builder()
                              .period(c.period())
                              .asOf(c.period().end())
                              .addAllAgencies(c.agencies())
                              .tallies(ProvinceTally.of(tallies))
                              .addTasks(
                                  TaskCompletion.of("demo.quarterly-report@2024-03-14", "A1", LocalDate.of(2024, 3, 14)),
                                  TaskCompletion.of("demo.publish-list", "A1", LocalDate.of(2024, 7, 2)))
                              .inputSummary(InputSummary.of(10, 9, 1))
                              .build());
              assertRoundTrip(report, Report.class);
              assertEquals(report, Report.fromJson(report.toJson()));
            });
  }

  @Test
  void reportsOfTheEvaluatorRoundTripOnTalliesOfDossiers() {
    qt().withExamples(200)
        .forAll(KpiGenerators.dossierCases(List.of("hcc-centre"), List.of(Period.year(2024), Period.quarter(2024, 2))))
        .checkAssert(
            c -> {
              ProvinceTally tallies =
                  Tallies.of(c.period(), c.asOf(), c.catalogue()).dossiers(c.dossiers());
              Report report =
                  Evaluator.of(DEMO)
                      .evaluate(
                          EvaluationInput.builder()
                              .period(c.period())
                              .asOf(c.asOf())
                              .addAllAgencies(c.agencies())
                              .tallies(tallies)
                              .build());
              assertRoundTrip(report, Report.class);
              assertRoundTrip(tallies, ProvinceTally.class);
            });
  }

  /** The standard counters and the overdue dossiers of some fields. */
  private static List<Counter> withFields(String... fields) {
    List<Counter> out = new java.util.ArrayList<>(Counter.standard());
    for (String f : fields) {
      out.add(Counter.overdueInField(f));
    }
    return out;
  }
}
