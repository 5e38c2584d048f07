package io.github.motcua.kpi.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The consumer builds run the README's "Use it from Java" example (src/it/consumers/readme-example):
 * its imports and statements must be the README's, line for line, so that what runs is what a reader
 * copies.
 */
class ReadmeExampleInSyncTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLE =
      Path.of("src", "it", "consumers", "readme-example", "src", "main", "java", "org", "example", "kpi", "ReadmeExample.java");

  /** The first Java block after the heading "## Use it from Java". */
  private static List<String> readmeBlock() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## Use it from Java");
    assertTrue(section >= 0, "README.md has no section 'Use it from Java'");
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(section), "no Java block in 'Use it from Java'");
    return m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void theExampleTheConsumerBuildsRunIsTheReadmesLineForLine() throws IOException {
    List<String> readme = readmeBlock();
    List<String> source = Files.readString(EXAMPLE, StandardCharsets.UTF_8).lines().map(String::strip).toList();
    List<String> imports = source.stream().filter(l -> l.startsWith("import ")).toList();
    int open = source.indexOf("public static void main(String[] args) {");
    assertTrue(open > 0, "ReadmeExample has no main method");
    List<String> body = source.subList(open + 1, source.size()).stream()
        .filter(l -> !l.isEmpty())
        .toList();
    // the body ends with the closing braces of main and of the class
    body = body.subList(0, body.size() - 2);
    List<String> readmeImports = readme.stream().filter(l -> l.startsWith("import ")).toList();
    List<String> readmeStatements = readme.stream().filter(l -> !l.startsWith("import ")).toList();
    assertEquals(readmeImports, imports, "imports of README.md vs " + EXAMPLE);
    assertEquals(readmeStatements, body, "statements of README.md vs " + EXAMPLE);
  }
}
