package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input exits 65 with {@code FILE:LINE: field 'NAME': what is wrong ('value')} for every
 * problem in the file (CSV and NDJSON by physical line, header = line 1; JSON arrays by record
 * number), with the {@code MaHoSo} where there is one, and never a stack trace.
 */
class BadInputTest {
  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private Cli.Result tallies(String... lines) {
    Path f = Cli.file(dir, "t.csv", lines);
    return cli.run("evaluate", "--directive", "qt1501", "--tallies", f.toString());
  }

  private Cli.Result dossiers(String name, String... lines) {
    Path f = Cli.file(dir, name, lines);
    return cli.run("evaluate", "--directive", "qt2023", "--dossiers", f.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--agencies", Fixtures.agencies(dir).toString());
  }

  private static void assertData(Cli.Result r, String... messages) {
    assertEquals(65, r.status(), r::toString);
    assertEquals("", r.out(), "nothing evaluated");
    for (String m : messages) {
      assertTrue(r.err().contains(m), () -> "expected «" + m + "» in\n" + r.err());
    }
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r::toString);
  }

  @Test
  void malformedCsvNamesTheLine() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total", "A,\"Unclosed,DISTRICT,1,2");
    assertData(r, "t.csv:2: malformed CSV");
  }

  @Test
  void malformedJsonArrayNamesTheRecord() {
    Cli.Result r = dossiers("d.json", "[", Fixtures.good("HS1") + ",", "{\"MaHoSo\": \"HS2\", oops}", "]");
    assertData(r, "d.json:3: malformed JSON in record 2");
  }

  @Test
  void malformedNdjsonLinesAreEachNamedAndReadingGoesOn() {
    Cli.Result r = dossiers("d.ndjson", Fixtures.good("HS1"), "{not json", "", "[1,2]", Fixtures.good("HS5").replace("QT-S03", "NOPE"));
    assertData(r, "d.ndjson:2: malformed JSON", "d.ndjson:4: not a JSON object ('[1,2]')",
        "d.ndjson:5: MaHoSo 'HS5': field 'DonViXuLy': unknown agency");
  }

  @Test
  void aFieldThatIsNotANumber() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total", "QT-D01,Hải Lăng,DISTRICT,29,4x5");
    assertData(r, "t.csv:2: field 'level3_total': not a whole number ('4x5')");
  }

  @Test
  void aFieldThatIsNotADateNamesTheDossier() {
    Cli.Result r = dossiers("d.ndjson", Fixtures.portal("HS1", "QT-S03", "20231345080000", "20230120170000", null, null));
    assertData(r, "d.ndjson:1: MaHoSo 'HS1': field 'NgayTiepNhan': not a date", "('20231345080000')");
  }

  @Test
  void aNegativeCount() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total", "QT-D01,Hải Lăng,DISTRICT,-1,45");
    assertData(r, "t.csv:2: field 'level3_online': negative count ('-1')");
  }

  @Test
  void anOnlineCountAboveItsTotal() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total", "QT-D03,Gio Linh,DISTRICT,30,26");
    assertData(r, "t.csv:2: field 'level3_online': exceeds level3_total (26) on the same row ('30')");
  }

  @Test
  void aDuplicateAgencyInATalliesFileNamesBothLines() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total",
        "QT-D01,Hải Lăng,DISTRICT,29,45", "QT-D02,Đakrông,DISTRICT,5,13", "QT-D01,Hải Lăng,DISTRICT,1,2");
    assertData(r, "t.csv:2: field 'agency': duplicate: the same value is also at line 4 of this file ('QT-D01')",
        "t.csv:4: field 'agency': duplicate: the same value is also at line 2 of this file ('QT-D01')");
    assertFalse(r.err().contains("t.csv:3"), r::toString);
  }

  @Test
  void aDuplicateDossierIdNamesBothLines() {
    Cli.Result r = dossiers("d.ndjson", Fixtures.good("HS1"), Fixtures.good("HS2"), Fixtures.good("HS1"));
    assertData(r, "d.ndjson:1: MaHoSo 'HS1': field 'MaHoSo': duplicate: another record of this file has the same id;"
        + " which is right cannot be told, so none is counted ('HS1')",
        "d.ndjson:3: MaHoSo 'HS1': field 'MaHoSo': duplicate", "kpi: 2 problems in the input");
  }

  @Test
  void aDuplicateDossierIdInAJsonArrayNamesBothRecords() {
    Cli.Result r = dossiers("d.json", "[", Fixtures.good("HS1") + ",", Fixtures.good("HS1"), "]");
    assertData(r, "d.json:record 1: MaHoSo 'HS1': field 'MaHoSo': duplicate", "d.json:record 2: MaHoSo 'HS1'");
  }

  @Test
  void aReceivedDateAfterTheFinishedDate() {
    Cli.Result r = dossiers("d.ndjson", Fixtures.portal("HS1", "QT-S03", "20230110080000", "20230120170000", "20230105100000", null));
    assertData(r, "d.ndjson:1: MaHoSo 'HS1': field 'NgayKetThucXuLy': is before the received date (NgayTiepNhan 20230110080000) ('20230105100000')");
  }

  @Test
  void anUnknownProcedureAndAnUnknownAgency() {
    Cli.Result r = dossiers("d.ndjson",
        Fixtures.good("HS1").replace("1.004227", "9.999999"),
        Fixtures.good("HS2").replace("QT-S03", "Sở Không Tồn Tại"));
    assertData(r, "d.ndjson:1: MaHoSo 'HS1': field 'MaTTHC': unknown procedure (not in the procedures catalogue) ('9.999999')",
        "d.ndjson:2: MaHoSo 'HS2': field 'DonViXuLy': unknown agency (neither a code nor a name in the agencies file) ('Sở Không Tồn Tại')");
  }

  @Test
  void anUnknownCounterColumnAndAMissingRequiredColumnAreNamedAtLine1() {
    assertData(tallies("agency,name,tier,level3_onlin", "A,B,DISTRICT,1"), "t.csv:1: field 'level3_onlin': not a counter");
    assertData(tallies("agency,tier,level3_online", "A,DISTRICT,1"), "t.csv:1: field 'name': required column is missing");
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    Cli.Result r = tallies("agency,name,tier,level3_online,level3_total",
        "A1,One,DISTRICT,x,1", "A2,Two,DISTRICT,1,1", "A3,Three,NOWHERE,1,1", "A4,Four,DISTRICT,5,-2");
    assertData(r, "t.csv:2: field 'level3_online'", "t.csv:4: field 'tier': not a tier", "t.csv:5: field 'level3_total': negative count",
        "kpi: 3 problems in the input");
  }

  @Test
  void manyProblemsArePrintedUpToALimitThenCounted() {
    List<String> lines = new ArrayList<>();
    lines.add("agency,name,tier,level3_online,level3_total");
    for (int i = 1; i <= 130; i++) {
      lines.add("A" + i + ",Agency " + i + ",DISTRICT,bad,1");
    }
    Cli.Result r = tallies(lines.toArray(String[]::new));
    assertData(r, "t.csv:101: field 'level3_online'", "… and 30 more", "kpi: 130 problems in the input");
    assertFalse(r.err().contains("t.csv:102:"), "the 101st problem is not printed");
  }

  @Test
  void aBadReferenceFileStopsEvenWithSkipInvalid() {
    Path agencies = Cli.file(dir, "a.csv", "agency,name,tier", "A,Alpha,DISTRICT", "A,Again,DISTRICT");
    Cli.Result r = cli.run("evaluate", "--directive", "qt2023", "--agencies", agencies.toString(), "--skip-invalid");
    assertData(r, "a.csv:2: field 'agency': duplicate", "a.csv:3: field 'agency': duplicate");
  }

  @Test
  void aJsonArrayElementThatIsNotAnObjectIsNamedByRecordAndTheOthersAreRead() {
    Cli.Result r = dossiers("d.json", "[", Fixtures.good("HS1") + ",", "42,", Fixtures.good("HS3").replace("\"KenhThucHien\":2", "\"KenhThucHien\":9"), "]");
    assertData(r, "d.json:record 2: not a JSON object ('42')",
        "d.json:record 3: MaHoSo 'HS3': field 'KenhThucHien': must be 1 (direct), 2 (online) or 3 (postal) ('9')",
        "kpi: 2 problems in the input");
  }
}
