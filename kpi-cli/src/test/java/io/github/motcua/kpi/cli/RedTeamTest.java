package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twelve findings of trying bad input as an attacker would (issue 9), each through {@code
 * evaluate}: bad data is named by file, line and field with exit 65 — never an internal error (1)
 * nor "cannot read input" (66) — and what is harmless is read. (65,537 agencies in one file: kpi-io's
 * {@code ManyAgenciesTest}, where the limit of one batch was.)
 */
class RedTeamTest {
  private static final String TALLIES = "agency,name,tier,level3_online,level3_total,level4_online,level4_total";

  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private Cli.Result tallies(String... lines) {
    return cli.run("evaluate", "--directive", "qt1501", "--tallies", Cli.file(dir, "t.csv", lines).toString());
  }

  private Cli.Result dossiers(String name, String text, String... more) {
    Path f = dir.resolve(name);
    try {
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of("evaluate", "--directive", "qt2023", "--dossiers", f.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString()));
    args.addAll(List.of(more));
    return cli.run(args.toArray(String[]::new));
  }

  private static void assertData(Cli.Result r, String... messages) {
    assertEquals(65, r.status(), r::toString);
    for (String m : messages) {
      assertTrue(r.err().contains(m), () -> "expected «" + m + "» in\n" + r.err());
    }
    assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r::toString);
  }

  private static String ndjson(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  // 2. Overflows and the 65,536 agencies of one batch

  @Test
  void finding02CountsNearTheLongLimitAndDatesFarAheadAreBadDataNamedByLine() {
    assertData(tallies(TALLIES, "QT-D01,A,DISTRICT,4611686018427387904,9223372036854775807,0,0",
            "QT-D02,B,DISTRICT,4611686018427387904,9223372036854775807,0,0"),
        "t.csv:2: field 'level3_online': a count above 1000000000000", "t.csv:3: field 'level3_total'");
    assertData(dossiers("d.ndjson", ndjson(Fixtures.portal("HS1", "QT-S03", "20230105080000", "99999999990101000000", null, null),
            Fixtures.portal("HS2", "QT-S03", "20230105080000", "99991231170000", null, null))),
        "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTra': not a date",
        "d.ndjson:2: MaHoSo 'HS2': field 'NgayHenTra': is outside the years 1970–2105");
    assertData(dossiers("d.csv", "id,procedure,agency,channel,received,due\nHS1,1.004227,QT-S03,online,2023-01-05,+999999999-01-01\n"),
        "d.csv:2: MaHoSo 'HS1': field 'due'");
  }

  // 3. Limits

  @Test
  void finding03AStringNestingOrNumberBeyondTheLimitsIsBadDataByLineAndSkipInvalidReadsTheRest() {
    String text = ndjson(Fixtures.good("HS1"),
        Fixtures.good("HS2").replace("\"MaHoSo\":\"HS2\"", "\"MaHoSo\":\"" + "x".repeat(1_000_001) + "\""),
        Fixtures.good("HS3").replace("}", ",\"GhiChu\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}"),
        Fixtures.good("HS4").replace("}", ",\"GhiChu\":" + "9".repeat(1_001) + "}"),
        Fixtures.good("HS5"));
    assertData(dossiers("d.ndjson", text), "d.ndjson:2: a text value longer than 1000000 characters",
        "d.ndjson:3: nested deeper than 32 levels", "d.ndjson:4: a number longer than 40 digits");
    Cli.Result skip = dossiers("d.ndjson", text, "--skip-invalid", "--format", "json");
    assertEquals(0, skip.status(), skip::toString);
    InputSummary in = Report.fromJson(skip.out()).input().orElseThrow();
    assertEquals(5, in.read());
    assertEquals(2, in.accepted());
    String array = "[" + String.join(",\n", text.strip().split("\n")) + "]";
    Cli.Result json = dossiers("d.json", array, "--skip-invalid", "--format", "json");
    assertEquals(0, json.status(), json::toString);
    assertEquals(2, Report.fromJson(json.out()).input().orElseThrow().accepted());
  }

  // 4. Silently accepted

  @Test
  void finding04WorkRecordsTasksSecondmentsAndCsvTextAreCheckedNotSilentlyAccepted() {
    Path agencies = Fixtures.agencies(dir);
    Path work = Cli.file(dir, "w.csv", "agency,classified,online", "QT-S03,,1", "QT-S03,0");
    Path tasks = Cli.file(dir, "tasks.csv", "task,agency,done", "covid2020.edoc-four-level,QT-S03,2020-06-15");
    Path terms = Cli.file(dir, "s.csv", "official,agency,start,end", "Nguyễn Văn A,QT-S03,2022-01-01,2023-01-01",
        "Nguyễn Văn A,QT-S03,2022-01-01,2023-01-01", "Trần Thị B,QT-S03,0000-01-01,");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--agencies", agencies.toString(),
        "--work-records", work.toString(), "--tasks", tasks.toString(), "--secondments", terms.toString());
    assertData(r, "w.csv:2: field 'classified': is missing", "w.csv:3: field 'online': row has 2 values",
        "tasks.csv:2: field 'task': unknown task (no deadline rule of the directive has this id); did you mean 'covid2020.edoc-four-levels'?",
        "s.csv:2: field 'official': duplicate", "s.csv:3: field 'official': duplicate",
        "s.csv:4: field 'start': is outside the years 1970–2105");
    assertData(dossiers("d.ndjson", ndjson(Fixtures.portal("HS1", "QT-S03", "20230105080000", "NO_DATE", null, null))),
        "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTra': not a date");
    assertData(tallies(TALLIES, "QT-D01,Hải\u0000Lăng,DISTRICT,1,2,0,0", "QT-D02,Sở \"x\"Xây dựng,DISTRICT,1,2,0,0"),
        "t.csv:2: field 'name': contains a control character (U+0000)", "t.csv:3: a quote inside a field that is not quoted as a whole");
  }

  // 5, 6. Blank lines; no records

  @Test
  void finding05TrailingBlankLinesAndLinesOfSpacesAreSkippedAndCounted() {
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--format", "json",
        "--tallies", Cli.file(dir, "t.csv", TALLIES, "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45,0,0", "", "   ").toString());
    assertEquals(0, r.status(), r::toString);
    InputSummary in = Report.fromJson(r.out()).input().orElseThrow();
    assertEquals(1, in.read());
    assertEquals(2, in.blankLines());
    Cli.Result table = cli.run("evaluate", "--directive", "qt1501",
        "--tallies", Cli.file(dir, "t.csv", TALLIES, "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45,0,0", "", "   ").toString());
    assertTrue(table.out().contains("Bản ghi đọc 1, nhận 1, loại 0; bỏ qua 2 dòng trống"), table::toString);
  }

  @Test
  void finding06AHeaderOnlyOrEmptyMainInputHasNoRecordsAndExits65() {
    assertData(tallies(TALLIES), "t.csv: no records in ", "nothing to evaluate");
    assertData(dossiers("d.ndjson", ""), "d.ndjson: no records in");
    assertData(dossiers("d.csv", "id,procedure,agency,channel,received\n\n"), "d.csv: no records in");
    assertData(dossiers("d.json", "[]"), "d.json: no records in");
  }

  // 7, 8. Formula injection; control characters; long values

  @Test
  void finding07NamesThatAreFormulasAreNeutralisedInCsvAndRejectsAndLineBreaksEscapedInTheTable() throws Exception {
    Path t = Cli.file(dir, "t.csv", TALLIES,
        "QT-D01,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",DISTRICT,29,45,0,0",
        "QT-D02,+SUM(1;2),DISTRICT,5,13,0,0",
        "QT-D03,-2+3+cmd|' /C calc'!A0,DISTRICT,3,26,0,0",
        "QT-D04,@SUM(A1:A9),DISTRICT,6,130,0,0",
        "QT-D05,\"UBND\nĐông Hà\",DISTRICT,1,241,0,0",
        "QT-D06,Name,=1+1,1,1,0,0");
    Path rejects = dir.resolve("rejects.csv");
    Cli.Result csv = cli.run("evaluate", "--directive", "qt1501", "--tallies", t.toString(), "--format", "csv",
        "--skip-invalid", "--rejects", rejects.toString());
    assertEquals(0, csv.status(), csv::toString);
    List<Map<String, String>> rows = TestCsv.rows(new java.io.StringReader(csv.out()));
    List<String> names = rows.stream().map(row -> row.get("name")).filter(n -> !n.isEmpty()).distinct().toList();
    assertTrue(names.contains("'=HYPERLINK(\"http://evil.example\",\"x\")"), names::toString);
    assertTrue(names.contains("'+SUM(1;2)") && names.contains("'-2+3+cmd|' /C calc'!A0") && names.contains("'@SUM(A1:A9)"), names::toString);
    for (String n : names) {
      assertFalse(n.startsWith("=") || n.startsWith("+") || n.startsWith("-") || n.startsWith("@"), n);
    }
    List<Map<String, String>> rejected = TestCsv.rows(rejects);
    assertEquals("tier", rejected.get(0).get("field"), rejected::toString);
    assertEquals("'=1+1", rejected.get(0).get("value"), rejected::toString);
    Cli.Result table = cli.run("evaluate", "--directive", "qt1501", "--tallies", t.toString(), "--skip-invalid");
    assertTrue(table.out().contains("UBND\\nĐông Hà"), table::toString);
    assertFalse(table.out().lines().anyMatch(l -> l.startsWith("Đông Hà")), "no row breaks across two lines: " + table.out());
  }

  @Test
  void finding08ALongValueIsBoundedAndTheTableStaysNarrow() {
    Cli.Result r = tallies(TALLIES, "QT-D01," + "x".repeat(10_000_000) + ",DISTRICT,29,45,0,0");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().length() < 2_000, "a bounded prefix of the value: " + r.err().length());
    Cli.Result wide = tallies(TALLIES, "QT-D01," + "Ủy ban nhân dân ".repeat(40) + ",DISTRICT,29,45,0,0");
    assertEquals(0, wide.status(), wide::toString);
    assertTrue(wide.out().lines().allMatch(l -> l.codePointCount(0, l.length()) < 400), wide::toString);
  }

  // 9, 10. Keys; short rows

  @Test
  void finding09MisspeltAndDuplicateKeysAreProblemsOfTheRecord() {
    assertData(dossiers("d.ndjson", ndjson(
            Fixtures.good("HS1").replace("NgayHenTra", "NgayHenTraa"),
            Fixtures.good("HS2").replace("NgayKetThucXuLy", "NgayKetThucXuLi"),
            Fixtures.good("HS3").replace("}", ",\"NgayHenTra\":\"20230101170000\"}"))),
        "d.ndjson:1: MaHoSo 'HS1': field 'NgayHenTraa': unknown key; did you mean 'NgayHenTra'?",
        "d.ndjson:2: MaHoSo 'HS2': field 'NgayKetThucXuLi': unknown key; did you mean 'NgayKetThucXuLy'?",
        "d.ndjson:3: MaHoSo 'HS3': field 'NgayHenTra': given twice in one record");
    Cli.Result other = dossiers("d.ndjson", ndjson(Fixtures.good("HS1").replace("}", ",\"ChuHoSo\":\"A\",\"MaVach\":\"x\"}")));
    assertEquals(0, other.status(), other::toString);
    assertTrue(other.err().contains("d.ndjson: not read (no field of the format): MaVach"), other::toString);
    assertFalse(other.err().contains("ChuHoSo"), "a key of the format not read is no news: " + other);
  }

  @Test
  void finding10AShortRowIsAProblem() {
    assertData(tallies(TALLIES, "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45"),
        "t.csv:2: field 'level4_online': row has 5 values but the header has 7 columns");
  }

  // 11. The rejects file and half a surrogate pair

  @Test
  void finding11TheRejectsFileIsWrittenWhateverTheValuesHold() throws Exception {
    Path rejects = dir.resolve("rejects.csv");
    Cli.Result r = dossiers("d.ndjson", ndjson(Fixtures.good("HS1"),
            Fixtures.good("HS2").replace("\"MaHoSo\":\"HS2\"", "\"MaHoSo\":\"\\uD83D" + "😀".repeat(60) + "\"")),
        "--skip-invalid", "--rejects", rejects.toString());
    assertEquals(0, r.status(), r::toString);
    String text = Files.readString(rejects, StandardCharsets.UTF_8);
    assertTrue(text.contains("half of a character") && text.contains("\uFFFD"), text);
  }

  // 12. Loose typing; ambiguous names

  @Test
  void finding12LooseTypesAndAmbiguousNamesAreNamed() {
    assertData(dossiers("d.ndjson", ndjson(
            Fixtures.good("HS1").replace("}", ",\"DanhSachLePhi\":0}"),
            Fixtures.good("HS2").replace("}", ",\"DanhSachLePhi\":false}"),
            Fixtures.good("HS3").replace("}", ",\"DanhSachLePhi\":{}}"),
            Fixtures.good("HS4").replace("}", ",\"DanhSachLePhi\":\"x\"}"),
            Fixtures.good("HS5").replace("}", ",\"HinhThuc\":7}"),
            Fixtures.good("HS6").replace("\"MaHoSo\":\"HS6\"", "\"MaHoSo\":{\"id\":6}"))),
        "d.ndjson:1: MaHoSo 'HS1': field 'DanhSachLePhi': must be a list of fee lines",
        "d.ndjson:2: MaHoSo 'HS2': field 'DanhSachLePhi'", "d.ndjson:3: MaHoSo 'HS3': field 'DanhSachLePhi'",
        "d.ndjson:4: MaHoSo 'HS4': field 'DanhSachLePhi'", "d.ndjson:5: MaHoSo 'HS5': field 'HinhThuc'",
        "d.ndjson:6: field 'MaHoSo': must be the dossier's id as text, not an object");
    Path twins = Cli.file(dir, "agencies.csv", "agency,name,tier", "QT-S03,Sở Tài nguyên và Môi trường,PROVINCIAL",
        "QT-S09,Sở Tài nguyên và Môi trường,PROVINCIAL");
    Path d = Cli.file(dir, "d.ndjson", Fixtures.portal("HS1", "Sở Tài nguyên và Môi trường", "20230105080000", "20230120170000", null, null));
    Cli.Result r = cli.run("evaluate", "--directive", "qt2023", "--dossiers", d.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", twins.toString());
    assertData(r, "d.ndjson:1: MaHoSo 'HS1': field 'DonViXuLy': the name of 2 agencies (QT-S03, QT-S09): give the agency's code");
  }
}
