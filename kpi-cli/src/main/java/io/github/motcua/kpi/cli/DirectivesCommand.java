package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.cli.output.TextTable;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.io.directive.DirectiveFiles;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DeadlineReading;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kpi directives}: every directive the rule modules provide; with {@code --directive-file},
 * what a file defines; with {@code --export DIR}, every installed directive written as {@code
 * DIR/<id>.yaml}.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "directives",
    description = {
      "List every directive the installed rule modules provide;",
      "with --directive-file, the directives (and the counters and indicators) a file defines, checked whole;",
      "with --export DIR, write every installed directive as DIR/<id>.yaml (a directive file to start from)."
    })
final class DirectivesCommand implements Callable<Integer> {
  @ParentCommand KpiCli parent;
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Mode mode;

  /** What to do instead of listing the installed directives. */
  static final class Mode {
    @Option(names = "--directive-file", paramLabel = "<file>", description = "List what this directive file (YAML or JSON) defines.")
    Path file;

    @Option(names = "--export", paramLabel = "<dir>", description = "Write every installed directive as <dir>/<id>.yaml.")
    Path export;
  }

  @Override
  public Integer call() {
    if (mode != null && mode.export != null) {
      return export(mode.export);
    }
    List<Directive> directives =
        mode != null ? DirectiveChoice.read(mode.file, parent.directives()) : parent.directives().list();
    TextTable table = new TextTable("Id", "Number", "Issuer", "Date", "Title");
    for (Directive d : directives) {
      table.row(
          d.id(),
          d.number(),
          d.issuer(),
          d.date().map(LocalDate::toString).orElse(d.year() + " (day not given)"),
          d.title());
    }
    if (table.isEmpty()) {
      spec.commandLine().getErr().println("kpi: no rule module found on the class path");
      return KpiCli.OK;
    }
    PrintWriter out = spec.commandLine().getOut();
    table.print(out);
    if (mode != null) {
      defined(directives, out);
    }
    return KpiCli.OK;
  }

  /** The counters and indicators the file's directives define beside the standard ones. */
  private static void defined(List<Directive> directives, PrintWriter out) {
    Set<String> counters = new LinkedHashSet<>();
    Set<String> indicators = new LinkedHashSet<>();
    for (Directive d : directives) {
      for (Indicator i : d.indicators()) {
        if (Indicator.find(i.id()).isEmpty()) {
          indicators.add(i.id() + " = " + ids(i.numeratorCounters()) + " / " + ids(i.denominatorCounters()));
        }
      }
      for (Counter c : d.counters()) {
        for (Counter x = c; x != null; x = x.whole().orElse(null)) {
          if (Counter.byId(x.id()).isEmpty()) {
            counters.add(x.id() + " (" + x.kind().name().toLowerCase(Locale.ROOT) + " " + x.where() + ")");
          }
        }
      }
    }
    out.println();
    out.println("counters defined:   " + (counters.isEmpty() ? "none (standard ones only)" : ""));
    counters.forEach(c -> out.println("  " + c));
    out.println("indicators defined: " + (indicators.isEmpty() ? "none (standard ones only)" : ""));
    indicators.forEach(i -> out.println("  " + i));
  }

  private static String ids(List<Counter> counters) {
    return counters.stream().map(Counter::id).reduce((a, b) -> a + " + " + b).orElse("");
  }

  private int export(Path dir) {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputFailure("cannot create the directory " + dir + ": " + IoReason.of(e), e);
    }
    for (Directive d : parent.directives().list()) {
      Path file = dir.resolve(d.id() + ".yaml");
      Optional<String> missing = notInTheFileFormat(d);
      if (missing.isEmpty()) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          DirectiveFiles.write(d, w);
        } catch (IOException e) {
          throw new OutputFailure("cannot write " + file + ": " + IoReason.of(e), e);
        } catch (IllegalArgumentException e) {
          missing = Optional.of(e.getMessage());
          deleteQuietly(file);
        }
      }
      if (missing.isPresent()) {
        spec.commandLine().getErr().println("kpi: note: " + d.id() + " is not exported: " + missing.get());
        continue;
      }
      out.println("wrote " + file);
    }
    return KpiCli.OK;
  }

  /**
   * What a directive has that a directive file cannot carry yet, so that writing one would change
   * its report: groups of scores, bands, a deadline reading other than by date, figures that do not
   * add up over units.
   */
  private static Optional<String> notInTheFileFormat(Directive d) {
    List<String> what = new ArrayList<>();
    if (!d.groups().isEmpty()) {
      what.add("groups of scores");
    }
    if (!d.bands().isEmpty()) {
      what.add("bands of points");
    }
    if (!d.deadlineReading().equals(DeadlineReading.byDate())) {
      what.add("a deadline reading by instant");
    }
    if (!d.notAdditive().isEmpty()) {
      what.add("figures that do not add up over units");
    }
    return what.isEmpty()
        ? Optional.empty()
        : Optional.of("a directive file has no " + String.join(", ", what) + " yet (docs/DIRECTIVE-FILES.md)");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the note says the directive is not exported; a partial file left behind is named there
    }
  }
}
