package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.testkit.InputMutations;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader, fed mutants of a valid example (truncations, byte flips, swapped, duplicated and
 * dropped lines, random Unicode, bytes that are no UTF-8, repeated stretches), ends each one in
 * accepted records and named problems — {@code accepted + rejected = read} — or in a {@link
 * BadInputException} naming at least one problem: no other exception escapes, every problem prints
 * on one bounded line and writes to a rejects file. {@value #DEFAULT_EXAMPLES} mutants a reader in
 * every build (seeded by {@code QT_SEED}); {@code -Dkpi.fuzz.examples=20000} runs more.
 */
class ReaderFuzzTest {
  static final int DEFAULT_EXAMPLES = 300;
  private static final int EXAMPLES = Integer.getInteger("kpi.fuzz.examples", DEFAULT_EXAMPLES);

  @TempDir Path dir;

  /** Reads one mutant, returning what the reader returned. */
  @FunctionalInterface
  interface Reading {
    Object read(Path file) throws IOException;
  }

  private void fuzz(String example, String name, Reading reading) throws IOException {
    fuzz(Files.readAllBytes(Inputs.example(example)), name, reading);
  }

  private void fuzz(byte[] valid, String name, Reading reading) {
    Path file = dir.resolve(name);
    qt().withExamples(EXAMPLES).forAll(InputMutations.of(valid)).checkAssert(bytes -> {
      try {
        Files.write(file, bytes);
        Object result;
        try {
          result = reading.read(file);
        } catch (BadInputException e) {
          assertFalse(e.problems().isEmpty());
          wellNamed(e.problems());
          return;
        }
        if (result instanceof Intake<?> intake) {
          assertEquals(intake.read(), intake.accepted().size() + intake.rejected().size());
          wellNamed(intake.problems());
        } else if (result instanceof DossierRead<?> read) {
          assertEquals(read.read(), read.accepted() + read.rejected());
          assertTrue(read.problemCount() >= read.rejected());
          wellNamed(read.problems());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Each problem names its file, prints on one bounded line, and writes to a rejects file that reads back. */
  private static void wellNamed(List<Problem> problems) {
    for (Problem p : problems) {
      String line = p.toString();
      assertFalse(line.contains("\n") || line.contains("\r"), line);
      assertTrue(line.length() < 2_000, line);
      assertTrue(p.location().file().length() > 0, line);
    }
    String rejects = RejectsCsv.write(problems);
    assertFalse(rejects.contains("\uFFFF"));
    try {
      assertEquals(problems.size() + 1, rejectsRows(rejects), rejects);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long rejectsRows(String csv) throws IOException {
    try (var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
        .readerForListOf(String.class)
        .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
        .readValues(new StringReader(csv))) {
      return it.readAll().size();
    }
  }

  private static DossierReader dossierReader(ProcedureCatalogue catalogue) {
    return DossierReader.builder(catalogue, Inputs.agencies()).vneidChannelCode(4).chunk(4).build();
  }

  @Test
  void talliesCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    fuzz("quangtri-1501-2020q1-districts.csv", "t.csv", f -> TalliesCsv.read(f, List.of(), ReadOptions.defaults()));
  }

  @Test
  void agenciesCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    fuzz("agencies.csv", "a.csv", AgenciesCsv::read);
  }

  @Test
  void proceduresCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    fuzz("procedures.csv", "p.csv", ProceduresCsv::read);
  }

  @Test
  void dossierCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    ProcedureCatalogue catalogue = Inputs.catalogue();
    Tallies tallies = Tallies.of(Period.half(2023, 1), Period.half(2023, 1).end(), catalogue).counting(Counter.standard());
    fuzz("dossiers.csv", "d.csv", f -> Files.size(f) % 2 == 0 ? dossierReader(catalogue).dossiers(f) : dossierReader(catalogue).tally(f, tallies));
  }

  @Test
  void ndjsonEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    ProcedureCatalogue catalogue = Inputs.catalogue();
    Tallies tallies = Tallies.of(Period.half(2023, 1), Period.half(2023, 1).end(), catalogue).counting(Counter.standard());
    fuzz("national-portal-dossiers.ndjson", "d.ndjson",
        f -> Files.size(f) % 2 == 0 ? dossierReader(catalogue).columns(f) : dossierReader(catalogue).tally(f, tallies));
  }

  @Test
  void jsonArrayEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    ProcedureCatalogue catalogue = Inputs.catalogue();
    fuzz("national-portal-dossiers.json", "d.json",
        f -> Files.size(f) % 2 == 0 ? dossierReader(catalogue).dossiers(f) : dossierReader(catalogue).columns(f));
  }

  @Test
  void workRecordsCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    Path valid = Inputs.write(dir, "valid-w.csv", "agency,classified,online\nQT-S03,0,1\nQT-S03,1,0\n"
        + "\"Sở Xây dựng, tỉnh Quảng Trị\",no,yes\nQT-D05,0,0\n");
    fuzzFile(valid, "w.csv", f -> WorkRecordsCsv.read(f, new AgencyDirectory(Inputs.agencies())));
  }

  @Test
  void tasksCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    List<DeadlineRule> rules = Directives.load().list().stream()
        .flatMap(d -> d.requirements().stream())
        .filter(DeadlineRule.class::isInstance).map(DeadlineRule.class::cast).toList();
    Path valid = Inputs.write(dir, "valid-tasks.csv", "task,agency,done\ncovid2020.edoc-four-levels,QT-S03,2020-06-20\n"
        + "qn07.quarterly-report@2018-12-14,QT-S03,2018-12-14\nqt2023.full-online-pilot-list,QT-D05,2023-07-21\n");
    fuzzFile(valid, "tasks.csv", f -> TasksCsv.read(f, new AgencyDirectory(Inputs.agencies()), rules, ReadOptions.defaults()));
  }

  @Test
  void secondmentsCsvEndsEveryMutantInRecordsAndNamedProblems() throws IOException {
    Path valid = Inputs.write(dir, "valid-s.csv", "official,agency,start,end,merged_unit\n"
        + "Nguyễn Văn A,QT-S03,2023-01-01,2023-07-01,0\nTrần Thị B,QT-D01,2023-01-01,2023-04-01,1\nLê Văn C,QT-D05,2022-01-01,,0\n");
    fuzzFile(valid, "s.csv", f -> SecondmentsCsv.read(f, new AgencyDirectory(Inputs.agencies())));
  }

  private void fuzzFile(Path valid, String name, Reading reading) throws IOException {
    fuzz(Files.readAllBytes(valid), name, reading);
  }

  @Test
  void theValidExamplesThemselvesReadWithoutAProblem() throws IOException {
    ProcedureCatalogue catalogue = Inputs.catalogue();
    for (String name : List.of("dossiers.csv", "national-portal-dossiers.ndjson", "national-portal-dossiers.json")) {
      DossierRead<?> read = dossierReader(catalogue).columns(Inputs.example(name));
      assertEquals(12, read.accepted(), read.problems()::toString);
    }
    assertEquals(9, TalliesCsv.read(Inputs.example("quangtri-1501-2020q1-districts.csv")).accepted().size());
    assertTrue(new String(Files.readAllBytes(Inputs.example("agencies.csv")), StandardCharsets.UTF_8).startsWith("agency,"));
  }
}
