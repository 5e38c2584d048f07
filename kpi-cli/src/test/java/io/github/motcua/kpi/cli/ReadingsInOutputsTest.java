package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.rules.BeforeDayReading;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readings of issue 10, as every output of {@code evaluate} states them. */
class ReadingsInOutputsTest {
  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private Cli.Result evaluate(String... args) {
    Cli.Result r = cli.run(args);
    assertEquals(0, r.status(), r::toString);
    return r;
  }

  private static String[] with(String[] base, String... more) {
    String[] out = new String[base.length + more.length];
    System.arraycopy(base, 0, out, 0, base.length);
    System.arraycopy(more, 0, out, base.length, more.length);
    return out;
  }

  @Test
  void aReportOnQn07For2018HasNothingOverdueBeforeTheTwentyEighthOfSeptember() {
    Report r = Report.fromJson(evaluate("evaluate", "--directive", "qn07", "--period", "2018", "--agencies",
        Cli.examples("agencies.csv").toString(), "--format", "json").out());
    for (AgencyReport a : r.agencies()) {
      for (RuleResult x : a.results()) {
        if (x.due().isPresent() && x.due().get().isBefore(LocalDate.of(2018, 9, 28))) {
          assertEquals(Verdict.NOT_APPLICABLE, x.verdict(), a.agency() + " " + x);
        }
      }
    }
    List<Verdict> quarterly = r.agency("QT-S03").orElseThrow().results().stream()
        .filter(x -> x.rule().equals("qn07.quarterly-report")).map(RuleResult::verdict).toList();
    assertEquals(List.of(Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE, Verdict.NOT_APPLICABLE, Verdict.OVERDUE), quarterly);
  }

  @Test
  void theInclusiveReadingOfBeforeDayIsAnOptionThatEveryOutputStates() {
    Path tasks = Cli.file(dir, "tasks.csv", "task,agency,done",
        "qn07.district-guidance-desks,QT-D01,2018-10-15", "qn07.quarterly-report@2018-12-14,QT-D01,2018-12-15");
    String[] base = {"evaluate", "--directive", "qn07", "--period", "2018-Q4", "--as-of", "2018-12-31",
        "--agencies", Cli.examples("agencies.csv").toString(), "--tasks", tasks.toString()};
    Report strict = Report.fromJson(evaluate(with(base, "--format", "json")).out());
    AgencyReport haiLang = strict.agency("QT-D01").orElseThrow();
    assertEquals(BeforeDayReading.STRICT, strict.beforeDayReading());
    assertEquals(Verdict.DONE_LATE, haiLang.result("qn07.district-guidance-desks").orElseThrow().verdict(), "done on the 15th");
    assertEquals(Verdict.DONE_LATE, haiLang.result("qn07.quarterly-report").orElseThrow().verdict(), "done on the 15th");

    Report inclusive = Report.fromJson(evaluate(with(base, "--format", "json", "--before-day-reading", "inclusive")).out());
    AgencyReport haiLang2 = inclusive.agency("QT-D01").orElseThrow();
    assertEquals(BeforeDayReading.INCLUSIVE, inclusive.beforeDayReading());
    assertEquals(Verdict.DONE_ON_TIME, haiLang2.result("qn07.district-guidance-desks").orElseThrow().verdict());
    assertEquals(Verdict.DONE_ON_TIME, haiLang2.result("qn07.quarterly-report").orElseThrow().verdict());

    String table = evaluate(with(base, "--before-day-reading", "inclusive")).out();
    assertTrue(table.contains("«Trước ngày X» hiểu là hạn vào chính ngày X (theo lựa chọn khi đánh giá)."), table);
    assertTrue(table.contains("«trước ngày 15/10/2018» read inclusively (evaluation option): due that day"), table);
    assertTrue(table.lines().anyMatch(l -> l.contains("qn07.district-guidance-desks") && l.contains("hạn 15/10/2018; xong 15/10/2018")
        && l.contains("Hoàn thành đúng hạn")), table);
    String english = evaluate(with(base, "--before-day-reading", "inclusive", "--lang", "en")).out();
    assertTrue(english.contains("«Trước ngày X» is read inclusively (evaluation option): due on X."), english);
    String csv = evaluate(with(base, "--before-day-reading", "inclusive", "--format", "csv")).out();
    assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",2018-12-31,INCLUSIVE,")), csv);

    Cli.Result bad = cli.run(with(base, "--before-day-reading", "lenient"));
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(bad.err().contains("--before-day-reading"), bad::toString);
  }

  @Test
  void theDistrictReportOfQt1501CarriesTheThreeRatesAndNoTargetVerdictInJson() {
    Report r = Report.fromJson(evaluate("evaluate", "--directive", "qt1501", "--tallies",
        Cli.examples("quangtri-1501-2020q1-districts.csv").toString(), "--format", "json").out());
    for (AgencyReport a : r.agencies()) {
      List<String> ids = a.indicators().stream().map(i -> i.indicator()).toList();
      assertTrue(ids.containsAll(List.of("online-rate.level3", "online-rate.level4", "online-rate.level3-4")), a.toString());
      RuleResult points = a.result("qt1501.online-rate-points").orElseThrow();
      assertTrue(points.verdict() == Verdict.SCORED || points.verdict() == Verdict.NO_DATA, points.toString());
      assertTrue(a.results().stream().noneMatch(x -> x.verdict() == Verdict.NOT_MET), a.toString());
    }
  }

  @Test
  void twoCodesWithTheSameNameAreAcceptedAndWarnedOfInEveryFormat() {
    Path tallies = Cli.file(dir, "t.csv", "agency,name,tier,level3_online,level3_total,level4_online,level4_total",
        "QT-S14,Sở Xây dựng,PROVINCIAL,1,10,0,0", "QT-S17,Sở Xây dựng,PROVINCIAL,2,10,0,0",
        "QT-S03,Sở Tài nguyên và Môi trường,PROVINCIAL,0,5,0,0");
    String warning = "agencies QT-S14, QT-S17 have the same name 'Sở Xây dựng': if they are one agency listed twice,"
        + " a total over them counts it twice";
    String[] base = {"evaluate", "--directive", "qt1501", "--tallies", tallies.toString()};
    Report json = Report.fromJson(evaluate(with(base, "--format", "json")).out());
    assertEquals(List.of(warning), json.warnings());
    assertEquals(3, json.agencies().size(), "accepted: both codes are in the report");
    String table = evaluate(base).out();
    assertTrue(table.contains("- Lưu ý: " + warning), table);
    assertTrue(evaluate(with(base, "--lang", "en")).out().contains("- Warning: " + warning), "in English");
    String csv = evaluate(with(base, "--format", "csv")).out();
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("warning,qt1501,2020-01-01..2020-03-31,2020-03-31,STRICT,")
        && l.endsWith(",\"" + warning + "\",RECEIVING,")), csv);
  }

  @Test
  void procedureDenominatorsFromDossiersSayWhereTheyComeFromInEveryFormat() throws java.io.IOException {
    // The example catalogue without its rows of offerings (those with an agency).
    Path catalogueOnly = dir.resolve("procedures-without-offerings.csv");
    java.nio.file.Files.write(
        catalogueOnly,
        java.nio.file.Files.readAllLines(Cli.examples("procedures.csv")).stream()
            .filter(l -> !l.contains(",QT-"))
            .toList());
    String[] base = {"evaluate", "--directive", "qn07", "--period", "2023-H1",
        "--dossiers", Cli.examples("national-portal-dossiers.json").toString(),
        "--procedures", catalogueOnly.toString(),
        "--agencies", Cli.examples("agencies.csv").toString()};
    String note = "denominator: the procedures that had a dossier in the period; the catalogue declares no procedures"
        + " offered by QT-S03, so a procedure it offers without a dossier is not counted";
    Report json = Report.fromJson(evaluate(with(base, "--format", "json")).out());
    RuleResult procedures = json.agency("QT-S03").orElseThrow().result("qn07.procedures-with-online-dossiers").orElseThrow();
    assertTrue(procedures.detail().orElseThrow().contains(note), procedures.toString());
    assertFalse(json.agency("QT-S03").orElseThrow().result("qn07.online-rate.level3").orElseThrow().detail().isPresent(),
        "a rate of dossiers needs no such note");
    assertTrue(evaluate(base).out().contains(note), "table");
    assertTrue(evaluate(with(base, "--format", "csv")).out().contains(note), "csv");
    // With the example catalogue's offerings, the denominator is the procedures offered: no note.
    String[] offered = base.clone();
    offered[8] = Cli.examples("procedures.csv").toString();
    Report withOfferings = Report.fromJson(evaluate(with(offered, "--format", "json")).out());
    RuleResult offeredResult =
        withOfferings.agency("QT-S03").orElseThrow().result("qn07.procedures-with-online-dossiers").orElseThrow();
    assertFalse(offeredResult.detail().isPresent(), offeredResult.toString());
    assertEquals(2, offeredResult.denominator().getAsLong(), "two land procedures offered, one without dossiers");

    Path tallies = Cli.file(dir, "t.csv", "agency,name,tier,procedures_total,procedures_level34,procedures_level34_with_online",
        "QT-S03,Sở Tài nguyên và Môi trường,PROVINCIAL,10,8,5");
    Report aggregate = Report.fromJson(evaluate("evaluate", "--directive", "qn07", "--period", "2023",
        "--tallies", tallies.toString(), "--format", "json").out());
    assertEquals(java.util.Optional.empty(),
        aggregate.agency("QT-S03").orElseThrow().result("qn07.procedures-with-online-dossiers").orElseThrow().detail(),
        "aggregate figures carry the procedures offered: nothing to say");
  }

  @Test
  void paymentsOnTheNationalPortalAndThroughAProvincialGatewayBothCountAsPaidOnline() {
    Path dossiers = Cli.file(dir, "p.json",
        "[" + payment("P-1", 1) + "," + payment("P-2", 2) + "," + payment("P-3", 0) + "]");
    Report r = Report.fromJson(evaluate("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Cli.examples("procedures.csv").toString(), "--agencies", Cli.examples("agencies.csv").toString(),
        "--format", "json").out());
    RuleResult payment = r.agency("QT-S07").orElseThrow().result("qt2023.online-payment").orElseThrow();
    assertEquals(2, payment.numerator().getAsLong(), "codes 1 (national portal) and 2 (provincial gateway)");
    assertEquals(3, payment.denominator().getAsLong());
    assertTrue(cli.run("rules", "qt2023").out().contains("(2) both count as paid online, as the national index counts them"));
  }

  private static String payment(String id, int code) {
    return "{\"MaHoSo\":\"" + id + "\",\"MaTTHC\":\"1.001009\",\"DonViXuLy\":\"QT-S07\",\"KenhThucHien\":2,"
        + "\"NgayTiepNhan\":\"20230301080000\",\"NgayHenTra\":\"20230320170000\",\"TrangThaiHoSo\":4,"
        + "\"DuocThanhToanTrucTuyen\":" + code + ",\"DanhSachLePhi\":[{\"TenPhiLePhi\":\"Lệ phí\",\"MucPhi\":100000}]}";
  }
}
