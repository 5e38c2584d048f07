package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.rules.Directives;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi directives --export DIR} writes every installed directive as {@code DIR/<id>.yaml};
 * each file, evaluated where its rule module is not installed, gives the built-in directive's report
 * byte for byte in JSON — for all five directives, over the bundled examples (the QT-1501 tallies,
 * the QT-2023 dossiers with their procedures and agencies) and over work records, task completions
 * and secondments, so that every kind of rule is judged — also with «trước ngày X» read inclusively.
 */
class ExportedDirectivesTest {
  @TempDir Path dir;

  /** {@code kpi} with no rule module: the exported file stands for the module. */
  private static final Cli NOTHING_INSTALLED = new Cli(Directives::of);

  private static final List<String> IDS = List.of("brvt404", "qn07", "qt1501", "qt2023", "tv1239");

  private List<List<String>> inputs() {
    return List.of(
        List.of("--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString(), "--period", "2020-Q1"),
        List.of("--dossiers", Cli.examples("national-portal-dossiers.json").toString(),
            "--procedures", Cli.examples("procedures.csv").toString(),
            "--agencies", Cli.examples("agencies.csv").toString(), "--period", "2023-H1"),
        List.of("--dossiers", Cli.examples("dossiers.csv").toString(),
            "--procedures", Cli.examples("procedures.csv").toString(),
            "--agencies", Cli.examples("agencies.csv").toString(),
            "--work-records", copy("work-records.csv"), "--tasks", copy("tasks.csv"), "--secondments", copy("secondments.csv"),
            "--period", "2018-01-01..2023-12-31", "--as-of", "2023-08-01"),
        // the file keeps how each due date is worded: «trước ngày X» read inclusively moves the same days
        List.of("--agencies", Cli.examples("agencies.csv").toString(), "--tasks", copy("tasks.csv"),
            "--period", "2018-01-01..2023-12-31", "--as-of", "2023-08-01", "--before-day-reading", "inclusive"));
  }

  private String copy(String name) {
    try (var in = getClass().getResourceAsStream("export/" + name)) {
      Path p = dir.resolve(name);
      Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return p.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Path export() {
    Path out = dir.resolve("exported");
    Cli.Result r = Cli.real().run("directives", "--export", out.toString());
    assertEquals(0, r.status(), r::toString);
    return out;
  }

  @Test
  void exportWritesEveryInstalledDirectiveAsItsIdDotYaml() throws IOException {
    Path out = export();
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(IDS.stream().map(id -> id + ".yaml").toList(), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.readString(out.resolve("qt1501.yaml")).contains("\nid: qt1501\n"));
  }

  @Test
  void everyExportedDirectiveEvaluatesToTheBuiltInsReportByteForByte() {
    Path out = export();
    List<String> compared = new ArrayList<>();
    for (String id : IDS) {
      for (List<String> in : inputs()) {
        List<String> builtIn = new ArrayList<>(List.of("evaluate", "--directive", id, "--format", "json"));
        builtIn.addAll(in);
        List<String> fromFile = new ArrayList<>(List.of("evaluate", "--directive-file", out.resolve(id + ".yaml").toString(), "--format", "json"));
        fromFile.addAll(in);
        Cli.Result expected = Cli.real().run(builtIn.toArray(String[]::new));
        Cli.Result actual = NOTHING_INSTALLED.run(fromFile.toArray(String[]::new));
        assertEquals(0, expected.status(), expected::toString);
        assertEquals(0, actual.status(), actual::toString);
        assertTrue(expected.out().contains("\"directive\" : \"" + id + "\""), expected::toString);
        assertEquals(expected.out(), actual.out(), id + " over " + in);
        compared.add(id);
      }
    }
    assertEquals(20, compared.size());
  }

  @Test
  void theDefaultPeriodComesWithTheFile() {
    Path out = export();
    for (String id : List.of("qt1501", "qt2023")) {
      Cli.Result expected = Cli.real().run("evaluate", "--directive", id, "--format", "json",
          "--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString());
      Cli.Result actual = NOTHING_INSTALLED.run("evaluate", "--directive-file", out.resolve(id + ".yaml").toString(),
          "--format", "json", "--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString());
      assertEquals(0, actual.status(), actual::toString);
      assertEquals(expected.out(), actual.out(), id);
    }
  }

  @Test
  void anExportedFileBesideItsInstalledModuleIsRefusedNamingTheModule() {
    Path out = export();
    Cli.Result r = Cli.real().run("evaluate", "--directive-file", out.resolve("qt2023.yaml").toString(),
        "--agencies", Cli.examples("agencies.csv").toString());
    assertEquals(65, r.status(), r::toString);
    assertEquals(List.of(out.resolve("qt2023.yaml") + ":2: id: directive id 'qt2023' is already taken by"
            + " kpi-rules-quangtri2023: give this one its own id",
        "kpi: 1 problem in the directive file; nothing evaluated"), Cli.lines(r.err()));
  }

  @Test
  void anExportedFileGivenItsOwnIdIsEvaluatedBesideTheModule() throws IOException {
    Path out = export();
    Path mine = dir.resolve("qt2023-hn.yaml");
    Files.writeString(mine, Files.readString(out.resolve("qt2023.yaml")).replace("\nid: qt2023\n", "\nid: qt2023-hn\n"));
    Cli.Result r = Cli.real().run("evaluate", "--directive-file", mine.toString(), "--format", "json",
        "--dossiers", Cli.examples("dossiers.csv").toString(), "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("\"directive\" : \"qt2023-hn\""), r::toString);
  }
}
