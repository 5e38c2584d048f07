package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.rules.Directives;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Runs {@code kpi} in-process with captured output. */
final class Cli {
  /** What a run left: exit status, standard output, standard error. */
  record Result(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  private final Supplier<Directives> directives;

  Cli(Supplier<Directives> directives) {
    this.directives = directives;
  }

  /** With the directives of the rule modules on the module path, as {@code kpi} runs. */
  static Cli real() {
    return new Cli(Directives::load);
  }

  static Cli withTestRules() {
    return new Cli(TestRules::load);
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = KpiCli.run(directives, args, out, err);
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Writes {@code lines} joined by {@code \n} to {@code dir/name} as UTF-8. */
  static Path file(Path dir, String name, String... lines) {
    try {
      return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource copied to {@code dir}. */
  static Path resource(Path dir, String name) {
    try (var in = Cli.class.getResourceAsStream(name)) {
      Path p = dir.resolve(name);
      Files.copy(in, p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's examples directory (tests run in kpi-cli/). */
  static Path examples(String name) {
    return Path.of("..", "examples", name);
  }

  static List<String> lines(String text) {
    return text.lines().toList();
  }
}
