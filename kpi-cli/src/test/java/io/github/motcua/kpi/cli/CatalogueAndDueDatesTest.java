package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The procedure catalogue per agency (offerings with their own level and processing time) and due
 * dates derived from processing times through the working calendar.
 */
class CatalogueAndDueDatesTest {
  @TempDir Path dir;

  private Path agencies() {
    return Cli.file(dir, "agencies.csv",
        "agency,name,tier",
        "S1,Sở Tư pháp,PROVINCIAL",
        "D1,UBND huyện A,DISTRICT");
  }

  /** The agencies of 2026: districts ended on 30 Jun 2025 (two-tier local government). */
  private Path agencies2026() {
    return Cli.file(dir, "agencies-2026.csv",
        "agency,name,tier",
        "S1,Sở Tư pháp,PROVINCIAL",
        "S2,Sở Y tế,PROVINCIAL");
  }

  @Test
  void aDossierWithoutDueDateGetsOneFromItsProcedureThroughTheWorkingCalendarAcrossTet() {
    // 5 working days at S1 (the catalogue says 10): received Friday 13 Feb 2026 at 09:00, Tết
    // 16-20 Feb off: due Friday 27 Feb 09:00. Finished 26 Feb: on time; finished 2 Mar: late.
    Path procedures = Cli.file(dir, "procedures.csv",
        "code,name,field,level,fee,agency,processing_time,processing_unit",
        "1.001193,Đăng ký khai sinh,Hộ tịch,4,0,,10,working-days",
        "1.001193,Đăng ký khai sinh,Hộ tịch,4,0,S1,5,working-days");
    Path dossiers = Cli.file(dir, "dossiers.csv",
        "id,procedure,agency,channel,received,finished",
        "H1,1.001193,S1,online,2026-02-13T09:00,2026-02-26T10:00",
        "H2,1.001193,S1,online,2026-02-13T09:00,2026-03-02T10:00",
        "H3,1.001193,S2,online,2026-02-13T09:00,2026-03-02T10:00");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023", "--period", "2026-Q1",
        "--dossiers", dossiers.toString(), "--procedures", procedures.toString(),
        "--agencies", agencies2026().toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    assertEquals(3, report.input().orElseThrow().dueDatesDerived());
    AgencyReport s1 = report.agency("S1").orElseThrow();
    RuleResult onTime = s1.result("qt2023.on-time").orElseThrow();
    assertEquals(1, onTime.numerator().getAsLong(), "H1 on time, H2 late against 27 Feb");
    assertEquals(2, onTime.denominator().getAsLong());
    // S2 has no offering: the catalogue's 10 working days, due 6 Mar: H3 on time.
    RuleResult s2 = report.agency("S2").orElseThrow().result("qt2023.on-time").orElseThrow();
    assertEquals(1, s2.numerator().getAsLong());
    Cli.Result table = Cli.real().run("evaluate", "--directive", "qt2023", "--period", "2026-Q1",
        "--dossiers", dossiers.toString(), "--procedures", procedures.toString(),
        "--agencies", agencies2026().toString());
    assertTrue(table.out().contains("3 hồ sơ không có hạn được tính hạn theo thời hạn giải quyết"), table::toString);
  }

  @Test
  void anAgencysOfferingSetsTheLevelItsDossiersAreCountedAt() {
    // The catalogue offers 1.004227 at level 2; S1 offers it at level 3 (partial): S1's online
    // dossier counts in level3_online, D1's does not.
    Path procedures = Cli.file(dir, "procedures.csv",
        "code,name,field,level,agency",
        "1.004227,Đăng ký đất đai,Đất đai,2,",
        "1.004227,Đăng ký đất đai,Đất đai,partial,S1");
    Path dossiers = Cli.file(dir, "dossiers.csv",
        "id,procedure,agency,channel,received",
        "H1,1.004227,S1,online,2020-02-10T08:00",
        "H2,1.004227,D1,online,2020-02-10T08:00");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501",
        "--dossiers", dossiers.toString(), "--procedures", procedures.toString(),
        "--agencies", agencies().toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    assertEquals("1/1", ratio(report.agency("S1").orElseThrow(), "online-rate.level3"));
    assertEquals("0/0", ratio(report.agency("D1").orElseThrow(), "online-rate.level3"));
  }

  @Test
  void catalogueRowsOfOneCodeMustAgreeOnNameAndField() {
    Path procedures = Cli.file(dir, "procedures.csv",
        "code,name,field,level,agency",
        "1.004227,Đăng ký đất đai,Đất đai,3,",
        "1.004227,Đăng ký đất đai,Xây dựng,3,S1",
        "1.004228,Thủ tục khác,Đất đai,3,S1",
        "1.004228,Thủ tục khác,Đất đai,4,S1");
    Path dossiers = Cli.file(dir, "dossiers.csv",
        "id,procedure,agency,channel,received",
        "H1,1.004227,S1,online,2020-02-10T08:00");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501",
        "--dossiers", dossiers.toString(), "--procedures", procedures.toString(),
        "--agencies", agencies().toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("procedures.csv:3"), r::toString);
    assertTrue(r.err().contains("name or field differ"), r::toString);
    assertTrue(r.err().contains("1.004228 offered by S1"), r::toString);
  }

  private static String ratio(AgencyReport a, String indicator) {
    return a.indicators().stream()
        .filter(i -> i.indicator().equals(indicator))
        .map(i -> i.numerator().getAsLong() + "/" + i.denominator().getAsLong())
        .findFirst()
        .orElseThrow();
  }
}
