package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.kpi.eval.Verdict;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.render.CsvText;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV parses back with jackson-dataformat-csv; the Vietnamese and English printing of values. */
class CsvAndLangTest {

  private static byte[] csv(Bieu06 form) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    form.write(Format.CSV, Lang.VI, out);
    return out.toByteArray();
  }

  private static List<Map<String, String>> parse(byte[] bytes) throws IOException {
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void bieu06CsvHasTheBomTheStableColumnsAndParsesBackToEveryRowOfTheForm() throws IOException {
    Bieu06 form = Fixtures.handForm();
    byte[] bytes = csv(form);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.substring(1).startsWith("agency,field,received_total,received_online,received_direct_postal,carried_over,"
        + "settled_total,settled_early,settled_on_time,settled_late,in_progress_total,in_progress_within,in_progress_overdue\r\n"), text);
    List<Map<String, String>> rows = parse(bytes);
    assertEquals(form.rows().size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Bieu06Row r = form.rows().get(i);
      assertEquals(r.agency(), rows.get(i).get("agency"));
      assertEquals(r.field(), rows.get(i).get("field"));
      for (Bieu06Column c : Bieu06Column.values()) {
        assertEquals(r.figures().get(c), Long.parseLong(rows.get(i).get(c.key())), r.agency() + "/" + r.field() + " " + c.key());
      }
    }
    assertEquals("*", rows.get(rows.size() - 1).get("agency"));
    assertEquals("*", rows.get(rows.size() - 1).get("field"));
    assertEquals("Chứng thực", rows.get(1).get("field"), "Vietnamese intact");
  }

  @Test
  void formulaLookingFieldsAreNeutralisedAndCommasQuotedAndTheyStillParseBack() throws IOException {
    ProcedureCatalogue catalogue =
        ProcedureCatalogue.of(List.of(
            Procedure.builder().code("1").name("x").field("=HYPERLINK(\"http://x\")").level(ServiceLevel.LEVEL_3).build(),
            Procedure.builder().code("2").name("y").field("Hộ tịch, chứng thực").level(ServiceLevel.LEVEL_3).build(),
            Procedure.builder().code("3").name("z").field("@cmd").level(ServiceLevel.LEVEL_3).build()));
    List<Agency> agencies = List.of(Agency.of("-A1", "+Agency", Tier.COMMUNE));
    var dossiers = List.of(
        Fixtures.dossier("a", "1", "-A1", Channel.DIRECT, "2026-01-05", "2026-01-09", null, 2),
        Fixtures.dossier("b", "2", "-A1", Channel.ONLINE, "2026-01-05", "2026-01-09", null, 2),
        Fixtures.dossier("c", "3", "-A1", Channel.ONLINE, "2026-01-05", "2026-01-09", null, 2));
    Bieu06 form = Bieu06.count(Fixtures.Q1, Fixtures.Q1.end(), catalogue, agencies, dossiers);
    byte[] bytes = csv(form);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("'-A1,\"'=HYPERLINK(\"\"http://x\"\")\",1,"), text);
    assertTrue(text.contains("'-A1,\"Hộ tịch, chứng thực\",1,"), text);
    assertTrue(text.contains("'-A1,'@cmd,1,"), text);
    List<Map<String, String>> rows = parse(bytes);
    assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get("field"));
    assertEquals("Hộ tịch, chứng thực", rows.get(1).get("field"));
    assertEquals("1", rows.get(1).get("in_progress_total"));
    assertEquals("'+x", CsvText.neutralised("+x"));
    assertEquals("12", CsvText.neutralised("12"));
  }

  @Test
  void vietnameseIsTheDefaultWithDecimalCommaDottedThousandsAndDayMonthYear() {
    assertEquals("11,54", Lang.VI.percent(Ratio.of(3, 26), 2));
    assertEquals("11.54", Lang.EN.percent(Ratio.of(3, 26), 2));
    assertEquals("0,4", Lang.VI.percent(Ratio.of(1, 241), 1));
    assertEquals("–", Lang.VI.percent(Ratio.of(0, 0), 2), "no value is never 0 % or 100 %");
    assertEquals("1.534", Lang.VI.count(1534));
    assertEquals("1,534", Lang.EN.count(1534));
    assertEquals("151.606", Lang.VI.count(151_606));
    assertEquals("08/04/2020", Lang.VI.date(LocalDate.of(2020, 4, 8)));
    assertEquals("2020-04-08", Lang.EN.date(LocalDate.of(2020, 4, 8)));
    assertEquals("0,58", Lang.VI.points(new BigDecimal("0.58")));
    assertEquals("1,00", Lang.VI.points(BigDecimal.ONE));
    assertEquals(Lang.VI, Lang.of("vi"));
    assertEquals(Format.XLSX, Format.of("xlsx"));
  }

  @Test
  void verdictsReadAsREPORTSmdListsThem() {
    assertEquals(
        List.of("Đạt", "Không đạt", "Chấm điểm", "Chưa có số liệu", "Không áp dụng", "Hoàn thành đúng hạn",
            "Hoàn thành quá hạn", "Chưa đến hạn", "Quá hạn chưa hoàn thành"),
        Arrays.stream(Verdict.values()).map(Lang.VI::verdict).toList());
    assertEquals("Met", Lang.EN.verdict(Verdict.MET));
  }
}
