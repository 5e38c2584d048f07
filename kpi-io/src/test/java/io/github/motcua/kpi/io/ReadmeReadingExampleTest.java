package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's example "Read the portal's files from Java", run as written: {@link #example} holds
 * its statements line for line (but the first, which names the examples directory from the
 * repository root, where this test runs from kpi-io/), and prints what the README says it prints.
 */
class ReadmeReadingExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCE =
      Path.of("src", "test", "java", "io", "github", "motcua", "kpi", "io", "ReadmeReadingExampleTest.java");

  /** The example's statements, between the markers. */
  static void example() throws IOException {
    Path dir = Path.of("..", "examples");
    // readme:begin
    Directive qt2023 = Directives.load().get("qt2023");
    Period period = Period.half(2023, 1);
    List<Agency> agencies = AgenciesCsv.read(dir.resolve("agencies.csv"));
    ProcedureCatalogue catalogue = ProceduresCsv.read(dir.resolve("procedures.csv"));
    Tallies tallies = Tallies.of(period, period.end(), catalogue).counting(qt2023.counters()).agencies(agencies);
    DossierRead<ProvinceTally> read = DossierReader.builder(catalogue, agencies).build()
        .tally(dir.resolve("national-portal-dossiers.ndjson"), tallies);    // any size, bounded memory
    read.problems().forEach(System.err::println);    // FILE:LINE: MaHoSo 'ID': field 'NAME': what ('value')
    Report report = Evaluator.of(qt2023).evaluate(EvaluationInput.builder().period(period).asOf(period.end())
        .agencies(agencies).tallies(read.value()).catalogue(catalogue).inputSummary(read.summary()).build());
    System.out.println(report.agency("QT-S03").orElseThrow().result("qt2023.on-time").orElseThrow().percent().orElseThrow());
    // readme:end
  }

  @Test
  void theReadmeExamplePrintsTheOnTimeRateItStates() throws IOException {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(out);
    }
    assertEquals("50.00", captured.toString(StandardCharsets.UTF_8).strip(), "2 of QT-S03's 4 dossiers on time (examples/README.md)");
  }

  @Test
  void theStatementsAreTheReadmesLineForLine() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n### Read the portal's files from Java");
    assertTrue(section >= 0, "README.md has no section 'Read the portal's files from Java'");
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(section), "no Java block in the section");
    List<String> block = m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("import "))
        .toList();
    assertEquals("Path dir = Path.of(\"examples\");", block.get(0));
    assertEquals("// 50.00", block.get(block.size() - 1));
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    List<String> statements = source.substring(source.indexOf("// readme:begin") + 15, source.indexOf("// readme:end"))
        .lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    assertEquals(block.subList(1, block.size() - 1), statements);
  }
}
