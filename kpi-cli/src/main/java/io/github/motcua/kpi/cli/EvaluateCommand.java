package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.cli.input.BadInputException;
import io.github.motcua.kpi.cli.input.Intake;
import io.github.motcua.kpi.cli.output.RejectsCsv;
import io.github.motcua.kpi.cli.output.ReportCsv;
import io.github.motcua.kpi.cli.output.ReportTable;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kpi evaluate}: a directive's report over the inputs given. */
@Command(
    mixinStandardHelpOptions = true,
    name = "evaluate",
    sortOptions = false,
    description = {
      "Evaluate a directive — installed (--directive) or written in a file (--directive-file) — over"
          + " aggregate figures (--tallies) and/or dossiers (--dossiers, with --procedures and --agencies),"
          + " work records, task completions and secondments.",
      "Bad records stop the run with exit status 65, each named FILE:LINE: field 'NAME': what is"
          + " wrong ('value'); --skip-invalid evaluates the valid ones instead."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    table,
    json,
    csv
  }

  /** The readings of «trước ngày X». */
  enum BeforeDay {
    strict(BeforeDayReading.STRICT),
    inclusive(BeforeDayReading.INCLUSIVE);

    final BeforeDayReading reading;

    BeforeDay(BeforeDayReading reading) {
      this.reading = reading;
    }
  }

  @ParentCommand KpiCli parent;
  @Spec CommandSpec spec;

  @Option(names = "--directive", paramLabel = "<id>",
      description = "The directive id, e.g. qt1501; with --directive-file, one of the file's directives.")
  String directive;

  @Option(names = "--directive-file", paramLabel = "<file>",
      description = "A directive file (YAML or JSON, docs/DIRECTIVE-FILES.md), checked whole before anything is evaluated.")
  Path directiveFile;

  @Option(names = "--period", paramLabel = "<period>",
      description = "2020-Q1, 2020-H1, 2018, 2020-03 or 2020-01-01..2020-03-31 (default: the directive's).")
  String period;

  @Option(names = "--as-of", paramLabel = "<date>", description = "The evaluation date, yyyy-MM-dd (default: the period's end).")
  String asOf;

  @picocli.CommandLine.Mixin CalendarFile calendarFile = new CalendarFile();

  @Option(names = "--tallies", paramLabel = "<file.csv>", description = "Aggregate figures: agency,name,tier, then counters by id.")
  Path tallies;

  @Option(names = "--dossiers", paramLabel = "<file>", description = "Dossiers: our CSV, or the national portal's JSON array or NDJSON.")
  Path dossiers;

  @Option(names = "--procedures", paramLabel = "<file.csv>", description = "Procedure catalogue: code,name,field,level,fee,national_portal,approved.")
  Path procedures;

  @Option(names = "--agencies", paramLabel = "<file.csv>", description = "Agencies: agency,name,tier.")
  Path agencies;

  @Option(names = "--work-records", paramLabel = "<file.csv>", description = "Work records: agency,classified,online.")
  Path workRecords;

  @Option(names = "--tasks", paramLabel = "<file.csv>", description = "Task completions: task,agency,done.")
  Path tasks;

  @Option(names = "--secondments", paramLabel = "<file.csv>", description = "Secondments: official,agency,start,end,merged_unit.")
  Path secondments;

  @Option(names = "--before-day-reading", paramLabel = "<reading>", defaultValue = "strict",
      description = "How «trước ngày X» is read: strict (due the day before X, the library's reading) or inclusive"
          + " (due on X, for a province whose practice counts X as on time). Default: ${DEFAULT-VALUE}.")
  BeforeDay beforeDay;

  @Option(names = "--format", paramLabel = "<format>", defaultValue = "table",
      description = "table (for people), json (the report's JSON) or csv (one row per agency and rule). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--output", paramLabel = "<file>", description = "Write the report here instead of standard output.")
  Path output;

  @Option(names = "--skip-invalid", description = "Evaluate the valid records; list the rejected ones (see --rejects).")
  boolean skipInvalid;

  @Option(names = "--rejects", paramLabel = "<file.csv>", description = "With --skip-invalid: write rejected records and reasons here.")
  Path rejects;

  @Override
  public Integer call() throws IOException {
    if (tallies == null && agencies == null) {
      throw new ParameterException(spec.commandLine(), "give --tallies or --agencies (with --dossiers, --work-records, --tasks or --secondments)");
    }
    if (dossiers != null && (procedures == null || agencies == null)) {
      throw new ParameterException(spec.commandLine(), "--dossiers needs --procedures and --agencies");
    }
    if (rejects != null && !skipInvalid) {
      throw new ParameterException(spec.commandLine(), "--rejects goes with --skip-invalid");
    }
    Directive d = DirectiveChoice.of(spec.commandLine(), parent.directives(), directive, directiveFile);
    Period p = period(d);
    LocalDate at = asOf(p);
    InputFiles files = new InputFiles();
    files.tallies = tallies;
    files.dossiers = dossiers;
    files.procedures = procedures;
    files.agencies = agencies;
    files.workRecords = workRecords;
    files.tasks = tasks;
    files.secondments = secondments;
    files.calendar = calendarFile.builder().build();
    InputFiles.Assembled in = files.read(d, p, at);
    for (Intake<?> intake : in.intakes()) {
      if (intake.read() == 0) {
        spec.commandLine().getErr().println("kpi: note: " + intake.file() + " holds no records");
      }
    }
    InputSummary summary = in.summary();
    if (!in.problems().isEmpty()) {
      if (!skipInvalid) {
        throw new BadInputException(in.problems());
      }
      PrintWriter err = spec.commandLine().getErr();
      if (rejects != null) {
        write(rejects, RejectsCsv.write(in.problems()));
      } else {
        err.print(new BadInputException(in.problems()).describe(BadInputException.PRINT_LIMIT));
      }
      err.println("kpi: read " + summary.read() + " records, accepted " + summary.accepted() + ", rejected "
          + summary.rejected() + (rejects != null ? " (reasons in " + rejects + ")" : ""));
    }
    Report report =
        Evaluator.of(d)
            .evaluate(
                EvaluationInput.builder()
                    .period(p)
                    .asOf(at)
                    .agencies(in.agencies())
                    .tallies(in.tallies())
                    .tasks(in.tasks())
                    .secondments(in.secondments())
                    .catalogue(in.catalogue())
                    .beforeDayReading(beforeDay.reading)
                    .inputSummary(summary)
                    .build());
    String text;
    switch (format) {
      case json:
        text = report.toJson() + System.lineSeparator();
        break;
      case csv:
        text = ReportCsv.write(report);
        break;
      default:
        StringWriter s = new StringWriter();
        ReportTable.print(d, report, new PrintWriter(s));
        text = s.toString();
    }
    if (output != null) {
      write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return KpiCli.OK;
  }

  private Period period(Directive d) {
    if (period == null) {
      return d.defaultPeriod()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "directive " + d.id() + " has no default period: give --period"));
    }
    try {
      return Period.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
  }

  private LocalDate asOf(Period p) {
    if (asOf == null) {
      return p.end();
    }
    LocalDate at;
    try {
      at = LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--as-of: not a date yyyy-MM-dd: '" + asOf + "'");
    }
    if (at.isBefore(p.start())) {
      throw new ParameterException(spec.commandLine(), "--as-of " + at + " is before the period " + p + " starts");
    }
    return at;
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      Path directory = file.toAbsolutePath().getParent();
      String reason =
          e instanceof NoSuchFileException && directory != null && !Files.isDirectory(directory)
              ? "no directory " + directory
              : IoReason.of(e);
      throw new OutputFailure("cannot write " + file + ": " + reason, e);
    }
  }
}
