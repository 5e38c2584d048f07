package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an official reads on the terminal is Vietnamese by default — verdict words, headings,
 * dd/mm/yyyy, a decimal comma, dots between thousands, "–" for no value — and English with {@code
 * --lang en}; JSON and CSV, machine outputs, do not change with the language.
 */
class TableLanguageTest {
  private final Cli cli = Cli.real();

  private static final String[] QT1501 = {
    "evaluate", "--directive", "qt1501", "--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString()
  };

  private Cli.Result run(String[] base, String... more) {
    List<String> args = new ArrayList<>(List.of(base));
    args.addAll(List.of(more));
    Cli.Result r = cli.run(args.toArray(String[]::new));
    assertEquals(0, r.status(), r::toString);
    return r;
  }

  @Test
  void theDefaultTableIsVietnameseWithVerdictWordsDecimalCommasAndDayMonthYearDates() {
    String vi = run(QT1501).out();
    assertTrue(vi.contains("Kỳ: từ ngày 01/01/2020 đến ngày 31/03/2020; tính đến ngày 31/03/2020"), vi);
    assertTrue(vi.contains("KẾT QUẢ THEO ĐƠN VỊ VÀ YÊU CẦU") && vi.contains("Ghi chú:"), vi);
    // Gio Linh: 3/26 = 11,538…% printed 11,5; 0,58 points; a score, in words
    assertTrue(vi.lines().anyMatch(l -> l.matches(
        "\\s+qt1501\\.online-rate-points\\s+3\\s+26\\s+11,5\\s+≥ 20 % → 1; 10–20 % → tỷ lệ/20 %; < 10 % → 0\\s+Chấm điểm\\s+0,58")),
        vi);
    assertTrue(vi.lines().anyMatch(l -> l.contains("covid2020.edoc-four-levels") && l.contains("hạn 29/06/2020")
        && l.contains("Chưa đến hạn")), vi);
    assertTrue(vi.lines().anyMatch(l -> l.contains("covid2020.work-records-online") && l.contains("Không áp dụng")), vi);
    // the districts' total: 44 of 1 086 dossiers, thousands dotted
    assertTrue(vi.lines().anyMatch(l -> l.matches("\\s+online-rate\\.level3-4\\s+44\\s+1\\.086\\s+4,1")), vi);
    assertTrue(vi.lines().anyMatch(l -> l.matches("\\d\\s+UBND huyện Vĩnh Linh\\s+0\\s+0\\s+–\\s+0\\s+87\\s+0,0\\s+0,0\\s+0,00")),
        "no value is –, never 0 %:\n" + vi);
    for (String english : List.of("SCORED", "PENDING", "NOT_APPLICABLE", "Scored", "Total points", "2020-03-31", "11.5", "0.58")) {
      assertFalse(vi.contains(english), english + " in the Vietnamese table:\n" + vi);
    }
  }

  @Test
  void withLangEnTheSameTableIsEnglish() {
    String en = run(QT1501, "--lang", "en").out();
    assertTrue(en.contains("Period: 2020-01-01 to 2020-03-31; as of 2020-03-31"), en);
    assertTrue(en.lines().anyMatch(l -> l.matches("\\s+qt1501\\.online-rate-points\\s+3\\s+26\\s+11\\.5\\s+.*\\s+Scored\\s+0\\.58")), en);
    assertTrue(en.lines().anyMatch(l -> l.contains("covid2020.edoc-four-levels") && l.contains("due 2020-06-29")
        && l.contains("Not yet due")), en);
    assertTrue(en.lines().anyMatch(l -> l.matches("\\s+online-rate\\.level3-4\\s+44\\s+1,086\\s+4\\.1")), en);
    assertFalse(en.contains("Chấm điểm") || en.contains("Ghi chú") || en.contains("11,5"), en);
  }

  @Test
  void jsonAndCsvAreTheSameWhateverTheLanguage() {
    for (String format : List.of("json", "csv")) {
      String vi = run(QT1501, "--format", format).out();
      String en = run(QT1501, "--format", format, "--lang", "en").out();
      assertEquals(vi, en, format);
      assertTrue(vi.contains("SCORED") && vi.contains("11.54"), format + " keeps its English keys and values:\n" + vi);
    }
  }

  @Test
  void aPooledUnitStandsApartFromTheTiersAndIsAddedIntoNoTotalAndTheComparisonIsNamed() {
    String[] qd766 = {
      "evaluate", "--directive", "qd766", "--period", "2026-Q3",
      "--dossiers", Cli.examples("qd766-dossiers.ndjson").toString(),
      "--procedures", Cli.examples("qd766-procedures.csv").toString(),
      "--agencies", Cli.examples("qd766-agencies.csv").toString(),
      "--tallies", Cli.examples("qd766-2026-q3-aggregate.csv").toString(),
      "--previous-tallies", Cli.examples("qd766-2026-q2-aggregate.csv").toString(),
      "--pool", "H44=Phú Thọ (gộp)"
    };
    String vi = run(qd766).out();
    assertTrue(vi.contains("So sánh với kỳ trước: từ ngày 01/04/2026 đến ngày 30/06/2026"), vi);
    assertTrue(vi.contains("TOÀN TỈNH (3 đơn vị)"), "the three agencies, not the pooled unit too:\n" + vi);
    assertTrue(vi.contains("III  ĐƠN VỊ GỘP SỐ LIỆU CỦA CÁC ĐƠN VỊ"), vi);
    // the province's on-time dossiers: 3 + 3 + 1 of 5 + 4 + 2, as the pooled unit counts them
    List<String> lines = vi.lines().toList();
    int province = lines.indexOf(lines.stream().filter(l -> l.contains("TOÀN TỈNH")).findFirst().orElseThrow());
    assertTrue(lines.subList(province, province + 30).stream().anyMatch(l -> l.matches("\\s+qd766\\.2\\.1\\s+7\\s+11\\s+63,64")),
        vi);
    // Thanh Thủy's on-time rule: 12 points, 8 lost, +2,00 against Q2
    assertTrue(lines.stream().anyMatch(l -> l.matches("H44\\.144\\s+qd766\\.2\\.1\\s+12,00\\s+8,00\\s+1\\s+thủ tục 1\\.001193 .*\\s+hồ sơ\\s+\\+2,00")),
        vi);
    assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+Tiến độ, kết quả giải quyết \\(dvc-progress-tree\\)\\s+12,00\\s+20,00\\s+\\+2,00")),
        vi);
    assertTrue(vi.contains("Đơn vị gộp (H44)"), vi);
  }

  @Test
  void helpSaysWhichFormatsTheLanguageChanges() {
    String help = cli.run("evaluate", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("The language of what people read — table, xlsx and html: vi (the default"), help);
    assertTrue(help.contains("json and csv are machine outputs with stable English keys whatever --lang says"), help);
    String demo = cli.run("demo", "--help").out();
    assertTrue(demo.contains("--lang"), demo);
  }
}
