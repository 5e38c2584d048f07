package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.MergedProvinces;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled 63 → 34 table, checked against docs/PROVINCE-2025.md, and a merged province rolled up. */
class MergedProvincesTest {
  @TempDir Path dir;

  private static final MergedProvinces TABLE = MergedProvinces.bundled();

  /** The spec's table of the 34 provinces: code → the names it was merged from (empty: unchanged). */
  private static Map<String, List<String>> spec() throws Exception {
    String doc = Files.readString(Path.of("../docs/PROVINCE-2025.md"), StandardCharsets.UTF_8);
    Pattern row = Pattern.compile("^\\| (\\d{2}) \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);
    Map<String, List<String>> out = new TreeMap<>();
    Matcher m = row.matcher(doc);
    while (m.find()) {
      String from = m.group(3).trim();
      out.put(m.group(1), from.equals("—") ? List.of() : List.of(from.split(",\\s*")));
    }
    return out;
  }

  /** A name as the spec writes it in "merged from": no "Thành phố", HCM as TP.HCM, dashes alike. */
  private static String normal(String name) {
    String n = name.trim().replace("Thành phố Hồ Chí Minh", "TP.HCM").replace("Thành phố ", "")
        .replace(" – ", "–").replace(" - ", "–");
    return n;
  }

  @Test
  void everyOldProvinceMapsToExactlyOneOfTheThirtyFourNewOnes() {
    assertEquals(63, TABLE.rows().size());
    assertEquals(63, TABLE.oldCodes().size(), "an old province is listed once");
    assertEquals(34, TABLE.newCodes().size());
    for (String old : TABLE.oldCodes()) {
      assertTrue(TABLE.ofOldCode(old).isPresent(), old);
    }
    assertTrue(TABLE.oldCodes().containsAll(TABLE.newCodes()), "each new province took the code of one it was merged from");
  }

  @Test
  void theTableAgreesWithTheSpecificationsListOfTheThirtyFour() throws Exception {
    Map<String, List<String>> spec = spec();
    assertEquals(34, spec.size(), "the spec lists 34 provinces");
    assertEquals(spec.keySet(), TABLE.newCodes());
    Map<String, List<MergedProvinces.Merger>> byNew = new HashMap<>();
    TABLE.rows().forEach(r -> byNew.computeIfAbsent(r.newCode(), k -> new ArrayList<>()).add(r));
    int unchanged = 0;
    for (Map.Entry<String, List<String>> e : spec.entrySet()) {
      List<MergedProvinces.Merger> rows = byNew.get(e.getKey());
      if (e.getValue().isEmpty()) {
        unchanged++;
        assertEquals(1, rows.size(), e.getKey() + " is unchanged");
        assertEquals(e.getKey(), rows.get(0).oldCode(), e.getKey() + " keeps its code");
      } else {
        assertEquals(
            e.getValue().stream().map(MergedProvincesTest::normal).collect(Collectors.toSet()),
            rows.stream().map(r -> normal(r.oldName())).collect(Collectors.toSet()),
            e.getKey());
      }
    }
    assertEquals(11, unchanged, "11 unchanged, 52 merged into 23");
    assertEquals("44", TABLE.ofOldCode("44").orElseThrow().newCode(), "Quảng Bình → Quảng Trị, which took code 44");
    assertEquals("44", TABLE.ofOldCode("45").orElseThrow().newCode(), "the old Quảng Trị was 45");
  }

  @Test
  void aBadTableIsNamedByLineAndField() {
    BadInputException e = assertThrows(BadInputException.class, () -> MergedProvinces.read("t.csv", new StringReader(
        "old_code,old_name,new_code,new_name\n44,Quảng Bình,44,Quảng Trị\n45,Quảng Trị,44,Quảng Tri\n4,X,44,Quảng Trị\n")));
    assertEquals(
        List.of("t.csv:4: field 'old_code': not a province's statistical code (two digits) ('4')"),
        e.problems().stream().map(Object::toString).toList());
    BadInputException names = assertThrows(BadInputException.class, () -> MergedProvinces.read("t.csv", new StringReader(
        "old_code,old_name,new_code,new_name\n44,Quảng Bình,44,Quảng Trị\n45,Quảng Trị,44,Quảng Tri\n")));
    assertTrue(names.problems().get(0).toString().startsWith("t.csv:3: field 'new_name': new province 44 is named 'Quảng Trị'"),
        names.problems().toString());
  }

  @Test
  void rolledUpToTheProvinceAMergedProvincesSeriesGoesOnUnderTheNewOne() {
    Path agencies = Cli.file(dir, "a.csv", "agency,name,tier,valid_from,valid_to,parent,successors,statistical_code",
        "QT-45,UBND tỉnh Quảng Trị (đến 30/6/2025),PROVINCIAL,,2025-06-30,,,45",
        "QB-44,UBND tỉnh Quảng Bình,PROVINCIAL,,2025-06-30,,,44",
        "QT,UBND tỉnh Quảng Trị,PROVINCIAL,2025-07-01,,,,44",
        "QT-S01,Sở Tư pháp Quảng Trị,PROVINCIAL,,2025-06-30,QT-45,,",
        "QB-S01,Sở Tư pháp Quảng Bình,PROVINCIAL,,2025-06-30,QB-44,,",
        "QT-S01N,Sở Tư pháp,PROVINCIAL,2025-07-01,,QT,,");
    Path dossiers = Cli.file(dir, "d.csv", "id,procedure,agency,channel,received,due,finished,returned",
        "HS1,2.000884,QT-S01,online,2025-03-01T08:00,,,",
        "HS2,2.000884,QB-S01,direct,2025-04-01T08:00,,,",
        "HS3,2.000884,QT-S01N,vneid,2025-08-01T08:00,,,",
        "HS4,2.000884,QT-S01N,direct,2025-09-01T08:00,,,");
    String[] base = {"evaluate", "--directive", "qn07", "--period", "2025", "--agencies", agencies.toString(),
        "--procedures", Fixtures.procedures(dir).toString(), "--dossiers", dossiers.toString(), "--format", "json"};
    Cli.Result year = Cli.real().run(with(base, "--roll-up", "province"));
    assertEquals(0, year.status(), year::toString);
    Report report = Report.fromJson(year.out());
    assertEquals(List.of("QT"), report.agencies().stream().map(AgencyReport::agency).toList(),
        "both old provinces went on under the new Quảng Trị, by the table (no successors in the file)");
    assertEquals("2/4", report.agency("QT").orElseThrow().indicators().stream()
        .filter(i -> i.indicator().equals("online-rate.level4")).map(i -> i.numerator().getAsLong() + "/" + i.denominator().getAsLong())
        .findFirst().orElseThrow());
    Cli.Result parts = Cli.real().run(with(base, "--roll-up", "province", "--split-at-reform"));
    assertEquals(0, parts.status(), parts::toString);
    assertTrue(parts.out().trim().startsWith("["), parts.out());
    assertTrue(parts.out().contains("\"agency\" : \"QB-44\""), "before the merger, in the old structure");
  }

  private static String[] with(String[] base, String... more) {
    List<String> a = new ArrayList<>(List.of(base));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }
}
