package org.example.kpi.modular;

import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ProcessingTime;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.WorkRecord;
import io.github.motcua.kpi.report.DirectiveReport;
import io.github.motcua.kpi.report.Format;
import io.github.motcua.kpi.report.Lang;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import io.github.motcua.kpi.testkit.DirectiveLaws;
import io.github.motcua.kpi.testkit.KpiGenerators;
import io.github.motcua.kpi.testkit.LawSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The library used from a named module, every jar on the module path: the modules have the names
 * the README gives (the test kit an automatic module named in its manifest), the rule modules are
 * found through their {@code provides}, JSON of core's values reads back outside core (core
 * {@code opens} each package of values to Jackson), and the test kit's laws run.
 */
public final class ModulePathCheck {
  public static void main(String[] args) {
    require(ModulePathCheck.class.getModule().getName(), "org.example.kpi.modular");
    require(Directives.class.getModule().getName(), "io.github.motcua.kpi.core");
    require(DirectiveLaws.class.getModule().getName(), "io.github.motcua.kpi.testkit");
    require(String.valueOf(DirectiveLaws.class.getModule().getDescriptor().isAutomatic()), "true");

    Directives all = Directives.load();
    require(all.ids().toString(), "[brvt404, qd766, qn07, qt1501, qt2023, tv1239]");
    // named modules ignore META-INF/services: these were found through their provides
    for (String module : List.of("io.github.motcua.kpi.rules.quangninh", "io.github.motcua.kpi.rules.covid",
        "io.github.motcua.kpi.rules.quangtri", "io.github.motcua.kpi.rules.national")) {
      require(String.valueOf(ModuleLayer.boot().findModule(module).map(Module::isNamed).orElse(false)), "true");
    }

    Tally gioLinh =
        Tally.builder()
            .set(Counter.LEVEL3_ONLINE, 3).set(Counter.LEVEL3_TOTAL, 26)
            .set(Counter.LEVEL4_ONLINE, 0).set(Counter.LEVEL4_TOTAL, 0)
            .build();
    Agency agency = Agency.of("QT-D03", "UBND huyện Gio Linh", Tier.DISTRICT);
    EvaluationInput input =
        EvaluationInput.builder()
            .period(Period.quarter(2020, 1))
            .asOf(LocalDate.of(2020, 4, 8))
            .addAgencies(agency)
            .tallies(ProvinceTally.of(Map.of("QT-D03", gioLinh)))
            .build();
    Report report = Evaluator.of(all.get("qt1501")).evaluate(input);
    // the reports, an automatic module reaching fastexcel (named) and opczip (named from its file)
    require(DirectiveReport.class.getModule().getName(), "io.github.motcua.kpi.report");
    require(String.valueOf(DirectiveReport.class.getModule().getDescriptor().isAutomatic()), "true");
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    try {
      DirectiveReport.of(all.get("qt1501"), input, report).write(Format.XLSX, Lang.VI, workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] xlsx = workbook.toByteArray();
    require(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K' ? "a zip" : "not a zip: " + xlsx.length + " bytes", "a zip");
    // the calendar: Tết 2026 (16–20 Feb off) lies inside five working days from Friday 13 Feb
    require(WorkingCalendar.defaults().dueAt(LocalDateTime.of(2026, 2, 13, 10, 0), ProcessingTime.workingDays(5)).toString(),
        "2026-02-27T10:00");
    // one value of each package core opens to Jackson: model, indicator, tally, eval
    roundTrip(agency, Agency.class);
    roundTrip(Period.quarter(2020, 1), Period.class);
    roundTrip(WorkRecord.of("QT-D03", false, true), WorkRecord.class);
    roundTrip(Ratio.of(3, 26), Ratio.class);
    roundTrip(gioLinh, Tally.class);
    roundTrip(ProvinceTally.of(Map.of("QT-D03", gioLinh)), ProvinceTally.class);
    roundTrip(TaskCompletion.of("covid2020.edoc-four-levels", "QT-D03", LocalDate.of(2020, 6, 1)), TaskCompletion.class);
    roundTrip(report, Report.class);
    require(String.valueOf(Report.fromJson(report.toJson()).equals(report)), "true");
    // and generated ones, through the test kit's generators (QuickTheories is read through the kit)
    List<String> codes = List.of("A1", "A2");
    qt().withFixedSeed(20260421).withExamples(50).forAll(KpiGenerators.procedures())
        .checkAssert(p -> roundTrip(p, Procedure.class));
    qt().withFixedSeed(20260421).withExamples(50)
        .forAll(KpiGenerators.catalogues(codes).flatMap(c -> KpiGenerators.dossierLists(codes, c, Period.quarter(2020, 1))))
        .checkAssert(list -> list.forEach(d -> roundTrip(d, Dossier.class)));
    qt().withFixedSeed(20260421).withExamples(50).forAll(KpiGenerators.tallies(Counter.standard()))
        .checkAssert(t -> roundTrip(t, Tally.class));

    for (String id : List.of("qn07", "qt1501", "qt2023")) {
      DirectiveLaws.verify(all.get(id), LawSettings.defaults().withExamples(30));
    }
    System.out.println("module path: " + all.ids() + " found through provides; JSON read back outside core;"
        + " the test kit's laws hold; a workbook written; a due date across Tết");
  }

  private static <T> void roundTrip(T value, Class<T> type) {
    String json = KpiJson.write(value);
    require(String.valueOf(KpiJson.read(json, type).equals(value)), "true");
  }

  private static void require(String actual, String expected) {
    if (!actual.equals(expected)) {
      throw new AssertionError("expected " + expected + ", got " + actual);
    }
  }
}
