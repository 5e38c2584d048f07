package io.github.motcua.kpi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.kpi.io.AgenciesCsv;
import io.github.motcua.kpi.io.ProceduresCsv;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The national-portal example of {@code examples/} on Spark: the example job prints exactly the
 * report {@code kpi evaluate --format json} prints (from NDJSON, and from the same records as
 * Parquet), with any partitioning; bad records are rejected as {@code kpi} rejects them, each kept
 * with its reasons, and accepted + rejected = read.
 */
class PortalExampleSparkTest {
  private static final String[] EXAMPLE = {
    "--directive", "qt2023",
    "--procedures", Kpi.examples("procedures.csv").toString(),
    "--agencies", Kpi.examples("agencies.csv").toString()
  };

  private static String[] args(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  private static Kpi.Result cliReport(String dossiers, String... more) {
    Kpi.Result r = Kpi.cli(args(args(new String[] {"evaluate"}, EXAMPLE), args(new String[] {"--dossiers", dossiers, "--format", "json"}, more)));
    return r;
  }

  @Test
  void theJobPrintsTheReportKpiEvaluatePrintsForTheNdjsonExample() {
    String ndjson = Kpi.examples("national-portal-dossiers.ndjson").toString();
    Kpi.Result cli = cliReport(ndjson);
    assertEquals(0, cli.status(), cli::toString);
    Kpi.Result job = Kpi.job(args(EXAMPLE, "--dossiers", ndjson));
    assertEquals(0, job.status(), job::toString);
    assertEquals(cli.out(), job.out());
    assertTrue(job.err().contains("read 12 records, accepted 12, rejected 0"), job::toString);
  }

  @Test
  void theSameRecordsAsParquetGiveTheSameReport(@TempDir Path dir) {
    SparkSession spark = LocalSpark.session();
    String ndjson = Kpi.examples("national-portal-dossiers.ndjson").toString();
    Path parquet = dir.resolve("dossiers.parquet");
    spark.read().json(ndjson).write().parquet(parquet.toString());
    Kpi.Result cli = cliReport(ndjson);
    Kpi.Result job = Kpi.job(args(EXAMPLE, "--dossiers", parquet.toString(), "--input-format", "parquet"));
    assertEquals(0, job.status(), job::toString);
    assertEquals(cli.out(), job.out());
  }

  @Test
  void anyPartitioningOfTheExampleGivesTheReportKpiEvaluatePrints() throws IOException {
    SparkSession spark = LocalSpark.session();
    String ndjson = Kpi.examples("national-portal-dossiers.ndjson").toString();
    String expected = cliReport(ndjson).out();
    Directive qt2023 = Directives.load().get("qt2023");
    Period period = qt2023.defaultPeriod().orElseThrow();
    List<Agency> agencies = AgenciesCsv.read(Kpi.examples("agencies.csv"));
    ProcedureCatalogue catalogue = ProceduresCsv.read(Kpi.examples("procedures.csv"));
    CountingSpec spec =
        CountingSpec.builder(period, period.end())
            .catalogue(catalogue)
            .agencies(agencies)
            .counters(CounterSource.ids(TallyJob.ACCOUNTING))
            .counters(CounterSource.directive("qt2023"))
            .workingDays(CalendarSource.defaults())
            .build();
    PortalRead read = PortalDossiers.ndjson(spark, spec, ndjson);
    InputSummary summary = read.summary();
    assertEquals(InputSummary.of(12, 12, 0), summary);
    for (int partitions : List.of(1, 2, 7)) {
      Dataset<Row> rows = read.dossiers().repartition(partitions);
      ProvinceTally tallies = SparkTallies.of(spec).chunk(2).tally(rows);
      String report =
          Evaluator.of(qt2023)
              .evaluate(
                  EvaluationInput.builder()
                      .period(period)
                      .asOf(period.end())
                      .agencies(agencies)
                      .tallies(tallies)
                      .putSources("dossiers", tallies)
                      .catalogue(catalogue)
                      .inputSummary(summary)
                      .build())
              .toJson();
      assertEquals(expected, report + System.lineSeparator(), partitions + " partitions");
    }
  }

  /** The example's first record with {@code from} replaced by {@code to}. */
  private static String variant(String first, String from, String to) {
    assertTrue(first.contains(from), from);
    return first.replace(from, to);
  }

  @Test
  void everyBadRecordIsRejectedWithItsReasonsAsKpiRejectsIt(@TempDir Path dir) throws IOException {
    List<String> example = Files.readAllLines(Kpi.examples("national-portal-dossiers.ndjson"), StandardCharsets.UTF_8);
    String first = example.get(0);
    List<String> lines = new ArrayList<>(example);
    lines.add("");
    lines.add("{\"MaHoSo\": \"X-01\", \"MaTTHC\": ");
    lines.add("[1, 2]");
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-02").replace("\"QT-S03\"", "\"Sở Không Có\""));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-03").replace("\"20230120170000\"", "\"20221231170000\""));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-04").replace("\"1.004227\"", "\"9.999999\"").replace("\"KenhThucHien\": 1", "\"KenhThucHien\": 7"));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-05").replace("\"TrangThaiHoSo\": 10", "\"TrangThaiHoSo\": 11"));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-06").replace("\"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí cấp giấy chứng nhận\", \"Gia\": 100000}]", "\"DanhSachLePhi\": []").replace("\"DuocThanhToanTrucTuyen\": 0", "\"DuocThanhToanTrucTuyen\": 1"));
    lines.add(variant(first, "\"20230105080000\"", "\"2023-01-05 08:00\""));
    lines.add(example.get(4));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-07").replace(", \"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí cấp giấy chứng nhận\", \"Gia\": 100000}]", ""));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-08").replace("\"DanhSachLePhi\": [{\"TenPhiLePhi\": \"Lệ phí cấp giấy chứng nhận\", \"Gia\": 100000}]", "\"DanhSachLePhi\": null"));
    lines.add(variant(first, "000.00.18.H50-230105-0001", "X-09").replace("\"MaTTHC\": \"1.004227\"", "\"MaTTHC\": \"  \""));
    Path file = dir.resolve("bad.ndjson");
    Files.write(file, lines, StandardCharsets.UTF_8);
    // A line saved in another encoding: bytes that are no UTF-8 (kpi names it "not UTF-8 text").
    String latin = variant(first, "000.00.18.H50-230105-0001", "X-10").replace("QT-S03", "Sở");
    Files.write(file, (latin + "\n").getBytes(StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
    lines.add(new String(latin.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    Path rejectsCsv = dir.resolve("rejects.csv");

    Kpi.Result strictCli = cliReport(file.toString());
    Kpi.Result strictJob = Kpi.job(args(EXAMPLE, "--dossiers", file.toString()));
    assertEquals(65, strictCli.status(), strictCli::toString);
    assertEquals(65, strictJob.status(), strictJob::toString);

    Kpi.Result cli = cliReport(file.toString(), "--skip-invalid", "--rejects", rejectsCsv.toString());
    assertEquals(0, cli.status(), cli::toString);
    Path rejectsDir = dir.resolve("rejects");
    Kpi.Result job = Kpi.job(args(EXAMPLE, "--dossiers", file.toString(), "--skip-invalid", "--rejects", rejectsDir.toString()));
    assertEquals(0, job.status(), job::toString);
    assertEquals(cli.out(), job.out(), "the same report, input summary included");

    JsonNode input = new ObjectMapper().readTree(job.out()).get("input");
    long read = input.get("read").asLong();
    long accepted = input.get("accepted").asLong();
    long rejected = input.get("rejected").asLong();
    assertEquals(read, accepted + rejected);
    assertEquals(lines.stream().filter(l -> !l.isBlank()).count(), read, "every non-blank line is a record");

    // Every rejected record is written, with its text and at least one reason; the reasons are the
    // command line's (the location aside: Spark names the file, kpi the line too).
    SparkSession spark = LocalSpark.session();
    List<Row> written = spark.read().json(rejectsDir.toString()).collectAsList();
    assertEquals(rejected, written.size());
    Map<String, List<String>> sparkReasons = new TreeMap<>();
    for (Row r : written) {
      String text = r.getAs("record");
      assertTrue(lines.contains(text), text);
      List<String> problems = r.getList(r.fieldIndex("problems"));
      assertFalse(problems.isEmpty(), text);
      for (String p : problems) {
        String id = r.isNullAt(r.fieldIndex("id")) ? "null" : r.getString(r.fieldIndex("id"));
        sparkReasons.computeIfAbsent(id, k -> new ArrayList<>()).add(withoutLocation(p));
      }
    }
    Map<String, List<String>> cliReasons = new TreeMap<>();
    CsvMapper csv = new CsvMapper();
    try (var it = csv.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(rejectsCsv.toFile())) {
      while (it.hasNext()) {
        Map<String, String> row = it.next();
        String id = row.get("id").isEmpty() ? "null" : row.get("id");
        cliReasons.computeIfAbsent(id, k -> new ArrayList<>()).add(reason(row));
      }
    }
    // Written above: 9 bad lines, and 2 pairs of lines sharing a MaHoSo (all four rejected).
    assertEquals(13, rejected, job::toString);
    assertEquals(cliReasons.keySet(), sparkReasons.keySet(), "the same records rejected");
    cliReasons.forEach(
        (id, reasons) -> {
          List<String> mine = new ArrayList<>(sparkReasons.get(id));
          if (reasons.stream().anyMatch(r -> r.contains("duplicate"))) {
            assertTrue(mine.stream().allMatch(r -> r.contains("duplicate: 2 records share this value")), mine::toString);
            return;
          }
          Collections.sort(reasons);
          Collections.sort(mine);
          assertEquals(reasons, mine, id);
        });
  }

  /** A problem as {@code kpi} prints it, without {@code FILE:LINE: } / {@code FILE: }. */
  private static String withoutLocation(String problem) {
    int at = problem.indexOf(".ndjson");
    String rest = problem.substring(at + ".ndjson".length());
    // kpi's rejects CSV writes an empty value as nothing; the problem text says "(empty)".
    return rest.replaceFirst("^(:\\d+)?: ", "").replaceFirst(" \\(empty\\)$", "");
  }

  /** A row of {@code kpi}'s rejects CSV as its problem would print, without the location. */
  private static String reason(Map<String, String> row) {
    StringBuilder s = new StringBuilder();
    if (!row.get("id").isEmpty()) {
      s.append("MaHoSo '").append(row.get("id")).append("': ");
    }
    if (!row.get("field").isEmpty()) {
      s.append("field '").append(row.get("field")).append("': ");
    }
    s.append(row.get("problem"));
    String value = row.get("value");
    if (value != null && !value.isEmpty()) {
      s.append(" ('").append(value).append("')");
    }
    return s.toString();
  }
}
