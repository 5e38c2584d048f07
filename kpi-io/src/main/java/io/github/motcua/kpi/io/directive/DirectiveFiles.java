package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Directives as files: a province writes its directive — counters, indicators and requirements — in
 * YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}), and the library evaluates it like a
 * built-in one (docs/DIRECTIVE-FILES.md).
 *
 * <pre>{@code
 * List<Directive> mine = DirectiveFiles.read(Path.of("hn-2026-vneid.yaml"), Directives.load());
 * Directives all = Directives.load().plus("hn-2026-vneid.yaml", mine);
 *
 * try (Writer out = Files.newBufferedWriter(Path.of("qt2023.yaml"))) {
 *   DirectiveFiles.write(Directives.load().get("qt2023"), out);       // a built-in, as a file
 * }
 * }</pre>
 *
 * <p>A file is checked whole before anything is built: an unknown key, counter, indicator, fact,
 * tier, status or channel; a value a fact does not take; an id defined twice (also a standard
 * counter's or indicator's, and, given the directives already known, a directive id they take); a
 * threshold outside 0–100; a counter whose "of those" whole is missing or whose condition does not
 * imply its whole's; a rule without an article; a bad date or period. Every problem is collected
 * and thrown at once in a {@link DirectiveFileException}, each named by file, line and key path.
 * Where the core checks a value (thresholds, fact values, curves, "of those" counters), its message
 * is the problem's.
 *
 * <p>The format's JSON Schema (draft 2020-12) is {@link #schema()}; editors that know it complete
 * and check files as they are typed.
 */
public final class DirectiveFiles {
  /** Where the JSON Schema of the format is published (its {@code $id}). */
  public static final String SCHEMA_URL =
      "https://raw.githubusercontent.com/motcua/motcua-kpi/main/docs/directive-file.schema.json";

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final YAMLMapper WRITER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private DirectiveFiles() {}

  /**
   * The directives {@code file} defines, checked on their own: against the standard counters and
   * indicators, not against any directive already known (see {@link #read(Path, Directives)}).
   *
   * @throws DirectiveFileException listing every problem of the file
   * @throws IOException if the file cannot be read ({@link java.nio.file.NoSuchFileException} if
   *     it does not exist)
   */
  public static List<Directive> read(Path file) throws IOException {
    return read(file, Directives.of());
  }

  /**
   * The directives {@code file} defines, checked as well against {@code known}: a directive id it
   * takes is a problem (naming where the known one comes from).
   *
   * @throws DirectiveFileException listing every problem of the file
   * @throws IOException if the file cannot be read
   */
  public static List<Directive> read(Path file, Directives known) throws IOException {
    String name = file.toString();
    Problems problems = new Problems(name);
    Optional<String> text = Utf8Text.decode(Files.readAllBytes(file), problems);
    if (text.isEmpty()) {
      problems.throwIfAny();
    }
    return read(new StringReader(text.get()), name, known);
  }

  /**
   * The directives a text defines; {@code name} names it in problems and says its format: JSON if
   * it ends in {@code .json}, else YAML.
   *
   * @throws DirectiveFileException listing every problem of the text
   * @throws IOException if {@code text} cannot be read
   */
  public static List<Directive> read(Reader text, String name, Directives known) throws IOException {
    Problems problems = new Problems(name);
    JsonFactory format = name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    Optional<Node> root = TreeReader.read(format, text, problems);
    List<Directive> directives = root.map(r -> DirectiveMapper.readFile(r, problems, known)).orElse(List.of());
    problems.throwIfAny();
    return directives;
  }

  /**
   * Writes {@code directive} as a YAML directive file: a first comment line tells editors where its
   * schema is; then the directive, the counters and indicators it defines (not the standard ones)
   * and its requirements. Read back, it gives a directive that evaluates the same.
   *
   * @throws IllegalArgumentException if part of it has no form in files (a scoring curve, a
   *     schedule or a kind of requirement of the caller's own; a threshold such as 1/3 with no exact
   *     decimal percentage)
   * @throws IOException if {@code out} fails
   */
  public static void write(Directive directive, Writer out) throws IOException {
    String yaml = WRITER.writeValueAsString(DirectiveMapper.write(directive));
    out.write("# yaml-language-server: $schema=" + SCHEMA_URL + "\n");
    out.write(yaml);
    out.flush();
  }

  /** The JSON Schema (draft 2020-12) of directive files, as published at {@link #SCHEMA_URL}. */
  public static String schema() {
    try (InputStream in = DirectiveFiles.class.getResourceAsStream("directive-file.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("directive-file.schema.json is missing from the kpi-io jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
