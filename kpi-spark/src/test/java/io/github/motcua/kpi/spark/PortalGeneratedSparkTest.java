package io.github.motcua.kpi.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.kpi.io.AgenciesCsv;
import io.github.motcua.kpi.io.ProceduresCsv;
import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.tally.DeadlineReading;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Offering;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated dossiers written as national-portal sync records — agencies by code or by name,
 * numbers as numbers or digit strings, {@code DanhSachLePhi} listed, empty, null or absent, and
 * some bad records among them — give on Spark, with 1, 2 or 7 partitions, exactly the report {@code
 * kpi evaluate --skip-invalid --format json} gives for every directive.
 */
class PortalGeneratedSparkTest {
  private static final DateTimeFormatter PORTAL = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The periods the directives judge (their rules have windows): QN-07's 2018, QT-1501's quarter, QT-2023's half. */
  private static final Gen<Period> PERIODS =
      Generate.pick(List.of(Period.year(2018), Period.quarter(2020, 1), Period.half(2023, 1)));

  /** A scenario and its dossiers as sync lines. */
  record Input(SparkTalliesTest.Scenario scenario, List<String> lines) {
    @Override
    public String toString() {
      return scenario + ", " + lines.size() + " lines";
    }
  }

  static Gen<Input> inputs() {
    return in -> {
      SparkTalliesTest.Scenario s = SparkTalliesTest.scenarios(PERIODS).generate(in);
      Map<String, Agency> agencies = new LinkedHashMap<>();
      s.agencies().forEach(a -> agencies.put(a.code(), a));
      List<String> lines = new ArrayList<>();
      for (Dossier d : s.dossiers()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("MaHoSo", d.id());
        m.put("MaTTHC", d.procedureCode());
        m.put("MaLinhVuc", "Lĩnh vực");
        Agency a = agencies.get(d.agencyCode());
        m.put("DonViXuLy", choice(in, 2) == 0 ? a.code() : a.name());
        int channel = d.channel().nationalCode().orElse(2);
        m.put("KenhThucHien", choice(in, 2) == 0 ? channel : Integer.toString(channel));
        m.put("NgayTiepNhan", PORTAL.format(d.receivedAt()));
        time(m, "NgayHenTra", d.dueAt().orElse(null), in);
        time(m, "NgayKetThucXuLy", d.finishedAt().orElse(null), in);
        time(m, "NgayTra", d.returnedAt().orElse(null), in);
        d.nationalStatus().ifPresent(code -> m.put("TrangThaiHoSo", code));
        m.put("HinhThuc", d.resultByPost() ? 1 : 0);
        if (d.feeBearing()) {
          m.put("DanhSachLePhi", List.of(Map.of("TenPhiLePhi", "Lệ phí", "MucPhi", 50000)));
        } else {
          switch (choice(in, 3)) {
            case 0 -> m.put("DanhSachLePhi", List.of());
            case 1 -> m.put("DanhSachLePhi", null);
            default -> { } // absent: the procedure's fee flag decides
          }
        }
        m.put("DuocThanhToanTrucTuyen", d.payment().code());
        m.put("HoSoCoThanhPhanSoHoa", choice(in, 2) == 0 ? (d.digitised() ? 1 : 0) : d.digitised());
        lines.add(json(m));
        switch (choice(in, 40)) {
          case 0 -> lines.add("{\"MaHoSo\": \"BAD-" + d.id() + "\", ");
          case 1 -> lines.add(lines.get(lines.size() - 1));
          case 2 -> {
            m.put("MaHoSo", "BAD-" + d.id());
            m.put("TrangThaiHoSo", 11);
            lines.add(json(m));
          }
          case 3 -> {
            m.put("MaHoSo", "BAD-" + d.id());
            m.put("DonViXuLy", "Không có");
            lines.add(json(m));
          }
          case 4 -> lines.add("   ");
          default -> { }
        }
      }
      return new Input(s, lines);
    };
  }

  private static int choice(org.quicktheories.core.RandomnessSource in, int n) {
    return integers().between(0, n - 1).generate(in);
  }

  private static void time(Map<String, Object> m, String field, LocalDateTime t, org.quicktheories.core.RandomnessSource in) {
    if (t != null) {
      m.put(field, PORTAL.format(t));
    } else if (choice(in, 3) == 0) {
      m.put(field, null);
    } else if (choice(in, 2) == 0) {
      m.put(field, "");
    }
  }

  private static String json(Map<String, Object> m) {
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The catalogue as the procedures CSV: each procedure's own row, then a row per offering. */
  private static List<String> proceduresCsv(ProcedureCatalogue c) {
    List<String> out = new ArrayList<>();
    out.add("code,name,field,level,fee,national_portal,approved,paper_result,agency,processing_time,processing_unit");
    for (Procedure p : c.procedures()) {
      out.add(row(p, "", timed(c, p.code())));
    }
    for (String agency : c.agenciesWithOfferings()) {
      for (Offering o : c.offeringsOf(agency)) {
        out.add(row(c.procedureFor(agency, o.procedureCode()).orElseThrow(), agency, timed(c, o.procedureCode())));
      }
    }
    return out;
  }

  /**
   * Whether the procedure gets a processing time of 3 working days in the CSV, so that dossiers
   * without a due date get one derived through the working calendar: all but every third.
   */
  private static boolean timed(ProcedureCatalogue c, String code) {
    return c.indexOf(code).getAsInt() % 3 != 2;
  }

  private static String row(Procedure p, String agency, boolean timed) {
    return String.join(
        ",",
        p.code(),
        p.name(),
        p.field(),
        Integer.toString(p.level().number()),
        p.feeBearing() ? "1" : "0",
        p.onNationalPortal() ? "1" : "0",
        p.onApprovedList() ? "1" : "0",
        p.paperResultRequired() ? "1" : "0",
        agency,
        timed ? "3" : "",
        timed ? "working-days" : "");
  }

  private static Path write(Path dir, String name, List<String> lines) {
    try {
      return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void generatedSyncRecordsGiveTheReportKpiEvaluateGivesForEveryDirectiveAndPartitioning(@TempDir Path root) {
    SparkSession spark = LocalSpark.session();
    List<Directive> directives = Directives.load().list();
    int[] example = {0};
    qt().withExamples(3)
        .withShrinkCycles(0)
        .forAll(inputs())
        .checkAssert(
            input -> {
              SparkTalliesTest.Scenario s = input.scenario();
              Path dir = root.resolve("example-" + example[0]++);
              try {
                Files.createDirectories(dir);
                Path agencies = write(dir, "agencies.csv", agenciesCsv(s.agencies()));
                Path procedures = write(dir, "procedures.csv", proceduresCsv(s.catalogue()));
                Path dossiers = write(dir, "dossiers.ndjson", input.lines());
                List<Agency> listed = AgenciesCsv.read(agencies);
                ProcedureCatalogue catalogue = ProceduresCsv.read(procedures);
                // Due dates are derived as the directive's deadline reading needs them (QĐ 766's
                // takes supplement waits off the dossier's end, so they are not added to the due date).
                Map<DeadlineReading, PortalRead> reads = new LinkedHashMap<>();
                java.util.function.Function<DeadlineReading, PortalRead> readFor =
                    reading ->
                        reads.computeIfAbsent(
                            reading,
                            r ->
                                PortalDossiers.ndjson(
                                        spark,
                                        CountingSpec.builder(s.period(), s.asOf())
                                            .catalogue(catalogue)
                                            .agencies(listed)
                                            .workingDays(CalendarSource.defaults())
                                            .reading(r)
                                            .build(),
                                        dossiers.toString())
                                    .persist());
                PortalRead read = readFor.apply(DeadlineReading.byDate());
                InputSummary summary = read.summary();
                long undue =
                    s.dossiers().stream().filter(x -> x.dueAt().isEmpty() && timed(s.catalogue(), x.procedureCode())).count();
                assertTrue(summary.dueDatesDerived() > 0 || undue < 5, "due dates derived: " + summary);
                assertTrue(summary.rejected() > 0 || input.lines().stream().noneMatch(l -> l.contains("BAD-")), summary::toString);
                for (int k = 0; k < directives.size(); k++) {
                  Directive d = directives.get(k);
                  Kpi.Result cli =
                      Kpi.cli(
                          "evaluate", "--directive", d.id(),
                          "--period", s.period().toString(), "--as-of", s.asOf().toString(),
                          "--dossiers", dossiers.toString(), "--procedures", procedures.toString(),
                          "--agencies", agencies.toString(), "--skip-invalid", "--format", "json");
                  assertEquals(0, cli.status(), cli::toString);
                  CountingSpec spec =
                      CountingSpec.builder(s.period(), s.asOf())
                          .catalogue(catalogue)
                          .agencies(listed)
                          .counters(CounterSource.ids(TallyJob.ACCOUNTING))
                          .counters(CounterSource.directive(d.id()))
                          .workingDays(CalendarSource.defaults())
                          .reading(d.deadlineReading())
                          .build();
                  boolean scored = d.requirements().stream().anyMatch(r -> r instanceof ScoredRule);
                  List<Integer> partitions = d.id().equals("qt2023") ? List.of(1, 2, 7) : List.of(List.of(1, 2, 7).get(k % 3));
                  for (int p : partitions) {
                    Dataset<Row> rows = readFor.apply(d.deadlineReading()).dossiers().repartition(p);
                    ProvinceTally tallies = SparkTallies.of(spec).chunk(16).tally(rows);
                    List<Breakdown> parts = scored ? List.of(SparkTallies.of(spec).chunk(16).byProcedure(rows)) : List.of();
                    String report =
                        Evaluator.of(d)
                            .evaluate(
                                EvaluationInput.builder()
                                    .period(s.period())
                                    .asOf(s.asOf())
                                    .agencies(listed)
                                    .tallies(tallies)
                                    .putSources("dossiers", tallies)
                                    .breakdowns(parts)
                                    .catalogue(catalogue)
                                    .inputSummary(summary)
                                    .build())
                            .toJson();
                    assertEquals(cli.out(), report + System.lineSeparator(), d.id() + ", " + p + " partitions: " + input);
                  }
                }
                reads.values().forEach(PortalRead::unpersist);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static List<String> agenciesCsv(List<Agency> agencies) {
    List<String> out = new ArrayList<>();
    out.add("agency,name,tier");
    for (Agency a : agencies) {
      out.add(a.code() + "," + a.name() + "," + a.tier().name());
    }
    return out;
  }
}
