package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.json.KpiJson;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The example province after the reform ({@code examples/province-2025/}: Quảng Ninh, three
 * departments, the district of Cô Tô with three communes up to 30 Jun 2025, three communes from 1
 * Jul 2025) evaluated against {@code qn07} over 2025, in two parts and rolled up to the province,
 * as its README shows.
 */
class Province2025ExampleTest {
  private static final String[] INDICATORS = {"online-rate.level3", "online-rate.level4", "postal.received"};

  private static String[] args(String... more) {
    boolean period = List.of(more).contains("--period");
    List<String> a = new ArrayList<>(List.of("evaluate", "--directive", "qn07"));
    if (!period) {
      a.addAll(List.of("--period", "2025"));
    }
    a.addAll(List.of(
        "--dossiers", Cli.examples("province-2025/dossiers.csv").toString(),
        "--procedures", Cli.examples("province-2025/procedures.csv").toString(),
        "--agencies", Cli.examples("province-2025/agencies.csv").toString(),
        "--tasks", Cli.examples("province-2025/tasks.csv").toString()));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  private static Cli.Result run(String... more) {
    Cli.Result r = Cli.real().run(args(more));
    assertEquals(0, r.status(), r::toString);
    return r;
  }

  private static List<Report> parts(String... more) throws Exception {
    JsonNode array = KpiJson.mapper().readTree(run(more).out());
    assertTrue(array.isArray(), "--split-at-reform writes a JSON array");
    List<Report> out = new ArrayList<>();
    array.forEach(n -> out.add(Report.fromJson(n.toString())));
    return out;
  }

  private static IndicatorValue indicator(AgencyReport a, String id) {
    return a.indicators().stream().filter(i -> i.indicator().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aStraddlingYearsTwoPartsAddUpToItsRollUpToTheProvince() throws Exception {
    List<Report> parts = parts("--split-at-reform", "--roll-up", "province", "--format", "json");
    Report year = Report.fromJson(run("--roll-up", "province", "--format", "json").out());
    assertEquals(List.of("2025-01-01..2025-06-30", "2025-07-01..2025-12-31"),
        parts.stream().map(p -> p.period().toString()).toList());
    AgencyReport before = parts.get(0).agency("QN").orElseThrow();
    AgencyReport after = parts.get(1).agency("QN").orElseThrow();
    AgencyReport whole = year.agency("QN").orElseThrow();
    assertEquals(1, year.agencies().size(), "one line: the province");
    for (String id : INDICATORS) {
      assertEquals(
          indicator(whole, id).numerator().getAsLong(),
          indicator(before, id).numerator().getAsLong() + indicator(after, id).numerator().getAsLong(), id);
      assertEquals(
          indicator(whole, id).denominator().getAsLong(),
          indicator(before, id).denominator().getAsLong() + indicator(after, id).denominator().getAsLong(), id);
    }
    // As the README shows, counted by hand from dossiers.csv.
    assertEquals("0/5", text(indicator(before, "online-rate.level3")));
    assertEquals("2/6", text(indicator(after, "online-rate.level3")));
    assertEquals("6/9", text(indicator(before, "online-rate.level4")));
    assertEquals("7/9", text(indicator(after, "online-rate.level4")), "VNeID dossiers count as online");
    assertEquals("13/18", text(indicator(whole, "online-rate.level4")));
    assertEquals(OptionalInt.of(0), year.rolledUpTo());
  }

  @Test
  void theTwoPartsShowEachStructure() throws Exception {
    List<Report> parts = parts("--split-at-reform", "--format", "json");
    List<String> before = parts.get(0).agencies().stream().map(AgencyReport::agency).sorted().toList();
    List<String> after = parts.get(1).agencies().stream().map(AgencyReport::agency).sorted().toList();
    assertEquals(List.of("QN", "QN-C01", "QN-C02", "QN-C03", "QN-D10", "QN-S01", "QN-S02", "QN-S03"), before);
    assertEquals(List.of("QN", "QN-D10", "QN-S01", "QN-S02", "QN-S03", "QN-X01", "QN-X02", "QN-X03"), after,
        "the district settled in July a dossier it received in June; its communes had nothing left");
    assertTrue(parts.get(1).warnings().stream().anyMatch(w -> w.startsWith(
        "agencies with figures in a period they did not exist in (dossiers they received before it): QN-D10")),
        parts.get(1).warnings().toString());
    assertEquals("0/1", text(indicator(parts.get(1).agency("QN-D10").orElseThrow(), "procedures-with-online-dossiers")));
  }

  @Test
  void rolledUpToLevelOneTheDistrictCarriesItsCommunes() throws Exception {
    Report half = Report.fromJson(run("--period", "2025-H1", "--roll-up", "1", "--format", "json").out());
    AgencyReport district = half.agency("QN-D10").orElseThrow();
    // the district's own 4 dossiers and its communes' 4
    assertEquals(8, indicator(district, "postal.received").denominator().getAsLong());
    assertTrue(half.agency("QN-C01").isEmpty());
  }

  @Test
  void countedUnderTheSettlingAgencyTheDossierReceivedAcrossBoundariesMoves() {
    Report receiving = Report.fromJson(run("--period", "2025-H2", "--format", "json").out());
    Report settling = Report.fromJson(run("--period", "2025-H2", "--count-under", "settling", "--format", "json").out());
    assertEquals(CountedUnder.RECEIVING, receiving.countedUnder());
    assertEquals(CountedUnder.SETTLING, settling.countedUnder());
    // X01-250812-02: received by phường Hạ Long (by its portal code), settled by đặc khu Cô Tô
    assertEquals("2/2", text(indicator(receiving.agency("QN-X01").orElseThrow(), "online-rate.level4")));
    assertEquals("1/1", text(indicator(settling.agency("QN-X01").orElseThrow(), "online-rate.level4")));
    assertEquals("1/1", text(indicator(receiving.agency("QN-X03").orElseThrow(), "online-rate.level4")));
    assertEquals("2/2", text(indicator(settling.agency("QN-X03").orElseThrow(), "online-rate.level4")));
  }

  @Test
  void theTableSaysWhichAgencyDossiersCountUnderAndTheLevelShown() {
    String table = run("--split-at-reform", "--roll-up", "province").out();
    assertTrue(table.contains("Phần 1/2: 01/01/2025–30/06/2025 — trước 01/07/2025 (chính quyền địa phương ba cấp)"), table);
    assertTrue(table.contains("Phần 2/2: 01/07/2025–31/12/2025 — từ 01/07/2025 (chính quyền địa phương hai cấp)"), table);
    assertTrue(table.contains("Hồ sơ được tính cho cơ quan tiếp nhận."), table);
    assertTrue(table.contains("Số liệu gộp lên toàn tỉnh (cấp 0 của cây đơn vị): mỗi dòng cộng số liệu của mọi đơn vị trực thuộc."), table);
    String en = run("--split-at-reform", "--roll-up", "province", "--lang", "en").out();
    assertTrue(en.contains("Part 1/2: 2025-01-01–2025-06-30 — before 1 Jul 2025 (three-tier local government)"), en);
    assertTrue(en.contains("Part 2/2: 2025-07-01–2025-12-31 — from 1 Jul 2025 (two-tier local government)"), en);
    assertTrue(en.contains("Dossiers are counted under the agency that received them."), en);
    String csv = run("--split-at-reform", "--roll-up", "province", "--format", "csv").out();
    assertTrue(csv.lines().skip(1).allMatch(l -> l.endsWith(",RECEIVING,0")), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("result,qn07,2025-07-01..2025-12-31,")), csv);
  }

  @Test
  void aStraddlingPeriodWithoutEitherOptionIsNoted() {
    Cli.Result r = run();
    assertTrue(r.err().contains("kpi: note: the period 2025-01-01..2025-12-31 straddles 1 Jul 2025"), r::toString);
  }

  private static String text(IndicatorValue v) {
    return v.numerator().getAsLong() + "/" + v.denominator().getAsLong();
  }
}
