package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar bundles every runtime dependency of the command line and states their licence in
 * {@code META-INF/THIRD-PARTY.txt} (from {@code src/shade/THIRD-PARTY.txt}). The jars this test runs
 * with are those dependencies, plus the test and provided ones named below: a dependency added or
 * dropped without the list following fails here.
 */
class ThirdPartyListTest {
  /** Jars on the test path that the runnable jar does not bundle (test and provided scope). */
  private static final Set<String> NOT_BUNDLED =
      Set.of(
          "junit-jupiter",
          "junit-jupiter-api",
          "junit-jupiter-engine",
          "junit-jupiter-params",
          "junit-platform-commons",
          "junit-platform-engine",
          "junit-platform-launcher",
          "opentest4j",
          "apiguardian-api",
          "value-annotations",
          "quicktheories");

  private static final Pattern LISTED = Pattern.compile("^ {2}[\\w.-]+:([\\w.-]+)\\s", Pattern.MULTILINE);

  @Test
  void theThirdPartyListNamesExactlyTheJarsTheCommandLineRunsWith() throws IOException {
    Set<String> listed = new TreeSet<>();
    Matcher m = LISTED.matcher(Files.readString(Path.of("src/shade/THIRD-PARTY.txt"), StandardCharsets.UTF_8));
    while (m.find()) {
      listed.add(m.group(1));
    }
    Set<String> runtime = new TreeSet<>();
    String path = System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path", "");
    Stream.of(path.split(File.pathSeparator))
        .filter(e -> e.endsWith(".jar") && !e.contains("surefire"))
        .map(Path::of)
        .filter(p -> p.getParent() != null && p.getParent().getParent() != null)
        // our own modules: target/classes, or after `package` in the same reactor, target/*.jar
        .filter(p -> !p.getParent().getFileName().toString().equals("target"))
        // a Maven repository keeps …/<artifactId>/<version>/<artifactId>-<version>.jar
        .map(p -> p.getParent().getParent().getFileName().toString())
        .filter(a -> !NOT_BUNDLED.contains(a))
        .forEach(runtime::add);
    assertTrue(runtime.contains("picocli") && runtime.contains("guava"), "runtime jars found: " + runtime);
    assertEquals(runtime, listed, "src/shade/THIRD-PARTY.txt must list every bundled third-party jar");
  }
}
