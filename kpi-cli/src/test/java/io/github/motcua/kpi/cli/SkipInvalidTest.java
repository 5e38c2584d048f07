package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --skip-invalid}: the valid records are evaluated, the others written to the rejects file. */
class SkipInvalidTest {
  @TempDir Path dir;

  @Test
  void acceptedPlusRejectedIsReadAndOnlyAcceptedDossiersAreCounted() throws Exception {
    Path dossiers = Cli.file(dir, "d.ndjson",
        Fixtures.good("HS1"),
        Fixtures.good("HS2").replace("1.004227", "0.000000"),
        Fixtures.good("HS3"),
        "{broken",
        Fixtures.good("HS5"),
        Fixtures.portal("HS6", "QT-S03", "20230110080000", "20230120170000", "20230105100000", null),
        Fixtures.good("HS3"));
    Path rejects = dir.resolve("rejects.csv");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt2023", "--dossiers", dossiers.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString(),
        "--skip-invalid", "--rejects", rejects.toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    InputSummary in = report.input().orElseThrow();
    assertEquals(7, in.read());
    assertEquals(in.read(), in.accepted() + in.rejected());
    // HS2 unknown procedure, line 4 malformed, HS6 finished before received, HS3 twice (both lines)
    assertEquals(5, in.rejected());
    assertEquals(2, in.accepted());
    AgencyReport s03 = report.agency("QT-S03").orElseThrow();
    assertEquals(2, s03.result("qt2023.on-time").orElseThrow().denominator().getAsLong(), "HS1 and HS5 finished, nothing else");
    assertTrue(r.err().contains("read 7 records, accepted 2, rejected 5 (reasons in " + rejects + ")"), r::toString);

    List<List<String>> rows = new ArrayList<>();
    assertEquals(List.of("file", "line", "record", "id", "field", "problem", "value"), TestCsv.header(rejects));
    for (Map<String, String> x : TestCsv.rows(rejects)) {
      rows.add(List.of(x.get("line"), x.get("id"), x.get("field"), x.get("problem")));
    }
    // In file order, then the records of a shared id (found by a second reading of the file).
    assertEquals(5, rows.size(), rows::toString);
    assertEquals(List.of("2", "HS2", "MaTTHC"), rows.get(0).subList(0, 3));
    assertEquals(List.of("4", "", ""), rows.get(1).subList(0, 3));
    assertEquals(List.of("6", "HS6", "NgayKetThucXuLy"), rows.get(2).subList(0, 3));
    assertEquals(List.of("3", "HS3", "MaHoSo"), rows.get(3).subList(0, 3));
    assertEquals(List.of("7", "HS3", "MaHoSo"), rows.get(4).subList(0, 3));
    assertTrue(rows.get(4).get(3).startsWith("duplicate: another record of this file has the same id; which is right"
        + " cannot be told, so none is counted"), rows::toString);
  }

  @Test
  void withoutARejectsFileTheReasonsGoToStandardError() {
    Path tallies = Cli.file(dir, "t.csv", "agency,name,tier,level3_online,level3_total",
        "QT-D01,Hải Lăng,DISTRICT,29,45", "QT-D03,Gio Linh,DISTRICT,30,26");
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--skip-invalid");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.err().contains("t.csv:3: field 'level3_online': exceeds level3_total (26)"), r::toString);
    assertTrue(r.err().contains("read 2 records, accepted 1, rejected 1"), r::toString);
    assertTrue(r.out().contains("Bản ghi đọc 2, nhận 1, loại 1.") && r.out().contains("QT-D01") && !r.out().contains("QT-D03"), r::toString);
  }

  @Test
  void rejectsWithoutSkipInvalidIsAUsageError() {
    Cli.Result r = Cli.real().run("evaluate", "--directive", "qt1501", "--agencies", "a.csv", "--rejects", "r.csv");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("--rejects goes with --skip-invalid"), r::toString);
  }
}
