package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi report bieu06} over the example dossiers (2023-H1, counted by hand below), its formats
 * and languages; {@code kpi evaluate --format xlsx|html}.
 */
class ReportCommandTest {
  private final Cli cli = Cli.real();
  @TempDir Path dir;

  private static String[] bieu06(String... more) {
    List<String> args = new ArrayList<>(List.of("report", "bieu06",
        "--dossiers", Cli.examples("dossiers.csv").toString(),
        "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString(),
        "--period", "2023-H1"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void theCsvHasARowPerAgencyAndFieldPerAgencyAndTheWholeCountedAsTheReadingsSay() throws IOException {
    Cli.Result r = cli.run(bieu06("--format", "csv"));
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().startsWith("\uFEFFagency,field,received_total,received_online,received_direct_postal,carried_over,"
        + "settled_total,settled_early,settled_on_time,settled_late,in_progress_total,in_progress_within,in_progress_overdue\r\n"), r.out());
    // 12 dossiers: 5 online; 11 settled — 4 early, 4 on time (0012 withdrawn, undated: on time), 3 late;
    // 0004 open past its due date of 15 Jun
    assertTrue(r.out().endsWith("*,*,12,5,7,0,11,4,4,3,1,0,1\r\n"), r.out());
    // Đông Hà: 0009 on time, 0010 a day late, 0011 on time, 0012 withdrawn
    assertTrue(r.out().contains("\r\nQT-D05,*,4,2,2,0,4,0,3,1,0,0,0\r\n"), r.out());
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(r.out().substring(1))) {
      rows = it.readAll();
    }
    assertEquals(4, rows.stream().filter(m -> m.get("field").equals("*") && !m.get("agency").equals("*")).count(),
        "a row per agency");
    assertEquals(List.of("Đất đai"), rows.stream().filter(m -> m.get("agency").equals("QT-S03") && !m.get("field").equals("*"))
        .map(m -> m.get("field")).toList());
  }

  @Test
  void theTableIsVietnameseByDefaultAndEnglishOnRequest() {
    Cli.Result vi = cli.run(bieu06());
    assertEquals(0, vi.status(), vi::toString);
    assertTrue(vi.out().contains("Biểu số 06/VPCP/KSTT") && vi.out().contains("Tổng cộng")
        && vi.out().contains("từ ngày 01/01/2023 đến ngày 30/06/2023"), vi.out());
    Cli.Result en = cli.run(bieu06("--lang", "en", "--format", "html"));
    assertEquals(0, en.status(), en::toString);
    assertTrue(en.out().contains("<html lang=\"en\"") && en.out().contains("Form 06"), en.out());
  }

  @Test
  void aWorkbookNeedsAnOutputFileAndIsWrittenThere() throws IOException {
    Cli.Result none = cli.run(bieu06("--format", "xlsx"));
    assertEquals(2, none.status(), none::toString);
    assertTrue(none.err().contains("give --output"), none::toString);
    Path out = dir.resolve("bieu06.xlsx");
    Cli.Result r = cli.run(bieu06("--format", "xlsx", "--output", out.toString(), "--agency", "QT-D05"));
    assertEquals(0, r.status(), r::toString);
    assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(Files.readAllBytes(out), 2), "a zip: the xlsx container");
  }

  @Test
  void dossiersWithoutAStatusColumnMakeNoFormAndSayWhatIsMissing() {
    Path dossiers = Cli.file(dir, "d.csv",
        "id,procedure,agency,channel,received,due,finished",
        "A1,1.004227,QT-S03,direct,2023-01-05T08:00,2023-01-20T17:00,2023-01-18T10:00");
    Cli.Result r = cli.run("report", "bieu06", "--dossiers", dossiers.toString(),
        "--procedures", Cli.examples("procedures.csv").toString(), "--agencies", Cli.examples("agencies.csv").toString(),
        "--period", "2023-H1");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("TrangThaiHoSo / status"), r::toString);
  }

  @Test
  void evaluateWritesTheDirectiveReportAsHtmlWithTheAppendixLayoutForQt1501() throws IOException {
    Path tallies = Cli.examples("quangtri-1501-2020q1-districts.csv");
    Cli.Result html = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "html");
    assertEquals(0, html.status(), html::toString);
    assertTrue(html.out().contains("PHỤ LỤC") && html.out().contains("UBND huyện Gio Linh") && html.out().contains("11,5")
        && html.out().contains("0,58") && html.out().contains("Chấm điểm") && html.out().contains("<svg "), html.out());
    Path xlsx = dir.resolve("qt1501.xlsx");
    Cli.Result book = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "xlsx",
        "--output", xlsx.toString(), "--lang", "en");
    assertEquals(0, book.status(), book::toString);
    assertTrue(Files.size(xlsx) > 1000);
    String en = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--format", "html", "--lang", "en").out();
    assertTrue(en.contains("APPENDIX") && en.contains("Scored") && en.contains("11.5"), en);
    assertTrue(new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));
  }

  @Test
  void aRolledUpReportSaysSoAndCountsItsTotalsOverTheAgenciesItShows() {
    Cli.Result r = cli.run("evaluate", "--directive", "qn07", "--period", "2025-07-01..2025-12-31", "--roll-up", "province",
        "--dossiers", Cli.examples("province-2025/dossiers.csv").toString(),
        "--procedures", Cli.examples("province-2025/procedures.csv").toString(),
        "--agencies", Cli.examples("province-2025/agencies.csv").toString(),
        "--tasks", Cli.examples("province-2025/tasks.csv").toString(), "--format", "html");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("Số liệu gộp lên toàn tỉnh (cấp 0 của cây đơn vị)"), r.out());
    assertTrue(r.out().contains("TOÀN TỈNH (1 đơn vị)"), "the province's total adds the one line shown: " + r.out());
  }
}
