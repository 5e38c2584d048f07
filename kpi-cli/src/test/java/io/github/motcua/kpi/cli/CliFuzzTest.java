package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.testkit.InputMutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi evaluate} over mutants of the bundled examples: it exits 0 or 65, never 1 (an internal
 * error) nor 66 (the files are there); with {@code --skip-invalid} a report's records read are
 * accepted plus rejected. {@value #DEFAULT_EXAMPLES} mutants an input kind in every build (kpi-io's
 * {@code ReaderFuzzTest} runs thousands through the readers themselves); {@code
 * -Dkpi.fuzz.examples=N} runs more.
 */
class CliFuzzTest {
  static final int DEFAULT_EXAMPLES = 40;
  private static final int EXAMPLES = Math.max(DEFAULT_EXAMPLES, Integer.getInteger("kpi.fuzz.examples", DEFAULT_EXAMPLES) / 10);

  @TempDir Path dir;

  private void fuzz(String example, String name, boolean skipInvalid, List<String> rest) throws IOException {
    byte[] valid = Files.readAllBytes(Cli.examples(example));
    Path file = dir.resolve(name);
    qt().withExamples(EXAMPLES).forAll(InputMutations.of(valid)).checkAssert(bytes -> {
      try {
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<String> args = new ArrayList<>(rest);
      args.add(file.toString());
      args.add("--format");
      args.add("json");
      if (skipInvalid) {
        args.add("--skip-invalid");
      }
      Cli.Result r = Cli.real().run(args.toArray(String[]::new));
      assertTrue(r.status() == 0 || r.status() == 65, r::toString);
      assertFalse(r.err().contains("internal error") || r.err().contains("\tat "), r::toString);
      if (r.status() == 0 && skipInvalid) {
        InputSummary in = Report.fromJson(r.out()).input().orElseThrow();
        assertEquals(in.read(), in.accepted() + in.rejected(), r::toString);
      }
      if (r.status() == 65) {
        assertTrue(r.err().lines().allMatch(l -> l.length() < 2_000), "bounded lines");
      }
    });
  }

  @Test
  void talliesMutantsExit0Or65() throws IOException {
    fuzz("quangtri-1501-2020q1-districts.csv", "t.csv", true, List.of("evaluate", "--directive", "qt1501", "--tallies"));
  }

  @Test
  void ndjsonMutantsExit0Or65AndConserveRecords() throws IOException {
    fuzz("national-portal-dossiers.ndjson", "d.ndjson", true, dossiers());
  }

  @Test
  void jsonArrayMutantsExit0Or65AndConserveRecords() throws IOException {
    fuzz("national-portal-dossiers.json", "d.json", true, dossiers());
  }

  @Test
  void dossierCsvMutantsExit0Or65WithoutSkippingToo() throws IOException {
    fuzz("dossiers.csv", "d.csv", false, dossiers());
  }

  private static List<String> dossiers() {
    return List.of("evaluate", "--directive", "qt2023", "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString(), "--dossiers");
  }
}
