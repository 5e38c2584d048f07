package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.io.AgenciesCsv;
import io.github.motcua.kpi.io.AgencyDirectory;
import io.github.motcua.kpi.io.AgencyTally;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.io.DossierRead;
import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.io.Intake;
import io.github.motcua.kpi.io.Location;
import io.github.motcua.kpi.io.MergedProvinces;
import io.github.motcua.kpi.io.Problem;
import io.github.motcua.kpi.io.ProcedureSplit;
import io.github.motcua.kpi.io.ProceduresCsv;
import io.github.motcua.kpi.io.ReadOptions;
import io.github.motcua.kpi.io.SecondmentsCsv;
import io.github.motcua.kpi.io.TalliesCsv;
import io.github.motcua.kpi.io.Tallied;
import io.github.motcua.kpi.io.TasksCsv;
import io.github.motcua.kpi.io.WorkRecordsCsv;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.WorkRecord;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.ScoredRule;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DeadlineReading;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The input files of one {@code evaluate} run, read through kpi-io's readers into what an evaluation
 * needs; this class only wires them.
 *
 * <p>Reference files (agencies, procedures) are read whole or not at all. Record files (tallies,
 * dossiers, work records, tasks, secondments) are read record by record: each problem goes to the
 * {@link ProblemLog} as it is found, and the caller either stops on them or, with {@code
 * --skip-invalid}, evaluates the accepted records. A main input (tallies, dossiers) that holds no
 * records stops the run: there would be nothing to evaluate.
 *
 * <p>Dossiers are counted as they are read, chunk by chunk, so a national-portal file of any size is
 * evaluated in bounded memory: the file is read once, and that one pass counts every period asked
 * for, the {@linkplain #previous previous period} when the report compares with it, and the split by
 * procedure a scoring directive's report shows. They are counted under the directive's {@linkplain
 * Directive#deadlineReading() deadline reading}; one without a due date gets the one its procedure's
 * legal processing time sets through the working calendar ({@link DueDates}), without the supplement
 * wait a reading takes off the end. The figures keep where they came from ({@link
 * Assembled#sources()}): a counter of one agency both in the tallies file and counted from dossiers is
 * bad input, since adding them would count twice.
 */
final class InputFiles {
  Path tallies;
  Path dossiers;
  Path procedures;
  Path agencies;
  Path workRecords;
  Path tasks;
  Path secondments;
  /** The working calendar: due dates derived from processing times, "due within a working day". */
  WorkingCalendar calendar = WorkingCalendar.defaults();
  /** The {@code KenhThucHien} code read as VNeID, until the sync format announces one. */
  OptionalInt vneidCode = OptionalInt.empty();
  /** Which agency dossiers count under. */
  CountedUnder countedUnder = CountedUnder.RECEIVING;
  /** Whether the report rolls up to the province, old provinces mapped to new by the bundled table. */
  boolean rollUpToProvince;
  /**
   * The previous period, when the report compares with it ({@link #over}): set before {@link
   * #read}, so that the dossiers are counted over it in the same pass.
   */
  Period previous;

  /** The sources a result names ({@code RuleResult.source()}): the kind of input, not the file. */
  static final String TALLIES = "tallies";

  /** Figures counted from dossiers. */
  static final String DOSSIERS = "dossiers";

  /** Figures counted from work records. */
  static final String WORK_RECORDS = "work records";

  /** How one record file went. */
  record FileCounts(String file, long read, long accepted, long rejected, long blankLines, List<String> keysNotRead) {}

  /**
   * What was read: the evaluation's parts (the tallies one per period asked for, with, for each,
   * the tallies by source and the breakdown of each agency's dossier counts by procedure), the
   * catalogue dossiers were counted against (when dossiers were read), how each record file went,
   * and the completed tasks of no task of the directive.
   */
  record Assembled(
      List<Agency> agencies,
      List<ProvinceTally> tallies,
      List<TaskCompletion> tasks,
      List<Secondment> secondments,
      Optional<ProcedureCatalogue> catalogue,
      List<FileCounts> files,
      long dueDatesDerived,
      List<Map<String, ProvinceTally>> sources,
      List<List<Breakdown>> breakdowns,
      List<String> otherTasks) {

    /** Records read, accepted and rejected over all record files. */
    InputSummary summary() {
      long read = files.stream().mapToLong(FileCounts::read).sum();
      long rejected = files.stream().mapToLong(FileCounts::rejected).sum();
      long blank = files.stream().mapToLong(FileCounts::blankLines).sum();
      return InputSummary.of(read, read - rejected, rejected).withDueDatesDerived(dueDatesDerived).withBlankLines(blank);
    }

    /** These with {@code more} files read too (the previous period's tallies file). */
    Assembled withFiles(List<FileCounts> more) {
      List<FileCounts> all = new ArrayList<>(files);
      all.addAll(more);
      return new Assembled(agencies, tallies, tasks, secondments, catalogue, List.copyOf(all), dueDatesDerived, sources,
          breakdowns, otherTasks);
    }
  }

  /**
   * The counters every evaluation from dossiers counts besides the directive's: every dossier read
   * is accounted for, and the report can say how many had no due date or no stated channel.
   */
  static final List<Counter> ACCOUNTING =
      List.of(
          Counter.DOSSIERS_READ, Counter.OUT_OF_PERIOD, Counter.NOT_ACCEPTED, Counter.NO_DUE_DATE,
          Counter.CHANNEL_NOT_STATED);

  /** What reading one file does. */
  @FunctionalInterface
  private interface Reading<T> {
    T from(Path file) throws IOException;
  }

  // The files as read, kept for {@link #over}.
  /** The counters counted, given the catalogue read (Biểu 06 counts per field of the catalogue). */
  private Function<ProcedureCatalogue, List<Counter>> counted;
  /** How deadlines are judged: the directive's reading. */
  private DeadlineReading reading;
  /** Whether the directive scores (its report names the parts that cost points: a split by procedure). */
  private boolean scored;
  private ProcedureCatalogue catalogue;
  private AgencyDirectory directory;
  private ProblemLog log;
  private final ReadOptions options = ReadOptions.defaults();
  /** The dossiers counted: each period asked for, then the previous one (if set). */
  private Tallied dossierCounts;
  private Intake<WorkRecord> workIntake;
  private int periodsRead;

  /**
   * Reads every file given, tallying dossiers and work records over each of {@code periods} as of
   * {@code asOf}: the counters {@code directive} reads, and the accounting ones, under the receiving
   * or the settling agency. Problems of records go to {@code log}.
   *
   * @throws InputFailure naming the first file that cannot be read (missing, a directory …), before
   *     any is read
   * @throws BadInputException if a file cannot be read as a whole, or a main input holds no records
   */
  Assembled read(Directive directive, List<Period> periods, LocalDate asOf, ProblemLog log) {
    List<DeadlineRule> rules =
        directive.requirements().stream().filter(DeadlineRule.class::isInstance).map(DeadlineRule.class::cast).toList();
    return read(
        catalogue -> directive.counters(),
        directive.deadlineReading(),
        directive.requirements().stream().anyMatch(r -> r instanceof ScoredRule),
        rules,
        periods,
        asOf,
        log);
  }

  /**
   * Reads every file given, as {@link #read(Directive, List, LocalDate, ProblemLog)}, counting the
   * counters {@code counted} gives for the catalogue read (Biểu 06 counts per field of the
   * catalogue) and the accounting ones, deadlines judged by date.
   *
   * @throws InputFailure naming the first file that cannot be read, before any is read
   * @throws BadInputException if a file cannot be read as a whole, or a main input holds no records
   */
  Assembled read(
      Function<ProcedureCatalogue, List<Counter>> counted, List<Period> periods, LocalDate asOf, ProblemLog log) {
    return read(counted, DeadlineReading.byDate(), false, List.of(), periods, asOf, log);
  }

  private Assembled read(
      Function<ProcedureCatalogue, List<Counter>> counted,
      DeadlineReading reading,
      boolean scored,
      List<DeadlineRule> rules,
      List<Period> periods,
      LocalDate asOf,
      ProblemLog log) {
    for (Path file : Arrays.asList(tallies, dossiers, procedures, agencies, workRecords, tasks, secondments)) {
      if (file != null) {
        InputFailure.checkReadable(file);
      }
    }
    this.counted = counted;
    this.reading = reading;
    this.scored = scored;
    this.log = log;
    this.periodsRead = periods.size();
    List<FileCounts> files = new ArrayList<>();
    List<Agency> listed = agencies == null ? List.of() : read(agencies, f -> AgenciesCsv.read(f, options));
    if (rollUpToProvince) {
      listed = MergedProvinces.bundled().withSuccessors(listed);
    }
    catalogue = procedures == null ? ProcedureCatalogue.of(List.of()) : read(procedures, f -> ProceduresCsv.read(f, options));
    directory = new AgencyDirectory(listed);
    List<AgencyTally> rows = null;
    if (tallies != null) {
      Intake<AgencyTally> aggregate = read(tallies, f -> TalliesCsv.read(f, counted.apply(catalogue), options));
      files.add(counts(aggregate));
      requireRecords(tallies, aggregate.read());
      for (AgencyTally t : aggregate.values()) {
        directory.add(t.agency());
      }
      rows = aggregate.values();
    }
    long derived = 0;
    if (dossiers != null) {
      DossierRead<Tallied> read = readDossiers(periods, asOf);
      files.add(new FileCounts(dossiers.toString(), read.read(), read.accepted(), read.rejected(), read.blankLines(),
          read.keysNotRead()));
      requireRecords(dossiers, read.read());
      derived = read.dueDatesDerived();
      dossierCounts = read.value();
    }
    if (workRecords != null) {
      workIntake = read(workRecords, f -> WorkRecordsCsv.read(f, directory, options));
      files.add(counts(workIntake));
    }
    List<TaskCompletion> done = List.of();
    List<String> others = List.of();
    if (tasks != null) {
      Intake<TaskCompletion> t = read(tasks, f -> TasksCsv.read(f, directory, rules, options));
      files.add(counts(t));
      done = t.values();
      others = TasksCsv.otherThan(done, rules);
    }
    List<Secondment> terms = List.of();
    if (secondments != null) {
      Intake<Secondment> s = read(secondments, f -> SecondmentsCsv.read(f, directory, options));
      files.add(counts(s));
      terms = s.values();
    }
    return count(periods, 0, asOf, rows, tallies, files, derived, done, terms, others);
  }

  /**
   * The dossiers file read once, counted over each of {@code periods} as of {@code asOf} and over
   * the previous period as of its end (if set), with the split by procedure for a scoring directive.
   */
  private DossierRead<Tallied> readDossiers(List<Period> periods, LocalDate asOf) {
    List<Counter> counters = counters();
    List<Tallies> counting = new ArrayList<>();
    for (Period period : periods) {
      counting.add(counting(period, asOf, counters));
    }
    if (previous != null) {
      counting.add(counting(previous, previous.end(), counters));
    }
    List<ProcedureSplit> splits = new ArrayList<>();
    if (scored) {
      // Each agency's dossier counts split by procedure: the directive's dossier counters only (a
      // procedure count of one procedure says little), against the catalogue without its offerings.
      List<Counter> dossierCounters = new ArrayList<>();
      for (Counter c : counted.apply(catalogue)) {
        if (c.isComputed() && !c.isDistinct()) {
          dossierCounters.add(c);
        }
      }
      ProcedureCatalogue procedures = ProcedureCatalogue.of(catalogue.procedures());
      List<Period> all = new ArrayList<>(periods);
      if (previous != null) {
        all.add(previous);
      }
      for (Period period : all) {
        Tallies split =
            Tallies.of(period, period == previous ? previous.end() : asOf, procedures)
                .counting(dossierCounters)
                .reading(reading)
                .workingDays(calendar);
        splits.add(new ProcedureSplit(split, countedUnder == CountedUnder.SETTLING));
      }
    }
    DossierReader.Builder builder = DossierReader.builder(catalogue, directory);
    vneidCode.ifPresent(builder::vneidChannelCode);
    DossierReader reader =
        builder
            .options(options)
            // A reading that takes the supplement wait off the end must not also add it to a derived due date.
            .dueDates(new DueDates(calendar, !reading.subtractSupplementWait()))
            .keepProblems(0)
            .onProblem(log)
            .build();
    return read(dossiers, f -> reader.tally(f, counting, splits));
  }

  /**
   * The files read by {@link #read} counted over {@code period}, the {@link #previous} one, as of
   * {@code asOf}, its end, with {@code previousTallies} (if given) as the aggregate figures of that
   * period instead of the tallies file; problems of that file go to the log too.
   *
   * @throws IllegalStateException if {@code period} is not the previous period set before reading
   */
  Assembled over(Period period, LocalDate asOf, Path previousTallies) {
    if (previous == null || !previous.equals(period) || !asOf.equals(previous.end())) {
      throw new IllegalStateException("the dossiers were counted over " + previous + ", not " + period + " as of " + asOf);
    }
    List<FileCounts> files = new ArrayList<>();
    List<AgencyTally> rows = null;
    if (previousTallies != null) {
      InputFailure.checkReadable(previousTallies);
      Intake<AgencyTally> aggregate = read(previousTallies, f -> TalliesCsv.read(f, counted.apply(catalogue), options));
      files.add(counts(aggregate));
      requireRecords(previousTallies, aggregate.read());
      for (AgencyTally t : aggregate.values()) {
        directory.add(t.agency());
      }
      rows = aggregate.values();
    }
    return count(List.of(period), periodsRead, asOf, rows, previousTallies, files, 0, List.of(), List.of(), List.of());
  }

  /**
   * The parts counted over {@code periods} as of {@code asOf}: the dossier counts from index {@code
   * first} of those read, the work records counted here.
   */
  private Assembled count(
      List<Period> periods,
      int first,
      LocalDate asOf,
      List<AgencyTally> rows,
      Path rowsFile,
      List<FileCounts> files,
      long derived,
      List<TaskCompletion> done,
      List<Secondment> terms,
      List<String> others) {
    Map<String, Tally> aggregate = new TreeMap<>();
    if (rows != null) {
      for (AgencyTally t : rows) {
        aggregate.put(t.agency().code(), t.tally());
      }
    }
    List<Counter> counters = counters();
    List<ProvinceTally> sums = new ArrayList<>();
    List<Map<String, ProvinceTally>> sources = new ArrayList<>();
    List<List<Breakdown>> breakdowns = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      Map<String, ProvinceTally> bySource = new LinkedHashMap<>();
      List<Breakdown> split = new ArrayList<>();
      ProvinceTally sum = ProvinceTally.of(aggregate);
      if (rows != null) {
        bySource.put(TALLIES, sum);
      }
      if (dossierCounts != null) {
        ProvinceTally fromDossiers = dossierCounts.tallies().get(first + i);
        checkNotTwice(sum, fromDossiers, rowsFile);
        bySource.put(DOSSIERS, fromDossiers);
        sum = merge(sum, fromDossiers, dossiers);
        if (scored) {
          split.add(byProcedure(dossierCounts.splits().get(first + i)));
        }
      }
      if (workIntake != null) {
        ProvinceTally fromWork = counting(periods.get(i), asOf, counters).workRecords(workIntake.values());
        bySource.put(WORK_RECORDS, fromWork);
        sum = merge(sum, fromWork, workRecords);
      }
      sums.add(sum);
      sources.add(bySource);
      breakdowns.add(split);
    }
    return new Assembled(
        directory.all(),
        sums,
        done,
        terms,
        dossiers == null ? Optional.empty() : Optional.of(catalogue),
        files,
        derived,
        sources,
        breakdowns,
        others);
  }

  /** The counters counted: the accounting ones and those asked for. */
  private List<Counter> counters() {
    List<Counter> counters = new ArrayList<>(ACCOUNTING);
    counters.addAll(counted.apply(catalogue));
    return counters;
  }

  private Tallies counting(Period period, LocalDate asOf, List<Counter> counters) {
    Tallies counting =
        Tallies.of(period, asOf, catalogue)
            .counting(counters)
            .reading(reading)
            .agencies(directory.all())
            .workingDays(calendar);
    return countedUnder == CountedUnder.SETTLING ? counting.bySettlingAgency() : counting;
  }

  /** Each agency's dossier counts by procedure, as the report's breakdown, procedures named. */
  private Breakdown byProcedure(Map<String, ProvinceTally> byAgency) {
    Breakdown.Builder b = Breakdown.builder().kind(Breakdown.BY_PROCEDURE);
    byAgency.forEach(b::putByAgency);
    catalogue.procedures().forEach(p -> b.putNames(p.code(), p.name()));
    return b.build();
  }

  /**
   * Refuses figures given twice: a counter of one agency reported by the tallies file and counted
   * from dossiers would be added up.
   */
  private static void checkNotTwice(ProvinceTally aggregate, ProvinceTally counted, Path tallies) {
    List<Problem> twice = new ArrayList<>();
    aggregate.byAgency().forEach((agency, given) -> {
      Tally mine = counted.get(agency);
      for (Counter c : given.counters().values()) {
        if (mine.isReported(c)) {
          twice.add(Problem.of(Location.file(tallies.toString()), null, c.id(),
              "agency " + agency + ": this figure is also counted from the dossiers; give it once (adding both would count it twice)",
              Long.toString(given.get(c))));
        }
      }
    });
    if (!twice.isEmpty()) {
      throw new BadInputException(twice);
    }
  }

  /** How a record file went, its problems handed to the log. */
  private FileCounts counts(Intake<?> intake) {
    log.addAll(intake.problems());
    return new FileCounts(intake.file(), intake.read(), intake.accepted().size(), intake.rejected().size(),
        intake.blankLines(), List.of());
  }

  /** A main input with no records is bad data: there is nothing to evaluate. */
  private static void requireRecords(Path file, long read) {
    if (read == 0) {
      throw new BadInputException(
          Problem.of(Location.file(file.toString()), "no records in " + file + ": nothing to evaluate"));
    }
  }

  /** {@code reading} applied to {@code file}, a failure to read it named by the file. */
  private static <T> T read(Path file, Reading<T> reading) {
    try {
      return reading.from(file);
    } catch (IOException e) {
      throw InputFailure.reading(file, e);
    }
  }

  private static ProvinceTally merge(ProvinceTally sum, ProvinceTally more, Path file) {
    try {
      return sum.merge(more);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new BadInputException(
          Problem.of(Location.file(file.toString()), "cannot add these counts to the tallies file's: " + e.getMessage()));
    }
  }
}
