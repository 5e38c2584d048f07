package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team finding 1 (issue 9): {@code kpi evaluate} streams a national-portal file, it does not
 * hold it. A separate JVM with a 32 MB heap evaluates 400,000 dossiers (about 150 MB of NDJSON; as
 * {@code Dossier} objects they would take over 130 MB). Not a timed test: it fails only by running
 * out of memory or miscounting. The 10⁷-dossier run with {@code -Xmx256m} and its time are in
 * {@code benchmarks/README.md}.
 */
class BoundedMemoryTest {
  private static final int DOSSIERS = 400_000;
  private static final Pattern ID = Pattern.compile("\"MaHoSo\": \"([^\"]*)\"");

  @TempDir Path dir;

  @Test
  void aPortalFileFarLargerThanTheHeapIsEvaluatedWithEveryRecordCounted() throws Exception {
    List<String> examples =
        Files.readAllLines(Cli.examples("national-portal-dossiers.ndjson")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    Path big = dir.resolve("big.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (int i = 0; i < DOSSIERS; i++) {
        Matcher m = ID.matcher(examples.get(i % examples.size()));
        assertTrue(m.find());
        out.write(m.replaceFirst("\"MaHoSo\": \"" + m.group(1) + "-" + i / examples.size() + "\""));
        out.newLine();
      }
    }
    Path json = dir.resolve("report.json");
    Path err = dir.resolve("err.txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx32m", "-XX:+UseSerialGC", "-cp", classPath(), KpiCli.class.getName(),
        "evaluate", "--directive", "qt2023", "--dossiers", big.toString(),
        "--procedures", Cli.examples("procedures.csv").toString(),
        "--agencies", Cli.examples("agencies.csv").toString(), "--format", "json"));
    Process p = new ProcessBuilder(command).redirectOutput(json.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "finished");
    assertEquals(0, p.exitValue(), () -> read(err));
    InputSummary in = Report.fromJson(Files.readString(json)).input().orElseThrow();
    assertEquals(DOSSIERS, in.read());
    assertEquals(DOSSIERS, in.accepted());
  }

  /** The test JVM's class path and module path together, run as a class path. */
  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      Stream.of(value.split(File.pathSeparator)).filter(s -> !s.isEmpty()).forEach(parts::add);
    }
    return String.join(File.pathSeparator, parts);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
