package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.GroupScore;
import io.github.motcua.kpi.eval.PartShortfall;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi evaluate --directive qd766} on the bundled examples: the portal's own quarter counts of
 * four Phú Thọ units (aggregate form), and invented dossiers of three units in the portal's sync
 * format with aggregate figures for what dossiers cannot give (the dossier form, counted by hand in
 * {@code examples/README.md}).
 */
class Qd766CommandTest {

  private static Report run(String... args) {
    Cli.Result r = Cli.real().run(args);
    assertEquals(0, r.status(), r::toString);
    return Report.fromJson(r.out());
  }

  private static String measured(AgencyReport a, String indicator) {
    RuleResult r = a.result("qd766." + indicator).orElseThrow();
    return r.numerator().getAsLong() + "/" + r.denominator().getAsLong();
  }

  private static BigDecimal group(AgencyReport a, String group) {
    return a.group(group).map(GroupScore::points).orElseThrow();
  }

  @Test
  void theAggregateExamplePrintsThePortalsGroupTotalsForTheGroupsItHasCountsOf() {
    Report report = run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--tallies", Cli.examples("qd766-2026-q3-tallies.csv").toString(), "--format", "json");
    // The portal's quarter totals (../shared/golden/index766/group-scores.csv); 3a is not in the
    // file (the portal prints no 3.1–3.3 counts below the province), so it scores nothing here.
    Map<String, List<String>> portal = Map.of(
        "H44.08", List.of("7.96", "14.24", "0", "12.04", "7.73"),
        "H44.101", List.of("7.96", "17.83", "6.63", "8.37", "17.94"),
        "H44.144", List.of("7.96", "18.6", "6.82", "9.86", "18"),
        "H44.156", List.of("7.96", "19.42", "7.1", "9.68", "18"));
    List<String> groups = List.of("transparency", "dvc-progress-tree", "formality-online-payment-tree",
        "dossier-digitized", "handling-satisfaction");
    portal.forEach((unit, totals) -> {
      AgencyReport a = report.agency(unit).orElseThrow();
      for (int i = 0; i < groups.size(); i++) {
        assertEquals(0, new BigDecimal(totals.get(i)).compareTo(group(a, groups.get(i))), unit + " " + groups.get(i));
      }
      assertEquals(new BigDecimal("12.00"), a.group("provide-online-tree").orElseThrow().max());
      assertEquals(0, BigDecimal.ZERO.compareTo(group(a, "provide-online-tree")));
    });
    AgencyReport thanhThuy = report.agency("H44.144").orElseThrow();
    assertEquals(new BigDecimal("61.24"), thanhThuy.points().orElseThrow());
    assertEquals("from-50-to-90", thanhThuy.band().orElseThrow());
    assertEquals("Yếu", report.agency("H44.08").orElseThrow().bandLabel().orElseThrow(), "41.97 points");
    assertEquals(0, new BigDecimal("100").compareTo(
        thanhThuy.groups().stream().map(GroupScore::max).reduce(BigDecimal.ZERO, BigDecimal::add)));
  }

  @Test
  void theDossierExampleGivesTheHandCountedFiguresAndSaysWhereEachCameFrom() {
    Report report = run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--dossiers", Cli.examples("qd766-dossiers.ndjson").toString(),
        "--procedures", Cli.examples("qd766-procedures.csv").toString(),
        "--agencies", Cli.examples("qd766-agencies.csv").toString(),
        "--tallies", Cli.examples("qd766-2026-q3-aggregate.csv").toString(), "--format", "json");
    AgencyReport thanhThuy = report.agency("H44.144").orElseThrow();
    // 01 on time; 02 finished late; 03 late by 23 h but waited 41 h for papers: on time; 04 has no
    // NgayHenTra: due 3 working days after 5 Aug by its procedure, open on 30 Sep: overdue; 05 open,
    // due 15 Oct; 06 not accepted (status 3), not in the cohort
    assertEquals("3/5", measured(thanhThuy, "2.1"));
    assertEquals("2/5", measured(thanhThuy, "3.3"));
    assertEquals("1/2", measured(thanhThuy, "3.6"), "03's fee lines are all 0");
    assertEquals("1/5", measured(thanhThuy, "4.5b"));
    AgencyReport laiDong = report.agency("H44.156").orElseThrow();
    // 07 on time; 08 had two supplement requests: overdue; 09 open, its one request pending since
    // before its due date; 10 withdrawn
    assertEquals("3/4", measured(laiDong, "2.1"));
    assertEquals("3/4", measured(laiDong, "5.4"), "08 is late and rated dissatisfied");
    assertEquals("1/4", measured(laiDong, "4.1"), "07's result paper carries code and link");
    assertEquals("dossiers", laiDong.result("qd766.2.1").orElseThrow().source().orElseThrow());
    assertEquals("tallies", laiDong.result("qd766.5.2").orElseThrow().source().orElseThrow());
    RuleResult onTime = report.agency("H44.08").orElseThrow().result("qd766.2.1").orElseThrow();
    assertEquals(new BigDecimal("10.00"), onTime.shortfall().orElseThrow().lost());
    assertEquals(1, onTime.shortfall().orElseThrow().toGainAPoint().getAsLong());
    PartShortfall land = onTime.shortfall().orElseThrow().parts().get(0);
    assertEquals("procedure", land.kind());
    assertEquals("1.004227", land.code());
    assertEquals(1, land.missing());
  }

  @Test
  void aPooledUnitScoresOnItsUnitsFiguresAndTheComparisonGivesTheChange() {
    Report report = run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--dossiers", Cli.examples("qd766-dossiers.ndjson").toString(),
        "--procedures", Cli.examples("qd766-procedures.csv").toString(),
        "--agencies", Cli.examples("qd766-agencies.csv").toString(),
        "--tallies", Cli.examples("qd766-2026-q3-aggregate.csv").toString(),
        "--previous-tallies", Cli.examples("qd766-2026-q2-aggregate.csv").toString(),
        "--pool", "H44=Phú Thọ (gộp)", "--format", "json");
    AgencyReport pool = report.agency("H44").orElseThrow();
    assertEquals("7/11", measured(pool, "2.1"), "3 + 3 + 1 of 5 + 4 + 2");
    assertEquals("85/160", measured(pool, "3.2"), "online-service instances add up");
    assertTrue(pool.result("qd766.1.1").orElseThrow().numerator().isEmpty(), "procedure counts do not add up");
    List<PartShortfall> units = pool.result("qd766.2.1").orElseThrow().shortfall().orElseThrow().parts().stream()
        .filter(p -> p.kind().equals("unit")).toList();
    assertEquals(List.of("H44.144", "H44.08", "H44.156"), units.stream().map(PartShortfall::code).toList(),
        "each unit's missing on-time dossiers, the costliest first (2, 1, 1; ties by code)");
    assertEquals("2026-04-01..2026-06-30", report.previousPeriod().orElseThrow().toString());
    AgencyReport thanhThuy = report.agency("H44.144").orElseThrow();
    // Q2: 13 on time, 14 late (1/2 → 10 points); Q3 3/5 → 12 points
    assertEquals(new BigDecimal("2.00"), thanhThuy.result("qd766.2.1").orElseThrow().change().orElseThrow());
    assertEquals(thanhThuy.points().orElseThrow().subtract(thanhThuy.previousPoints().orElseThrow()),
        thanhThuy.change().orElseThrow());
  }

  @Test
  void aFigureBothInTheTalliesFileAndCountedFromDossiersIsRefused(@TempDir Path dir) throws Exception {
    Path tallies = Cli.file(dir, "t.csv", "agency,name,tier,progress_on_time,progress_received",
        "H44.144,UBND xã Thanh Thủy,COMMUNE,10,12");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--dossiers", Cli.examples("qd766-dossiers.ndjson").toString(),
        "--procedures", Cli.examples("qd766-procedures.csv").toString(),
        "--agencies", Cli.examples("qd766-agencies.csv").toString(), "--tallies", tallies.toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("progress_on_time") && r.err().contains("H44.144") && r.err().contains("counted from the dossiers"),
        r::toString);
  }

  @Test
  void comparingAggregateFiguresNeedsThePreviousPeriodsFile() {
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--tallies", Cli.examples("qd766-2026-q3-tallies.csv").toString(), "--compare-previous");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("--previous-tallies"), r::toString);
  }

  @Test
  void theTableShowsGroupsBandsAndWhereThePointsGo() {
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--tallies", Cli.examples("qd766-2026-q3-tallies.csv").toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("ĐIỂM THEO NHÓM CHỈ SỐ"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+Công khai, minh bạch \\(transparency\\)\\s+7,96\\s+18,00")), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches(
        "\\d+\\s+UBND xã Thanh Thủy \\(H44\\.144\\)\\s+61,24\\s+100,00\\s+Từ 50 đến dưới 90 điểm")), r.out());
    assertTrue(r.out().contains("ĐIỂM BỊ MẤT Ở ĐÂU"), r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("H44\\.08\\s+qd766\\.1\\.2\\s+0,00\\s+4,00\\s+17\\s+số liệu tổng hợp")), r.out());
    String en = Cli.real().run("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--tallies", Cli.examples("qd766-2026-q3-tallies.csv").toString(), "--lang", "en").out();
    assertTrue(en.contains("POINTS BY GROUP") && en.contains("WHERE THE POINTS GO"), en);
    assertTrue(en.lines().anyMatch(l -> l.matches("H44\\.08\\s+qd766\\.1\\.2\\s+0\\.00\\s+4\\.00\\s+17\\s+tallies")), en);
    assertTrue(Files.exists(Cli.examples("qd766-2026-q3-tallies.csv")));
  }

  private static Cli.Result oneDossier(Path dir, String processingTime, String dossier) {
    Path procedures = Cli.file(dir, "p.csv", "code,name,field,level,processing_time",
        "1.001193,Đăng ký khai sinh,Hộ tịch,4," + processingTime);
    Path agencies = Cli.file(dir, "a.csv", "agency,name,tier", "H44.144,UBND xã Thanh Thủy,COMMUNE");
    Path dossiers = Cli.file(dir, "d.ndjson", dossier);
    return Cli.real().run("evaluate", "--directive", "qd766", "--period", "2026-Q3", "--dossiers", dossiers.toString(),
        "--procedures", procedures.toString(), "--agencies", agencies.toString(), "--format", "json");
  }

  private static final String OPEN_WITHOUT_DUE_DATE =
      "{\"MaHoSo\": \"X1\", \"MaTTHC\": \"1.001193\", \"DonViXuLy\": \"H44.144\", \"KenhThucHien\": 1,"
          + " \"NgayTiepNhan\": \"20260805080000\", \"TrangThaiHoSo\": 4}";

  @Test
  void aMissingDueDateIsDerivedFromTheProceduresLegalTimeThroughTheWorkingCalendar(@TempDir Path dir) {
    // Received Wed 5 Aug 2026 08:00; 3 working days: due mid-August; still open on 30 Sep: overdue.
    Cli.Result derived = oneDossier(dir, "3", OPEN_WITHOUT_DUE_DATE);
    assertEquals(0, derived.status(), derived::toString);
    assertEquals("0/1", measured(Report.fromJson(derived.out()).agency("H44.144").orElseThrow(), "2.1"));
  }

  @Test
  void withoutADueDateOrALegalTimeADossierIsOnTime(@TempDir Path dir) {
    Cli.Result none = oneDossier(dir, "", OPEN_WITHOUT_DUE_DATE);
    assertEquals(0, none.status(), none::toString);
    assertEquals("1/1", measured(Report.fromJson(none.out()).agency("H44.144").orElseThrow(), "2.1"));
  }

  @Test
  void aSupplementSuppliedBeforeItWasRequestedIsBadInputNamingTheField(@TempDir Path dir) {
    Cli.Result r = oneDossier(dir, "3",
        "{\"MaHoSo\": \"X2\", \"MaTTHC\": \"1.001193\", \"DonViXuLy\": \"H44.144\", \"KenhThucHien\": 1,"
            + " \"NgayTiepNhan\": \"20260805080000\", \"TrangThaiHoSo\": 5, \"DanhSachHoSoBoSung\":"
            + " [{\"NgayYeuCauBoSung\": \"20260806080000\", \"NgayBoSung\": \"20260805090000\"}]}");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("DanhSachHoSoBoSung.NgayBoSung") && r.err().contains("X2"), r::toString);
  }

  @Test
  void exportLeavesOutWhatADirectiveFileCannotCarryYetAndSaysSo(@TempDir Path dir) {
    Cli.Result r = Cli.real().run("directives", "--export", dir.resolve("out").toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.err().contains("qd766 is not exported: a directive file has no groups of scores, bands of points,"
        + " a deadline reading by instant, figures that do not add up over units yet"), r::toString);
    assertTrue(Files.exists(dir.resolve("out").resolve("qt2023.yaml")));
    assertTrue(Files.notExists(dir.resolve("out").resolve("qd766.yaml")));
  }

  @Test
  void aDerivedDueDateDoesNotAddTheSupplementWaitTheReadingTakesOffTheEnd(@TempDir Path dir) {
    // Received Mon 3 Aug 2026 08:00, 1 working day: due on 4 Aug. Papers asked for on 3 Aug 09:00,
    // supplied on 5 Aug 09:00 (48 h); finished Fri 7 Aug 09:00: less the wait, 5 Aug 09:00, after
    // its due date: late. Adding the wait to the due date as well would call it on time.
    Cli.Result r = oneDossier(dir, "1",
        "{\"MaHoSo\": \"X3\", \"MaTTHC\": \"1.001193\", \"DonViXuLy\": \"H44.144\", \"KenhThucHien\": 1,"
            + " \"NgayTiepNhan\": \"20260803080000\", \"NgayKetThucXuLy\": \"20260807090000\", \"TrangThaiHoSo\": 9,"
            + " \"DanhSachHoSoBoSung\": [{\"NgayYeuCauBoSung\": \"20260803090000\", \"NgayBoSung\": \"20260805090000\"}]}");
    assertEquals(0, r.status(), r::toString);
    assertEquals("0/1", measured(Report.fromJson(r.out()).agency("H44.144").orElseThrow(), "2.1"));
  }

  @Test
  void rolledUpOverTheAgencyTreeTheProvinceScoresAsThePooledUnitAndNamesItsCostliestPartsOfBothKinds(@TempDir Path dir) {
    Path tree = Cli.file(dir, "tree.csv", "agency,name,tier,parent", "H44,UBND tỉnh Phú Thọ,PROVINCIAL,",
        "H44.08,Sở Giáo dục và Đào tạo - Tỉnh Phú Thọ,PROVINCIAL,H44", "H44.144,UBND xã Thanh Thủy,COMMUNE,H44",
        "H44.156,UBND xã Lai Đồng,COMMUNE,H44");
    List<String> common = List.of("evaluate", "--directive", "qd766", "--period", "2026-Q3",
        "--dossiers", Cli.examples("qd766-dossiers.ndjson").toString(),
        "--procedures", Cli.examples("qd766-procedures.csv").toString(),
        "--tallies", Cli.examples("qd766-2026-q3-aggregate.csv").toString(), "--format", "json");
    List<String> rolled = new java.util.ArrayList<>(common);
    rolled.addAll(List.of("--agencies", tree.toString(), "--roll-up", "province"));
    List<String> pooled = new java.util.ArrayList<>(common);
    pooled.addAll(List.of("--agencies", Cli.examples("qd766-agencies.csv").toString(), "--pool", "H44=UBND tỉnh Phú Thọ"));
    AgencyReport byTree = run(rolled.toArray(String[]::new)).agency("H44").orElseThrow();
    AgencyReport byPool = run(pooled.toArray(String[]::new)).agency("H44").orElseThrow();
    assertEquals(byPool.points(), byTree.points());
    assertEquals(byPool.groups(), byTree.groups());
    List<String> kinds = byTree.result("qd766.2.1").orElseThrow().shortfall().orElseThrow().parts().stream()
        .map(PartShortfall::kind).distinct().toList();
    assertEquals(List.of("procedure", "unit"), kinds);
  }
}
