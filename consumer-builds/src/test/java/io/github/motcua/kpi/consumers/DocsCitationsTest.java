package io.github.motcua.kpi.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: the domain reference the code and the README cite is under {@code
 * docs/}, and every citation names it there — {@code docs/DIRECTIVES.md}, {@code
 * docs/sources/001_….txt} — so a reader of a clone (or of the sources jar) finds what is cited.
 */
class DocsCitationsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  /** A page of the domain reference, by file name. */
  private static final Pattern PAGE =
      Pattern.compile("(?<![\\w/.-])(DIRECTIVES|DIRECTIVE-FILES|INDEX-766|REPORTS|CALENDAR|PROVINCE-2025)\\.md");
  /** A path under docs/. */
  private static final Pattern DOCS_PATH = Pattern.compile("docs/[\\w./-]+\\.(md|txt|csv)");

  /** The repository's sources and Markdown, outside build output and docs/ itself. */
  private static List<Path> citingFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".md"))
          .filter(p -> Stream.of("target", ".git", "docs").noneMatch(d -> ROOT.relativize(p).startsWith(d)))
          .filter(p -> !ROOT.relativize(p).toString().contains("/target/"))
          .toList();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyPageOfTheDomainReferenceIsCitedUnderDocs() throws IOException {
    List<String> bare = new ArrayList<>();
    for (Path p : citingFiles()) {
      Matcher m = PAGE.matcher(read(p));
      while (m.find()) {
        bare.add(ROOT.relativize(p) + ": " + m.group());
      }
    }
    assertEquals(List.of(), bare, "cite the domain reference as docs/<PAGE>.md");
  }

  @Test
  void everyPathCitedUnderDocsExists() throws IOException {
    List<String> missing = new ArrayList<>();
    int cited = 0;
    for (Path p : citingFiles()) {
      Matcher m = DOCS_PATH.matcher(read(p));
      while (m.find()) {
        cited++;
        if (!Files.isRegularFile(ROOT.resolve(m.group()))) {
          missing.add(ROOT.relativize(p) + ": " + m.group());
        }
      }
    }
    assertTrue(cited > 10, "only " + cited + " citations found: is the repository where this test looks?");
    assertEquals(List.of(), missing);
  }
}
