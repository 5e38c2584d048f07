package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.cli.output.ReportCsv;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.Evaluator;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.Location;
import io.github.motcua.kpi.io.Problem;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.report.DirectiveReport;
import io.github.motcua.kpi.report.Lang;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.rules.Directive;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
    csv,
    xlsx,
    html
  }

  /** Which agency a dossier counts under. */
  enum CountUnder {
    receiving(CountedUnder.RECEIVING),
    settling(CountedUnder.SETTLING);

    final CountedUnder under;

    CountUnder(CountedUnder under) {
      this.under = under;
    }
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

  @Option(names = "--agencies", paramLabel = "<file.csv>",
      description = "Agencies: agency,name,tier; optionally roles, and valid_from,valid_to,parent,successors,"
          + "statistical_code,portal_code for agencies that change.")
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

  @Option(names = "--count-under", paramLabel = "<agency>", defaultValue = "receiving",
      description = "Which agency a dossier counts under where another settles it than received it (phi địa giới):"
          + " receiving (cơ quan tiếp nhận, as the national report forms count) or settling (cơ quan giải quyết:"
          + " our dossier CSV's settling_agency column). Default: ${DEFAULT-VALUE}.")
  CountUnder countUnder;

  @Option(names = "--roll-up", paramLabel = "<level>",
      description = "Show one level of the agencies' tree (the agencies file's parent column), each agency pooled"
          + " with all its sub-units: province (one line per province; an old province under the new one it"
          + " became on 1 Jul 2025, by its successors or the bundled 63 → 34 table), or a level number: 0 the"
          + " province, 1 the units under it (departments; communes; before 1 Jul 2025 districts with their"
          + " communes), 2 …")
  String rollUp;

  @Option(names = "--split-at-reform",
      description = "For a period that straddles 1 Jul 2025 (two-tier local government), e.g. 2025: the report in"
          + " two parts, before 1 Jul 2025 (three tiers) and from it (two tiers), each dossier under the agency"
          + " that received it. JSON: an array of the two reports; CSV: both, told apart by the period column.")
  boolean splitAtReform;

  @Option(names = "--vneid-code", paramLabel = "<code>",
      description = "The KenhThucHien code the national portal's sync format uses for VNeID (the fourth channel of"
          + " Nghị định 367/2025/NĐ-CP) until one is announced; our dossier CSV says vneid. VNeID dossiers count"
          + " as online.")
  Integer vneidCode;

  @Option(names = "--pool", paramLabel = "<code=name>",
      description = "Add a unit scored on the pooled figures of every agency of the input (as the national portal"
          + " scores a province on its departments' and communes' dossiers), e.g. --pool 'H44=UBND tỉnh Phú Thọ'.")
  String pool;

  @Option(names = "--compare-previous",
      description = "Compare with the previous period of the same length (month, quarter, half, year): dossiers are"
          + " counted again over it; aggregate figures of it come from --previous-tallies.")
  boolean comparePrevious;

  @Option(names = "--previous-tallies", paramLabel = "<file.csv>",
      description = "Aggregate figures of the previous period (implies --compare-previous).")
  Path previousTallies;

  @Option(names = "--format", paramLabel = "<format>", defaultValue = "table",
      description = "table (the directive report for people, on the terminal), json (the report's JSON), csv (one"
          + " row per agency and rule), xlsx (the directive report as a workbook, needs --output) or html (one page"
          + " with charts); for qt1501, table, xlsx and html carry the appendix's layout too. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--lang", paramLabel = "<lang>", defaultValue = "vi", converter = Formats.LangConverter.class,
      description = "The language of what people read — table, xlsx and html: vi (the default: Vietnamese words,"
          + " dd/mm/yyyy, decimal comma, '–' for no value) or en. json and csv are machine outputs with stable"
          + " English keys whatever --lang says.")
  Lang lang;

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
    if (vneidCode != null && vneidCode >= 1 && vneidCode <= 3) {
      throw new ParameterException(spec.commandLine(),
          "--vneid-code " + vneidCode + ": 1, 2 and 3 are direct, online and postal; give the code used for VNeID");
    }
    if (vneidCode != null && (vneidCode < 4 || vneidCode > 999)) {
      throw new ParameterException(spec.commandLine(), "--vneid-code " + vneidCode + ": a code from 4 to 999");
    }
    OptionalInt level = rollUpLevel();
    Directive d = DirectiveChoice.of(spec.commandLine(), parent.directives(), directive, directiveFile);
    Period p = period(d);
    LocalDate at = AsOfDate.of(spec, asOf, p);
    List<Period> parts = parts(p, at);
    Optional<Period> before = Optional.empty();
    if (comparePrevious || previousTallies != null) {
      if (parts.size() > 1) {
        throw new ParameterException(spec.commandLine(), "--compare-previous goes with one period, not --split-at-reform");
      }
      if (tallies != null && previousTallies == null) {
        throw new ParameterException(spec.commandLine(), "--compare-previous with --tallies needs --previous-tallies"
            + " (the aggregate figures of the previous period)");
      }
      before = Optional.of(previous(p));
    }
    InputFiles files = new InputFiles();
    files.tallies = tallies;
    files.dossiers = dossiers;
    files.procedures = procedures;
    files.agencies = agencies;
    files.workRecords = workRecords;
    files.tasks = tasks;
    files.secondments = secondments;
    files.calendar = calendarFile.builder().build();
    files.vneidCode = vneidCode == null ? OptionalInt.empty() : OptionalInt.of(vneidCode);
    files.countedUnder = countUnder.under;
    files.rollUpToProvince = level.isPresent() && level.getAsInt() == 0;
    files.previous = before.orElse(null);
    PooledUnit pooled = pooledUnit(level);
    InputFiles.Assembled in;
    InputFiles.Assembled then = null;
    InputSummary summary;
    // Problems are logged as they are found (the rejects file written as the records are read), so
    // a file of any size is read in bounded memory.
    try (ProblemLog log = new ProblemLog(skipInvalid ? rejects : null)) {
      in = pooled(files.read(d, parts, at, log), pooled, d);
      if (before.isPresent()) {
        then = pooled(files.over(before.get(), before.get().end(), previousTallies), pooled, d);
        in = in.withFiles(then.files());
      }
      if (level.isPresent()) {
        checkTree(in.agencies());
      }
      PrintWriter err = spec.commandLine().getErr();
      if (p.straddles(Tier.TWO_TIERS_FROM) && !splitAtReform && level.isEmpty()) {
        err.println("kpi: note: the period " + p + " straddles 1 Jul 2025 (two-tier local"
            + " government): --split-at-reform gives the report in two parts, --roll-up province rolled up");
      }
      for (InputFiles.FileCounts f : in.files()) {
        if (f.read() == 0) {
          err.println("kpi: note: " + f.file() + " holds no records");
        }
        if (!f.keysNotRead().isEmpty()) {
          err.println("kpi: note: " + f.file() + ": not read (no field of the format): "
              + String.join(", ", f.keysNotRead()));
        }
      }
      if (!in.otherTasks().isEmpty()) {
        err.println("kpi: note: " + tasks + ": " + in.otherTasks().size() + " completed tasks are no task of " + d.id()
            + " (another directive's?), not evaluated: "
            + String.join(", ", in.otherTasks().subList(0, Math.min(10, in.otherTasks().size())))
            + (in.otherTasks().size() > 10 ? ", …" : ""));
      }
      summary = in.summary();
      if (log.count() > 0) {
        if (!skipInvalid) {
          throw log.exception();
        }
        if (rejects == null) {
          err.print(log.exception().describe(BadInputException.PRINT_LIMIT));
        }
        err.println("kpi: read " + summary.read() + " records, accepted " + summary.accepted() + ", rejected "
            + summary.rejected() + (rejects != null ? " (reasons in " + rejects + ")" : ""));
      }
    }
    Optional<Report> previous = Optional.empty();
    if (then != null) {
      previous = Optional.of(evaluate(d, input(then, 0, before.get(), before.get().end(), level, Optional.empty()).build()));
    }
    List<Report> reports = new ArrayList<>();
    List<EvaluationInput> inputs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      EvaluationInput input = input(in, i, parts.get(i), at, level, previous).inputSummary(summary).build();
      inputs.add(input);
      reports.add(evaluate(d, input));
    }
    List<String> pooledUnits = pooled == null ? List.of() : List.of(pooled.code());
    if (format == Format.xlsx || format == Format.html) {
      if (reports.size() > 1) {
        throw new ParameterException(spec.commandLine(), "--format " + format + " writes one period's report;"
            + " --split-at-reform gives two: write each part with its own --period");
      }
      DirectiveReport people = DirectiveReport.of(d, inputs.get(0), reports.get(0), pooledUnits).withFiles(inputNames());
      ReportOutput.write(spec, people::write, io.github.motcua.kpi.report.Format.of(format.name()), lang, output);
      return KpiCli.OK;
    }
    String text;
    switch (format) {
      case json:
        text = (reports.size() == 1 ? reports.get(0).toJson() : KpiJson.write(reports)) + System.lineSeparator();
        break;
      case csv:
        text = ReportCsv.write(reports);
        break;
      default:
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        for (int i = 0; i < reports.size(); i++) {
          if (reports.size() > 1) {
            String heading = (i > 0 ? System.lineSeparator() : "") + partHeading(i, reports.size(), parts.get(i), lang);
            table.writeBytes((heading + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
          }
          DirectiveReport.of(d, inputs.get(i), reports.get(i), pooledUnits)
              .withFiles(inputNames())
              .write(io.github.motcua.kpi.report.Format.TABLE, lang, table);
        }
        text = table.toString(StandardCharsets.UTF_8);
    }
    if (output != null) {
      write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return KpiCli.OK;
  }

  /** The evaluation's input for part {@code i} of what was read. */
  private EvaluationInput.Builder input(
      InputFiles.Assembled in, int i, Period p, LocalDate at, OptionalInt level, Optional<Report> previous) {
    return EvaluationInput.builder()
        .period(p)
        .asOf(at)
        .agencies(in.agencies())
        .tallies(in.tallies().get(i))
        .tasks(in.tasks())
        .secondments(in.secondments())
        .catalogue(in.catalogue())
        .beforeDayReading(beforeDay.reading)
        .countedUnder(countUnder.under)
        .rollUpTo(level)
        .leaveOutAbsentAgencies(true)
        .sources(in.sources().get(i))
        .breakdowns(in.breakdowns().get(i))
        .previous(previous);
  }

  private PooledUnit pooledUnit(OptionalInt level) {
    if (pool == null) {
      return null;
    }
    if (level.isPresent()) {
      throw new ParameterException(spec.commandLine(), "--pool and --roll-up both pool units: give one");
    }
    try {
      return PooledUnit.parse(pool);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--pool: " + e.getMessage());
    }
  }

  private static InputFiles.Assembled pooled(InputFiles.Assembled in, PooledUnit pooled, Directive d) {
    return pooled == null ? in : pooled.apply(in, d);
  }

  /**
   * The period before {@code p} of the same kind: the month, quarter, half or year before; for any
   * other range, the same number of days ending the day before it starts.
   */
  static Period previous(Period p) {
    LocalDate s = p.start();
    LocalDate e = p.end();
    if (s.getDayOfMonth() == 1 && e.equals(s.plusMonths(1).minusDays(1))) {
      return Period.of(s.minusMonths(1), s.minusDays(1));
    }
    for (int months : new int[] {3, 6, 12}) {
      if (s.getDayOfMonth() == 1 && (s.getMonthValue() - 1) % months == 0 && e.equals(s.plusMonths(months).minusDays(1))) {
        return Period.of(s.minusMonths(months), s.minusDays(1));
      }
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(s, e) + 1;
    return Period.of(s.minusDays(days), s.minusDays(1));
  }

  /** The report, a roll-up that cannot pool aggregate figures named as bad input. */
  private static Report evaluate(Directive d, EvaluationInput input) {
    try {
      return Evaluator.of(d).evaluate(input);
    } catch (IllegalArgumentException e) {
      if (input.rollUpTo().isEmpty()) {
        throw e;
      }
      throw new BadValue("--roll-up: " + e.getMessage());
    }
  }

  /** The level of {@code --roll-up}: {@code province} is 0. */
  private OptionalInt rollUpLevel() {
    if (rollUp == null) {
      return OptionalInt.empty();
    }
    if (rollUp.equalsIgnoreCase("province") || rollUp.equalsIgnoreCase("tỉnh")) {
      return OptionalInt.of(0);
    }
    try {
      int n = Integer.parseInt(rollUp.trim());
      if (n >= 0) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new ParameterException(spec.commandLine(),
        "--roll-up: '" + rollUp + "' is neither province nor a level number (0 the province, 1 the units under it, …)");
  }

  /** The period, or its two parts with {@code --split-at-reform}. */
  private List<Period> parts(Period p, LocalDate at) {
    if (!splitAtReform) {
      return List.of(p);
    }
    LocalDate reform = Tier.TWO_TIERS_FROM;
    if (!p.straddles(reform)) {
      throw new ParameterException(spec.commandLine(),
          "--split-at-reform: the period " + p + " does not straddle 1 Jul 2025; it is in one structure already");
    }
    if (tallies != null || workRecords != null) {
      throw new ParameterException(spec.commandLine(),
          "--split-at-reform splits dossiers by their dates; --tallies and --work-records carry none: give them per part");
    }
    if (at.isBefore(reform)) {
      throw new ParameterException(spec.commandLine(),
          "--split-at-reform: --as-of " + at + " is before the second part starts (2025-07-01)");
    }
    return List.of(p.partBefore(reform).orElseThrow(), p.partFrom(reform).orElseThrow());
  }

  private static String partHeading(int i, int n, Period part, Lang lang) {
    String dates = lang.date(part.start()) + "–" + lang.date(part.end());
    boolean before = part.end().isBefore(Tier.TWO_TIERS_FROM);
    return lang.pick("Phần ", "Part ") + (i + 1) + "/" + n + ": " + dates + " — "
        + (before
            ? lang.pick("trước 01/07/2025 (chính quyền địa phương ba cấp)", "before 1 Jul 2025 (three-tier local government)")
            : lang.pick("từ 01/07/2025 (chính quyền địa phương hai cấp)", "from 1 Jul 2025 (two-tier local government)"));
  }

  /** The agencies a roll-up pools over form a tree; those of a tallies file are checked here. */
  private void checkTree(List<Agency> listed) {
    List<Problem> problems = new ArrayList<>();
    for (AgencyTree.Inconsistency i : AgencyTree.inconsistencies(listed)) {
      problems.add(Problem.of(Location.file(String.valueOf(tallies != null ? tallies : agencies)), null, null,
          "--roll-up: " + i, null));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  /** The input files given, as named on the command line. */
  private String[] inputNames() {
    return java.util.stream.Stream.of(directiveFile, tallies, dossiers, procedures, agencies, workRecords, tasks, secondments)
        .filter(java.util.Objects::nonNull)
        .map(Path::toString)
        .toArray(String[]::new);
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

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw OutputFailure.writing(file, e);
    }
  }
}
