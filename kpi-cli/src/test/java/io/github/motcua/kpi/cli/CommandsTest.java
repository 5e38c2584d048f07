package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.kpi.cli.output.ReportCsv;
import io.github.motcua.kpi.eval.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per command, each on the exit status and what is printed. */
class CommandsTest {
  @TempDir Path dir;
  private final Cli cli = Cli.real();

  @Test
  void directivesListsEveryLoadedDirectiveWithIdNumberIssuerDateAndTitle() {
    Cli.Result r = cli.run("directives");
    assertEquals(0, r.status(), r::toString);
    for (String id : List.of("brvt404", "qn07", "qt1501", "qt2023", "tv1239")) {
      assertTrue(Cli.lines(r.out()).stream().anyMatch(l -> l.startsWith(id + " ")), id + " missing:\n" + r.out());
    }
    String line = Cli.lines(r.out()).stream().filter(l -> l.startsWith("qt1501")).findFirst().orElseThrow();
    assertTrue(line.contains("1501/UBND-VX") && line.contains("UBND tỉnh Quảng Trị") && line.contains("2020-04-08"), line);
  }

  @Test
  void directivesComeFromTheInjectedSource() {
    Cli.Result r = Cli.withTestRules().run("directives");
    assertEquals(0, r.status(), r::toString);
    String line = Cli.lines(r.out()).stream().filter(l -> l.startsWith("test1501")).findFirst().orElseThrow();
    assertTrue(line.contains("Thực hiện Công văn 2552/VPCP-KSTT (test copy)"), line);
    assertTrue(r.out().contains("test2023") && r.out().contains("2023 (day not given)"), r::toString);
    assertFalse(r.out().contains("qn07"), r::toString);
  }

  @Test
  void rulesListsIdKindTargetTiersAndArticle() {
    Cli.Result r = cli.run("rules", "qt1501");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("qt1501.online-rate-points  [SCORE]"), r::toString);
    assertTrue(r.out().contains("covid2020.work-records-online  [TARGET]"), r::toString);
    assertTrue(r.out().contains("work-records-online ≥ 60 % (PROVINCIAL), 30 % (DISTRICT)"), r::toString);
    assertTrue(r.out().contains("tiers:   PROVINCIAL, DISTRICT"), r::toString);
    assertTrue(r.out().contains("article: ¶2: «Giao Văn phòng UBND tỉnh"), r::toString);
    assertTrue(r.out().contains("reading: a score, not a target: the letter sets no rate to reach"), r::toString);
    assertTrue(r.out().contains("any floor above 4.62 % (Triệu Phong, 6/130, printed 0) and at most 11.54 %"), r::toString);
    assertTrue(r.out().contains("target:  a score, no target: online-rate.level3-4 → points: rate ≥ 20 % → 1; 10 % ≤ rate"
        + " < 20 % → rate / 20 %; rate < 10 % → 0"), r::toString);
    assertFalse(r.out().contains("≥ 20 % (") || r.out().contains("target:  online-rate.level3-4 ≥"), r::toString);
    assertTrue(r.out().contains("target:  done, due 29/06/2020 («trước ngày 30/06/2020», read strictly: the day before;"
        + " inclusive reading: 30/06/2020)"), r::toString);
    assertTrue(r.out().contains("also reports: online-rate.level3, online-rate.level4"), r::toString);
    assertTrue(r.out().contains("judges from: 08/04/2020, the day it was issued"), r::toString);
  }

  @Test
  void rulesOfQn07ShowTheStrictDueDates() {
    Cli.Result r = cli.run("rules", "qn07");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("target:  done, due 14/10/2018 («trước ngày 15/10/2018», read strictly"), r::toString);
    assertTrue(r.out().contains("target:  done, every quarter, due 14/03, 14/06, 14/09, 14/12 («trước ngày 15» of the"
        + " quarter's last month"), r::toString);
    assertTrue(r.out().contains("target:  done, due 31/10/2018 («trong tháng 10/2018»: the month's last day)"), r::toString);
    assertFalse(r.out().contains("15/10/2018 (") || r.out().contains("2018-10-15"), r::toString);
    assertTrue(r.out().contains("judges from: 28/09/2018"), r::toString);
    Cli.Result qt2023 = cli.run("rules", "qt2023");
    assertTrue(qt2023.out().contains("due 19/07/2023 («trước ngày 20/07/2023»"), qt2023::toString);
    assertTrue(qt2023.out().contains("due 29/07/2023 («trước ngày 30/07/2023»"), qt2023::toString);
    assertTrue(qt2023.out().contains("judges from: 01/01/2023, the start of its year (the source leaves the day blank)"),
        qt2023::toString);
    assertTrue(qt2023.out().contains("on-time.including-open-overdue ≥ 100 %"), qt2023::toString);
    assertTrue(qt2023.out().contains("(2) both count as paid online"), qt2023::toString);
    assertTrue(qt2023.out().contains("6 to 24 months a term, its first and last day included"), qt2023::toString);
  }

  @Test
  void rulesOfAnUnknownDirectiveExits65ListingTheKnownOnes() {
    Cli.Result r = cli.run("rules", "qt9999");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("unknown directive 'qt9999'; known: brvt404, qd766, qn07, qt1501, qt2023, tv1239"), r::toString);
  }

  @Test
  void evaluateUnknownDirectiveExits65() {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "nope", "--tallies", tallies.toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("unknown directive 'nope'"), r::toString);
  }

  @Test
  void evaluateTableInEnglishPrintsRankInTierPercentWithTheDirectivesDecimalsVerdictAndPoints() {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Period: 2020-01-01 to 2020-03-31; as of 2020-03-31"), r::toString);
    assertTrue(r.out().contains("Records read 9, accepted 9, rejected 0."), r::toString);
    String gioLinh = line(r.out(), "UBND huyện Gio Linh (QT-D03)");
    assertTrue(gioLinh.matches("3\\s+UBND huyện Gio Linh \\(QT-D03\\)\\s+Total points\\s+0\\.58\\s+3"), gioLinh);
    // 3/26 = 11.538…% printed with one decimal as the appendix does; points 0.58
    assertTrue(r.out().lines().anyMatch(l -> l.matches(
        "\\s+qt1501\\.online-rate-points\\s+3\\s+26\\s+11\\.5\\s+≥ 20 % → 1; 10–20 % → rate/20 %; < 10 % → 0\\s+Scored\\s+0\\.58")),
        r::toString);
    String haiLang = line(r.out(), "UBND huyện Hải Lăng (QT-D01)");
    assertTrue(haiLang.matches("1\\s+UBND huyện Hải Lăng \\(QT-D01\\)\\s+Total points\\s+1\\.00\\s+1"), haiLang);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+qt1501\\.online-rate-points\\s+29\\s+45\\s+64\\.4\\s+≥ 20 % .*\\s+Scored\\s+1\\.00")),
        r::toString);
    assertFalse(r.out().contains(" Met ") || r.out().contains("Not met"), "a score is neither met nor missed:\n" + r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.contains("covid2020.edoc-four-levels") && l.contains("due 2020-06-29")
        && l.contains("Not yet due")), "deadline rows are printed");
    assertTrue(r.out().contains("the period 01/01/2020–31/03/2020 ends before the directive was issued (08/04/2020)"),
        "the work-records target is not held against the quarter before the letter, and says so");
    assertTrue(r.out().contains("«Trước ngày X» is read strictly: due the day before X."), r::toString);
    // the appendix's columns 9 and 12 beside the combined rate, and the indicator no line shows
    String appendix = line(r.out(), "UBND huyện Gio Linh ");
    assertTrue(appendix.matches("3\\s+UBND huyện Gio Linh\\s+3\\s+26\\s+11\\.5\\s+0\\s+0\\s+–\\s+11\\.5\\s+0\\.58"), appendix);
    assertTrue(r.out().lines().anyMatch(l -> l.matches("3\\s+UBND huyện Gio Linh \\(QT-D03\\)\\s+work-records-online\\s+–\\s+–\\s+–")),
        "an indicator no line of the results shows:\n" + r.out());
    assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+online-rate\\.level3-4\\s+44\\s+1,086\\s+4\\.1")),
        "the districts' total, thousands grouped:\n" + r.out());
  }

  /** The first line of {@code text} that starts with {@code start} once stripped. */
  private static String line(String text, String start) {
    return text.lines().map(String::strip).filter(l -> l.matches("\\d+\\s+" + java.util.regex.Pattern.quote(start) + ".*"))
        .findFirst().orElseThrow(() -> new AssertionError("no line of " + start + " in\n" + text));
  }

  @Test
  void evaluateJsonIsExactlyTheReportsJson() throws Exception {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    Report report = Report.fromJson(r.out());
    assertEquals(r.out().strip(), report.toJson().strip());
    assertEquals(9, report.agencies().size());
    assertEquals(9, report.input().orElseThrow().read());
  }

  @Test
  void evaluateCsvHasOneRowPerAgencyAndRule() throws Exception {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Path out = dir.resolve("report.csv");
    Cli.Result r =
        cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "csv", "--output", out.toString());
    assertEquals(0, r.status(), r::toString);
    assertEquals("", r.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals(String.join(",", ReportCsv.COLUMNS), lines.get(0));
    assertTrue(lines.get(0).startsWith("row,directive,period,as_of,before_day_reading,agency,name,tier,rank,agency_points,rule,"),
        lines.get(0));
    assertEquals(1 + 9 * (3 + 4), lines.size(), "header + 9 agencies × (3 rules + 4 indicators)");
    String head = "qt1501,2020-01-01..2020-03-31,2020-03-31,STRICT,QT-D03,UBND huyện Gio Linh,DISTRICT,3,0.58,";
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("result," + head + "qt1501.online-rate-points,online-rate.level3-4,3,26,11.54,,"
        + "\"rate ≥ 20 % → 1; 10 % ≤ rate < 20 % → rate / 20 %; rate < 10 % → 0; no value → 0; 2 decimals, half up\",SCORED,0.58,")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.equals("indicator," + head + ",online-rate.level3,3,26,11.54,,,,,,,,,RECEIVING,")),
        String.join("\n", lines));
    assertTrue(lines.stream().anyMatch(l -> l.equals("indicator," + head + ",online-rate.level4,0,0,,,,,,,,,,RECEIVING,")),
        String.join("\n", lines));
    assertTrue(lines.stream().noneMatch(l -> l.contains("NOT_MET")), String.join("\n", lines));
  }

  @Test
  void evaluatePeriodAndAsOfOptionsAreUsed() throws Exception {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--period", "2020-01-01..2020-03-31",
        "--as-of", "2020-07-15", "--format", "json");
    assertEquals(0, r.status(), r::toString);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("2020-07-15", json.get("asOf").asText());
    JsonNode deadline = json.get("agencies").get(0).get("results").get(0);
    assertEquals("covid2020.edoc-four-levels", deadline.get("rule").asText());
    assertEquals("OVERDUE", deadline.get("verdict").asText(), "29 Jun 2020 («trước ngày 30/6/2020») passed by 15 Jul with nothing done");
    Cli.Result h1 = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--period", "2020-H1", "--format", "json");
    assertEquals("2020-01-01..2020-06-30", new ObjectMapper().readTree(h1.out()).get("period").asText());
  }

  @Test
  void demoPrintsTheAppendixInVietnameseAndNamesAgenciesUnderOnePoint(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path written = dir.resolve("demo");
    Cli.Result r = cli.run("demo", "--output-dir", written.toString());
    assertEquals(0, r.status(), r::toString);
    String gioLinh = Cli.lines(r.out()).stream().filter(l -> l.contains("UBND huyện Gio Linh")).findFirst().orElseThrow();
    assertTrue(gioLinh.matches(".*\\s3\\s+26\\s+11,5\\s+0\\s+0\\s+–\\s+11,5\\s+0,58$"), gioLinh);
    String dongHa = Cli.lines(r.out()).stream().filter(l -> l.contains("Đông Hà")).findFirst().orElseThrow();
    assertTrue(dongHa.matches(".*\\s1\\s+241\\s+0,4\\s+0\\s+0\\s+–\\s+0,4\\s+0,00$"), dongHa);
    assertTrue(r.out().contains("I.   Cấp sở") && r.out().contains("II.  Cấp huyện") && r.out().contains("Sở Tư pháp"), r::toString);
    assertTrue(r.out().contains("(từ ngày 01/01/2020 đến ngày 31/03/2020)"), r::toString);
    String improve = Cli.lines(r.out()).stream().filter(l -> l.startsWith("Cần cải thiện (dưới 1 điểm): ")).findFirst().orElseThrow();
    assertTrue(improve.contains("UBND huyện Gio Linh") && improve.contains("UBND huyện Cam Lộ"), improve);
    assertFalse(improve.contains("Hải Lăng") || improve.contains("Đakrông"), improve);
    assertFalse(r.out().contains("Must improve") || r.out().contains("Wrote"), r::toString);
    assertTrue(Cli.lines(r.out()).size() <= 45, "one screen: " + Cli.lines(r.out()).size() + " lines");
    // deterministic: the same output twice
    assertEquals(r.out(), cli.run("demo", "--output-dir", written.toString()).out());
    // it ends by writing the report in Vietnamese, and says where
    assertTrue(r.out().contains("Đã ghi báo cáo bằng tiếng Việt:"), r::toString);
    for (String name : List.of("qt1501-demo.xlsx", "qt1501-demo.html", "bieu06-demo.xlsx")) {
      assertTrue(java.nio.file.Files.size(written.resolve(name)) > 1000, name);
      assertTrue(r.out().contains(written.resolve(name).toString()), r::toString);
    }
    String page = java.nio.file.Files.readString(written.resolve("qt1501-demo.html"));
    assertTrue(page.contains("PHỤ LỤC") && page.contains("Sở Tư pháp") && page.contains("<svg "), "the demo's page");
  }

  @Test
  void demoInEnglishPrintsAndWritesEnglish(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path written = dir.resolve("demo");
    Cli.Result r = cli.run("demo", "--output-dir", written.toString(), "--lang", "en");
    assertEquals(0, r.status(), r::toString);
    String gioLinh = Cli.lines(r.out()).stream().filter(l -> l.contains("UBND huyện Gio Linh")).findFirst().orElseThrow();
    assertTrue(gioLinh.matches(".*\\s3\\s+26\\s+11\\.5\\s+0\\s+0\\s+–\\s+11\\.5\\s+0\\.58$"), gioLinh);
    assertTrue(r.out().contains("(2020-01-01 to 2020-03-31)") && r.out().contains("Provincial departments"), r::toString);
    String improve = Cli.lines(r.out()).stream().filter(l -> l.startsWith("Must improve (under 1 point): ")).findFirst().orElseThrow();
    assertTrue(improve.contains("UBND huyện Gio Linh"), improve);
    assertTrue(r.out().contains("Wrote the report in English:"), r::toString);
    String page = java.nio.file.Files.readString(written.resolve("qt1501-demo.html"));
    assertTrue(page.contains("APPENDIX") && page.contains("<html lang=\"en\""), "the demo's page in English");
  }

  @Test
  void noCommandAndUnknownOptionsAreUsageErrors() {
    Cli.Result none = cli.run();
    assertEquals(2, none.status(), none::toString);
    assertTrue(none.err().contains("Usage: kpi"), none::toString);
    Cli.Result bad = cli.run("evaluate", "--directive", "qt1501", "--bogus");
    assertEquals(2, bad.status(), bad::toString);
    assertTrue(bad.err().contains("Unknown option: '--bogus'") && bad.err().contains("Usage: kpi evaluate"), bad::toString);
    Cli.Result noInput = cli.run("evaluate", "--directive", "qt1501");
    assertEquals(2, noInput.status(), noInput::toString);
    assertTrue(noInput.err().contains("give --tallies or --agencies") && noInput.err().contains("Usage: kpi evaluate"), noInput::toString);
    Cli.Result period = cli.run("evaluate", "--directive", "qt1501", "--agencies", "x.csv", "--period", "2020-Q5");
    assertEquals(2, period.status(), period::toString);
    assertTrue(period.err().contains("--period: invalid period '2020-Q5'"), period::toString);
    Cli.Result dossiers = cli.run("evaluate", "--directive", "qt1501", "--agencies", "x.csv", "--dossiers", "d.json");
    assertEquals(2, dossiers.status(), dossiers::toString);
    assertTrue(dossiers.err().contains("--dossiers needs --procedures and --agencies"), dossiers::toString);
  }

  @Test
  void aBugExits1WithAShortMessageAndTheStackTraceOnlyWithDebug() {
    Cli broken = new Cli(() -> { throw new IllegalStateException("rule module exploded"); });
    Cli.Result r = broken.run("directives");
    assertEquals(1, r.status(), r::toString);
    assertTrue(r.err().contains("internal error: java.lang.IllegalStateException: rule module exploded"), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
    Cli.Result debug = broken.run("directives", "--debug");
    assertEquals(1, debug.status(), debug::toString);
    assertTrue(debug.err().contains("\tat "), debug::toString);
  }

  @Test
  void aMissingInputFileExits66() {
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", dir.resolve("absent.csv").toString());
    assertEquals(66, r.status(), r::toString);
    assertTrue(r.err().contains("absent.csv") && r.err().contains("no such file"), r::toString);
  }


  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("demo", "directives", "rules", "evaluate")) {
      Cli.Result r = cli.run(command, "--help");
      assertEquals(0, r.status(), r::toString);
      assertTrue(r.out().startsWith("Usage: kpi " + command), r::toString);
    }
  }

  @Test
  void anOutputFileThatCannotBeWrittenExits73() {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Path out = dir.resolve("no-such-dir").resolve("report.json");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--output", out.toString());
    assertEquals(73, r.status(), r::toString);
    assertTrue(r.err().contains("cannot write " + out), r::toString);
    assertFalse(r.err().contains("\tat "), r::toString);
  }

  @Test
  void versionIsPrinted() {
    Cli.Result r = cli.run("--version");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().startsWith("kpi "), r::toString);
  }
}
