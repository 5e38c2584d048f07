package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.calendar.WorkingCalendar;
import io.github.motcua.kpi.cli.input.AgenciesCsv;
import io.github.motcua.kpi.cli.input.AgencyDirectory;
import io.github.motcua.kpi.cli.input.AgencyTally;
import io.github.motcua.kpi.cli.input.BadInputException;
import io.github.motcua.kpi.cli.input.DossierFiles;
import io.github.motcua.kpi.cli.input.Intake;
import io.github.motcua.kpi.cli.input.Location;
import io.github.motcua.kpi.cli.input.MergedProvinces;
import io.github.motcua.kpi.cli.input.Problem;
import io.github.motcua.kpi.cli.input.ProceduresCsv;
import io.github.motcua.kpi.cli.input.SecondmentsCsv;
import io.github.motcua.kpi.cli.input.TalliesCsv;
import io.github.motcua.kpi.cli.input.TasksCsv;
import io.github.motcua.kpi.cli.input.WorkRecordsCsv;
import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.ImmutableBreakdown;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.ImmutableDossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.WorkRecord;
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
 * The input files of one {@code evaluate} run, read into what an evaluation needs.
 *
 * <p>Reference files (agencies, procedures) are read whole or not at all. Record files (tallies,
 * dossiers, work records, tasks, secondments) are read record by record into {@link Intake}s:
 * {@link Assembled#problems()} lists every rejected record's problems, and the caller either stops
 * on them or, with {@code --skip-invalid}, evaluates the accepted records.
 *
 * <p>Dossiers are counted under the directive's {@linkplain Directive#deadlineReading() deadline
 * reading}; one without a due date gets the one its procedure's legal processing time sets through
 * the working calendar ({@link DueDates}), without the supplement wait a reading takes off the end.
 * The figures keep where they came from ({@link Assembled#sources()}): a counter of one agency both
 * in the tallies file and counted from dossiers is bad input, since adding them would count twice.
 * The files are read once; {@link #over} counts them again over another period (the previous one).
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

  /** The sources a result names ({@code RuleResult.source()}): the kind of input, not the file. */
  static final String TALLIES = "tallies";

  /** Figures counted from dossiers. */
  static final String DOSSIERS = "dossiers";

  /** Figures counted from work records. */
  static final String WORK_RECORDS = "work records";

  /** Joins an agency code and a procedure code into one key of the breakdown's counting. */
  private static final char SPLIT = '\u0001';

  // The files as read, before any counting.
  /** The counters counted, given the catalogue read (Biểu 06 counts per field of the catalogue). */
  private Function<ProcedureCatalogue, List<Counter>> counted;
  /** How deadlines are judged: the directive's reading. */
  private DeadlineReading reading;
  /** Whether the directive scores (its report names the parts that cost points: a split by procedure). */
  private boolean scored;
  private ProcedureCatalogue catalogue;
  private AgencyDirectory directory;
  private Intake<Dossier> dossierIntake;
  private List<Dossier> withDue = List.of();
  private Intake<WorkRecord> workIntake;
  private long derived;
  /**
   * What was read: the evaluation's parts (the tallies one per period asked for, with, for each,
   * the tallies by source and the breakdown of each agency's dossier counts by procedure), the
   * catalogue dossiers were counted against (when dossiers were read) and the record intakes.
   */
  record Assembled(
      List<Agency> agencies,
      List<ProvinceTally> tallies,
      List<TaskCompletion> tasks,
      List<Secondment> secondments,
      Optional<ProcedureCatalogue> catalogue,
      List<Intake<?>> intakes,
      long dueDatesDerived,
      List<Map<String, ProvinceTally>> sources,
      List<List<Breakdown>> breakdowns) {

    /** Every problem of every record file, file by file. */
    List<Problem> problems() {
      List<Problem> all = new ArrayList<>();
      intakes.forEach(i -> all.addAll(i.problems()));
      return all;
    }

    /** Records read, accepted and rejected over all record files. */
    InputSummary summary() {
      long read = intakes.stream().mapToLong(Intake::read).sum();
      long rejected = intakes.stream().mapToLong(i -> i.rejected().size()).sum();
      return InputSummary.of(read, read - rejected, rejected).withDueDatesDerived(dueDatesDerived);
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

  /**
   * Reads every file given, tallying dossiers and work records over each of {@code periods} as of
   * {@code asOf}: the counters {@code directive} reads, and the accounting ones, under the
   * receiving or the settling agency.
   *
   * @throws InputFailure naming the first file that cannot be read (missing, a directory …), before
   *     any is read
   */
  Assembled read(Directive directive, List<Period> periods, LocalDate asOf) {
    return read(
        catalogue -> directive.counters(),
        directive.deadlineReading(),
        directive.requirements().stream().anyMatch(r -> r instanceof ScoredRule),
        periods,
        asOf);
  }

  /**
   * Reads every file given, as {@link #read(Directive, List, LocalDate)}, counting the counters
   * {@code counted} gives for the catalogue read (Biểu 06 counts per field of the catalogue) and
   * the accounting ones, deadlines judged by date.
   *
   * @throws InputFailure naming the first file that cannot be read, before any is read
   */
  Assembled read(Function<ProcedureCatalogue, List<Counter>> counted, List<Period> periods, LocalDate asOf) {
    return read(counted, DeadlineReading.byDate(), false, periods, asOf);
  }

  private Assembled read(
      Function<ProcedureCatalogue, List<Counter>> counted,
      DeadlineReading reading,
      boolean scored,
      List<Period> periods,
      LocalDate asOf) {
    for (Path file : Arrays.asList(tallies, dossiers, procedures, agencies, workRecords, tasks, secondments)) {
      if (file != null) {
        InputFailure.checkReadable(file);
      }
    }
    this.counted = counted;
    this.reading = reading;
    this.scored = scored;
    List<Intake<?>> intakes = new ArrayList<>();
    List<Agency> listed = agencies == null ? List.of() : read(agencies, AgenciesCsv::read);
    if (rollUpToProvince) {
      listed = MergedProvinces.bundled().withSuccessors(listed);
    }
    catalogue = procedures == null ? ProcedureCatalogue.of(List.of()) : read(procedures, ProceduresCsv::read);
    directory = new AgencyDirectory(listed);
    List<AgencyTally> rows = null;
    if (tallies != null) {
      Intake<AgencyTally> aggregate = read(tallies, f -> TalliesCsv.read(f, counted.apply(catalogue)));
      intakes.add(aggregate);
      for (AgencyTally t : aggregate.values()) {
        directory.add(t.agency());
      }
      rows = aggregate.values();
    }
    if (dossiers != null) {
      dossierIntake = read(dossiers, f -> DossierFiles.read(f, catalogue, directory, vneidCode));
      intakes.add(dossierIntake);
      // A reading that takes the supplement wait off the end must not also add it to a derived due date.
      DueDates due = new DueDates(catalogue, calendar, !reading.subtractSupplementWait());
      withDue = due.derive(dossierIntake.values());
      derived = due.derived();
    }
    if (workRecords != null) {
      workIntake = read(workRecords, f -> WorkRecordsCsv.read(f, directory));
      intakes.add(workIntake);
    }
    List<TaskCompletion> done = List.of();
    if (tasks != null) {
      Intake<TaskCompletion> t = read(tasks, f -> TasksCsv.read(f, directory));
      intakes.add(t);
      done = t.values();
    }
    List<Secondment> terms = List.of();
    if (secondments != null) {
      Intake<Secondment> s = read(secondments, f -> SecondmentsCsv.read(f, directory));
      intakes.add(s);
      terms = s.values();
    }
    return count(periods, asOf, rows, tallies, intakes, done, terms);
  }

  /**
   * The files read by {@link #read} counted over {@code period} as of {@code asOf}, with {@code
   * previousTallies} (if given) as the aggregate figures of that period instead of the tallies file.
   */
  Assembled over(Period period, LocalDate asOf, Path previousTallies) {
    List<Intake<?>> intakes = new ArrayList<>();
    List<AgencyTally> rows = null;
    if (previousTallies != null) {
      InputFailure.checkReadable(previousTallies);
      Intake<AgencyTally> previous = read(previousTallies, f -> TalliesCsv.read(f, counted.apply(catalogue)));
      intakes.add(previous);
      for (AgencyTally t : previous.values()) {
        directory.add(t.agency());
      }
      rows = previous.values();
    }
    return count(List.of(period), asOf, rows, previousTallies, intakes, List.of(), List.of());
  }

  private Assembled count(
      List<Period> periods,
      LocalDate asOf,
      List<AgencyTally> rows,
      Path rowsFile,
      List<Intake<?>> intakes,
      List<TaskCompletion> done,
      List<Secondment> terms) {
    Map<String, Tally> aggregate = new TreeMap<>();
    if (rows != null) {
      for (AgencyTally t : rows) {
        aggregate.put(t.agency().code(), t.tally());
      }
    }
    List<Counter> counters = new ArrayList<>(ACCOUNTING);
    counters.addAll(counted.apply(catalogue));
    List<ProvinceTally> sums = new ArrayList<>();
    List<Map<String, ProvinceTally>> sources = new ArrayList<>();
    List<List<Breakdown>> breakdowns = new ArrayList<>();
    for (Period period : periods) {
      Tallies counting = counting(period, asOf, counters, catalogue);
      Map<String, ProvinceTally> bySource = new LinkedHashMap<>();
      List<Breakdown> split = new ArrayList<>();
      ProvinceTally sum = ProvinceTally.of(aggregate);
      if (rows != null) {
        bySource.put(TALLIES, sum);
      }
      if (dossierIntake != null) {
        ProvinceTally counted = counting.dossiers(withDue);
        checkNotTwice(sum, counted, rowsFile);
        bySource.put(DOSSIERS, counted);
        sum = merge(sum, counted, dossiers);
        if (scored) {
          split.add(byProcedure(period, asOf));
        }
      }
      if (workIntake != null) {
        ProvinceTally counted = counting.workRecords(workIntake.values());
        bySource.put(WORK_RECORDS, counted);
        sum = merge(sum, counted, workRecords);
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
        dossierIntake == null ? Optional.empty() : Optional.of(catalogue),
        intakes,
        derived,
        sources,
        breakdowns);
  }

  private Tallies counting(Period period, LocalDate asOf, List<Counter> counters, ProcedureCatalogue catalogue) {
    Tallies counting =
        Tallies.of(period, asOf, catalogue)
            .counting(counters)
            .reading(reading)
            .agencies(directory.all())
            .workingDays(calendar);
    return countedUnder == CountedUnder.SETTLING ? counting.bySettlingAgency() : counting;
  }

  /**
   * Each agency's dossier counts split by procedure: the dossiers counted again, each under its
   * agency (receiving or settling, as counted) and procedure (the directive's dossier counters only:
   * a procedure count of one procedure says little).
   */
  private Breakdown byProcedure(Period period, LocalDate asOf) {
    List<Counter> dossierCounters = new ArrayList<>();
    for (Counter c : counted.apply(catalogue)) {
      if (c.isComputed() && !c.isDistinct()) {
        dossierCounters.add(c);
      }
    }
    List<Dossier> split = new ArrayList<>(withDue.size());
    for (Dossier d : withDue) {
      String agency = countedUnder == CountedUnder.SETTLING ? d.settlingAgency() : d.agencyCode();
      split.add(ImmutableDossier.copyOf(d).withAgencyCode(agency + SPLIT + d.procedureCode()).withSettlingAgencyCode(Optional.empty()));
    }
    ProvinceTally counted =
        Tallies.of(period, asOf, ProcedureCatalogue.of(catalogue.procedures()))
            .counting(dossierCounters)
            .reading(reading)
            .workingDays(calendar)
            .dossiers(split);
    Map<String, Map<String, Tally>> byAgency = new TreeMap<>();
    counted.byAgency().forEach((key, tally) -> {
      int at = key.lastIndexOf(SPLIT);
      if (at >= 0) {
        byAgency.computeIfAbsent(key.substring(0, at), a -> new TreeMap<>()).put(key.substring(at + 1), tally);
      }
    });
    ImmutableBreakdown.Builder b = Breakdown.builder().kind(Breakdown.BY_PROCEDURE);
    byAgency.forEach((agency, parts) -> b.putByAgency(agency, ProvinceTally.of(parts)));
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
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          Problem.of(Location.file(file.toString()), "cannot add these counts to the tallies file's: " + e.getMessage()));
    }
  }
}
