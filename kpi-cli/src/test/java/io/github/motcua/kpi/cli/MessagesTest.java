package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.RuleModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a newcomer reads when something is wrong: short, naming the file, without Java class names. */
class MessagesTest {
  /** A Java exception's class name, as {@code java.nio.file.NoSuchFileException} or {@code IOException}. */
  private static final Pattern EXCEPTION_CLASS = Pattern.compile("\\b(java|javax|com|picocli)\\.[\\w.]+|\\w+(Exception|Error)\\b");

  @TempDir Path dir;
  private final Cli cli = Cli.real();

  private static void assertNoClassName(Cli.Result r) {
    assertFalse(EXCEPTION_CLASS.matcher(r.err()).find(), r::toString);
  }

  @Test
  void aUsageErrorPrintsTheMessageAndTheUsageLineNotTheWholeHelp() {
    Cli.Result bad = cli.run("evaluate", "--directive", "qt1501", "--bogus");
    assertEquals(2, bad.status(), bad::toString);
    List<String> lines = Cli.lines(bad.err());
    assertEquals("kpi: Unknown option: '--bogus'", lines.get(0), bad::toString);
    assertEquals("Usage: kpi evaluate [OPTIONS]   (see 'kpi evaluate --help')", lines.get(lines.size() - 1), bad::toString);
    assertTrue(lines.size() <= 4, bad::toString);
    assertFalse(bad.err().contains("--skip-invalid"), "no option list: " + bad);
  }

  @Test
  void aMistypedOptionIsSuggested() {
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--talies", "x.csv");
    assertEquals(2, r.status(), r::toString);
    assertTrue(r.err().contains("--tallies"), r::toString);
    assertTrue(Cli.lines(r.err()).size() <= 5, r::toString);
  }

  @Test
  void noCommandIsAUsageErrorNamingTheCommandsOnOneLine() {
    Cli.Result r = cli.run();
    assertEquals(2, r.status(), r::toString);
    assertEquals(
        List.of(
            "kpi: name a command: demo, directives, rules, evaluate, report, calendar, lunar or due-date",
            "Usage: kpi [OPTIONS] [COMMAND]   (see 'kpi --help')"),
        Cli.lines(r.err()));
  }

  @Test
  void aCheckOfTheCommandItselfIsAUsageErrorWithItsUsageLine() {
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501");
    assertEquals(2, r.status(), r::toString);
    assertEquals(
        List.of(
            "kpi: give --tallies or --agencies (with --dossiers, --work-records, --tasks or --secondments)",
            "Usage: kpi evaluate [OPTIONS]   (see 'kpi evaluate --help')"),
        Cli.lines(r.err()));
  }

  @Test
  void aDirectoryGivenAsInputIsNamedAndExits66() {
    Path folder = dir.resolve("exports");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", dir.toString());
    assertEquals(66, r.status(), r::toString);
    assertEquals("kpi: cannot read " + dir + ": it is a directory, not a file\n", r.err());
    assertTrue(folder.toFile().mkdir());
    Cli.Result dossiers =
        cli.run("evaluate", "--directive", "qt2023", "--agencies", Cli.examples("agencies.csv").toString(),
            "--procedures", Cli.examples("procedures.csv").toString(), "--dossiers", folder.toString());
    assertEquals(66, dossiers.status(), dossiers::toString);
    assertTrue(dossiers.err().contains("cannot read " + folder + ": it is a directory"), dossiers::toString);
  }

  @Test
  void aCalendarFileThatIsMissingOrADirectoryIsNamedAndExits66() {
    Path absent = dir.resolve("lich.csv");
    Cli.Result missing = cli.run("calendar", "2026", "--calendar", absent.toString());
    assertEquals(66, missing.status(), missing::toString);
    assertEquals("kpi: cannot read " + absent + ": no such file\n", missing.err());
    Cli.Result folder = cli.run("due-date", "--received", "2026-03-02T09:00", "--working-days", "3", "--calendar", dir.toString());
    assertEquals(66, folder.status(), folder::toString);
    assertEquals("kpi: cannot read " + dir + ": it is a directory, not a file\n", folder.err());
  }

  @Test
  void aMissingInputFileIsNamedWithoutAJavaClassName() {
    Path absent = dir.resolve("absent.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", absent.toString());
    assertEquals(66, r.status(), r::toString);
    assertEquals("kpi: cannot read " + absent + ": no such file\n", r.err());
  }

  @Test
  void anOutputInAMissingDirectoryIsNamedWithoutAJavaClassName() {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Path out = dir.resolve("no-such-dir").resolve("report.json");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--output", out.toString());
    assertEquals(73, r.status(), r::toString);
    assertEquals("kpi: cannot write " + out + ": no directory " + out.getParent().toAbsolutePath() + "\n", r.err());
    assertNoClassName(r);
  }

  @Test
  void anOutputThatIsADirectoryIsNamedWithoutAJavaClassName() {
    Path tallies = Cli.resource(dir, "quangtri-1501-2020q1-districts.csv");
    Cli.Result r = cli.run("evaluate", "--directive", "qt1501", "--tallies", tallies.toString(), "--output", dir.toString());
    assertEquals(73, r.status(), r::toString);
    assertTrue(r.err().startsWith("kpi: cannot write " + dir + ": "), r::toString);
    assertTrue(r.err().contains("directory"), r::toString);
    assertNoClassName(r);
  }

  @Test
  void anEmptyNdjsonFileHoldsNoRecordsAndIsNotToldItLacksAHeader() throws Exception {
    Path empty = Files.createFile(dir.resolve("dossiers.ndjson"));
    Cli.Result r =
        cli.run("evaluate", "--directive", "qt2023", "--agencies", Cli.examples("agencies.csv").toString(),
            "--procedures", Cli.examples("procedures.csv").toString(), "--dossiers", empty.toString());
    assertEquals(65, r.status(), r::toString);
    assertFalse(r.err().contains("header"), r::toString);
    assertTrue(r.err().contains(empty + ": no records in " + empty), r::toString);
  }

  @Test
  void anEmptyCsvFileIsStillToldItLacksAHeader() throws Exception {
    Path empty = Files.createFile(dir.resolve("dossiers.csv"));
    Cli.Result r =
        cli.run("evaluate", "--directive", "qt2023", "--agencies", Cli.examples("agencies.csv").toString(),
            "--procedures", Cli.examples("procedures.csv").toString(), "--dossiers", empty.toString());
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains(empty + ": empty file: no header line"), r::toString);
  }

  @Test
  void aBuiltInDirectiveWhoseModuleIsAbsentNamesTheArtifactThatProvidesIt() {
    Cli without2023 =
        new Cli(
            () ->
                Directives.of(
                    ServiceLoader.load(RuleModule.class).stream()
                        .map(ServiceLoader.Provider::get)
                        .filter(m -> m.directives().stream().noneMatch(d -> d.id().equals("qt2023")))
                        .toList()));
    Cli.Result r = without2023.run("rules", "qt2023");
    assertEquals(65, r.status(), r::toString);
    assertEquals(
        List.of(
            "kpi: unknown directive 'qt2023'; known: brvt404, qd766, qn07, qt1501, tv1239",
            "kpi: 'qt2023' is provided by io.github.motcua:kpi-rules-quangtri2023, which is not loaded: add its jar"
                + " with --rules-jar kpi-rules-quangtri2023-<version>.jar"),
        Cli.lines(r.err()));
  }

  @Test
  void anUnknownDirectiveOfNoBuiltInModuleSaysHowToAddRulesOfOnesOwn() {
    Cli.Result r = cli.run("rules", "hn2025");
    assertEquals(65, r.status(), r::toString);
    assertTrue(r.err().contains("unknown directive 'hn2025'"), r::toString);
    assertTrue(r.err().contains("'kpi directives'") && r.err().contains("--rules-jar <file.jar>"), r::toString);
  }

  /** The table of built-in directives agrees with the rule modules: each id comes from the module named. */
  @Test
  void everyBuiltInDirectiveIsProvidedByTheRuleModuleOfTheArtifactNamed() {
    Map<String, String> found = new TreeMap<>();
    for (RuleModule m : ServiceLoader.load(RuleModule.class)) {
      String pkg = m.getClass().getPackageName();
      for (Directive d : m.directives()) {
        found.put(d.id(), "kpi-rules-" + pkg.substring(pkg.lastIndexOf('.') + 1));
      }
    }
    BuiltInDirectives.all().forEach((id, artifact) -> assertEquals(artifact, found.get(id), id));
  }
}
