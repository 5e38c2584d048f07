package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.io.AgenciesCsv;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.ProceduresCsv;
import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.rules.UnknownDirectiveException;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The example job: evaluates a directive over the national portal's sync records in a data lake,
 * as {@code kpi evaluate --format json} does over a file, and prints the same report.
 *
 * <pre>{@code
 * spark-submit --class io.github.motcua.kpi.spark.TallyJob kpi-spark-VERSION-job.jar \
 *     --directive qt2023 --dossiers hdfs:///lake/dongbohoso/2023/ \
 *     --procedures procedures.csv --agencies agencies.csv \
 *     --skip-invalid --rejects hdfs:///lake/rejects/2023 --output report.json
 * }</pre>
 *
 * <p>The procedures and agencies files are read on the driver with the command line's readers; the
 * dossiers by {@link PortalDossiers} (NDJSON, or Parquet with {@code --input-format parquet}) on the
 * executors; the tallies by {@link SparkTallies}; the report by the core's {@link Evaluator}. It
 * counts what {@code kpi evaluate} counts: the directive's counters and the accounting ones (dossiers
 * read, out of period, not accepted, without due date, without stated channel), with the library's
 * working calendar (due dates derived from processing times). Not supported here: {@code kpi
 * evaluate}'s {@code --calendar}, {@code --count-under}, {@code --roll-up} and {@code
 * --split-at-reform}. Run outside
 * spark-submit with no master set, it runs in local mode on every core.
 *
 * <p>Exit status as {@code kpi}: 0 done, 2 usage error, 65 bad data (every problem printed, up to
 * 100, unless {@code --skip-invalid}), 66 an input file cannot be read, 73 the report cannot be
 * written.
 */
@Command(
    name = "kpi-spark",
    mixinStandardHelpOptions = true,
    description = "Evaluates a directive over national-portal sync records on Spark; prints the report's JSON.")
public final class TallyJob implements Callable<Integer> {
  /** The counters every evaluation from dossiers counts besides the directive's, as {@code kpi evaluate}. */
  static final String[] ACCOUNTING = {
    "dossiers_read", "out_of_period", "not_accepted", "no_due_date", "channel_not_stated"
  };

  enum Format {
    ndjson,
    parquet
  }

  @Option(names = "--directive", required = true, paramLabel = "<id>", description = "The directive, e.g. qt2023.")
  String directive;

  @Option(names = "--dossiers", required = true, arity = "1..*", paramLabel = "<path>",
      description = "Sync records: files, directories or globs, as Spark reads them.")
  List<String> dossiers;

  @Option(names = "--input-format", defaultValue = "ndjson", paramLabel = "<format>",
      description = "ndjson (one JSON object a line) or parquet (the same column names). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--procedures", required = true, paramLabel = "<file.csv>", description = "The procedure catalogue (read on the driver).")
  Path procedures;

  @Option(names = "--agencies", required = true, paramLabel = "<file.csv>", description = "The agencies (read on the driver).")
  Path agencies;

  @Option(names = "--period", paramLabel = "<period>", description = "2023-H1, 2023-Q1, 2023, 2023-03 or a..b; default: the directive's.")
  String period;

  @Option(names = "--as-of", paramLabel = "<yyyy-MM-dd>", description = "Evaluation date; default: the period's end.")
  String asOf;

  @Option(names = "--before-day-reading", defaultValue = "strict", paramLabel = "<reading>",
      description = "How «trước ngày X» is read: strict or inclusive. Default: ${DEFAULT-VALUE}.")
  String beforeDay;

  @Option(names = "--vneid-code", paramLabel = "<code>",
      description = "The KenhThucHien code read as VNeID (none is announced yet), as kpi evaluate --vneid-code.")
  Integer vneidCode;

  @Option(names = "--skip-invalid", description = "Evaluate the valid records; count the rejected ones.")
  boolean skipInvalid;

  @Option(names = "--rejects", paramLabel = "<dir>", description = "With --skip-invalid: write the rejects there as JSON lines (file, id, record, problems).")
  String rejects;

  @Option(names = "--output", paramLabel = "<file>", description = "Write the report there instead of standard output.")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job and exits with its status; with no master set, in local mode on every core. */
  public static void main(String[] args) {
    SparkSession.Builder b = SparkSession.builder().appName("motcua-kpi");
    if (!System.getProperties().containsKey("spark.master")) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    int status;
    try {
      status = run(args, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Runs the job in the active Spark session (or a new one), writing the report to {@code out} (or
   * {@code --output}) and messages to {@code err}, both UTF-8.
   *
   * @return the exit status
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new TallyJob());
    cl.setOut(o);
    cl.setErr(e);
    cl.setParameterExceptionHandler(
        (ex, arguments) -> {
          ex.getCommandLine().getErr().println("kpi-spark: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Usage: " + ex.getCommandLine().getHelp().abbreviatedSynopsis().trim());
          return 2;
        });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failure(ex, commandLine.getErr()));
    try {
      return cl.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  private static int failure(Exception ex, PrintWriter err) {
    if (ex instanceof BadInputException) {
      err.print(((BadInputException) ex).describe(BadInputException.PRINT_LIMIT));
      return 65;
    }
    if (ex instanceof UnknownDirectiveException) {
      err.println("kpi-spark: " + ex.getMessage());
      return 65;
    }
    if (ex instanceof IOException) {
      err.println("kpi-spark: cannot read an input file: " + ex.getMessage());
      return 66;
    }
    throw new IllegalStateException(ex);
  }

  @Override
  public Integer call() throws IOException {
    Directive d = Directives.load().get(directive);
    for (Path file : List.of(procedures, agencies)) {
      if (!Files.isRegularFile(file)) {
        spec.commandLine().getErr().println("kpi-spark: cannot read " + file + ": no such file");
        return 66;
      }
    }
    ProcedureCatalogue catalogue = ProceduresCsv.read(procedures);
    List<Agency> listed = AgenciesCsv.read(agencies);
    Period p = period(d);
    LocalDate at = asOf(p);
    CountingSpec counting =
        CountingSpec.builder(p, at)
            .catalogue(catalogue)
            .agencies(listed)
            .counters(CounterSource.ids(ACCOUNTING))
            .counters(CounterSource.directive(d.id()))
            .workingDays(CalendarSource.defaults())
            .reading(d.deadlineReading())
            .build();
    OptionalInt vneid = vneidCode == null ? OptionalInt.empty() : OptionalInt.of(vneidCode);
    SparkSession spark = SparkSession.builder().getOrCreate();
    String[] paths = dossiers.toArray(new String[0]);
    PortalRead read =
        (format == Format.parquet
                ? PortalDossiers.parquet(spark, counting, vneid, paths)
                : PortalDossiers.ndjson(spark, counting, vneid, paths))
            .persist();
    try {
      InputSummary summary = read.summary();
      PrintWriter err = spec.commandLine().getErr();
      if (summary.rejected() > 0) {
        if (!skipInvalid) {
          List<Row> shown = read.rejects().limit(BadInputException.PRINT_LIMIT).collectAsList();
          for (Row r : shown) {
            r.getList(r.fieldIndex(PortalBinding.PROBLEMS)).forEach(err::println);
          }
          err.println("kpi-spark: " + summary.rejected() + " rejected of " + summary.read()
              + " records read; nothing evaluated (--skip-invalid evaluates the valid records)");
          return 65;
        }
        if (rejects != null) {
          read.rejects().write().mode(SaveMode.ErrorIfExists).json(rejects);
        }
      }
      err.println("kpi-spark: read " + summary.read() + " records, accepted " + summary.accepted()
          + ", rejected " + summary.rejected() + (rejects != null && summary.rejected() > 0 ? " (in " + rejects + ")" : ""));
      ProvinceTally tallies = SparkTallies.of(counting).tally(read.dossiers());
      List<Breakdown> parts =
          d.requirements().stream().anyMatch(r -> r instanceof ScoredRule)
              ? List.of(SparkTallies.of(counting).byProcedure(read.dossiers()))
              : List.of();
      Report report =
          Evaluator.of(d)
              .evaluate(
                  EvaluationInput.builder()
                      .period(p)
                      .asOf(at)
                      .agencies(listed)
                      .tallies(tallies)
                      .putSources("dossiers", tallies)
                      .breakdowns(parts)
                      .catalogue(counting.catalogue())
                      .beforeDayReading(reading())
                      .inputSummary(summary)
                      .build());
      String text = report.toJson() + System.lineSeparator();
      if (output != null) {
        try {
          Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.println("kpi-spark: cannot write " + output + ": " + e.getMessage());
          return 73;
        }
      } else {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      }
      return 0;
    } finally {
      read.unpersist();
    }
  }

  private BeforeDayReading reading() {
    switch (beforeDay) {
      case "strict":
        return BeforeDayReading.STRICT;
      case "inclusive":
        return BeforeDayReading.INCLUSIVE;
      default:
        throw new ParameterException(spec.commandLine(), "--before-day-reading: strict or inclusive, got '" + beforeDay + "'");
    }
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
    try {
      LocalDate at = LocalDate.parse(asOf);
      if (at.isBefore(p.start())) {
        throw new ParameterException(spec.commandLine(), "--as-of " + at + " is before the period " + p + " starts");
      }
      return at;
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), "--as-of: not a date yyyy-MM-dd: '" + asOf + "'");
    }
  }
}
