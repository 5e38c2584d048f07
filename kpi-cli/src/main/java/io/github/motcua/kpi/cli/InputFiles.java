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
import io.github.motcua.kpi.eval.CountedUnder;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.WorkRecord;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The input files of one {@code evaluate} run, read into what an evaluation needs.
 *
 * <p>Reference files (agencies, procedures) are read whole or not at all. Record files (tallies,
 * dossiers, work records, tasks, secondments) are read record by record into {@link Intake}s:
 * {@link Assembled#problems()} lists every rejected record's problems, and the caller either stops
 * on them or, with {@code --skip-invalid}, evaluates the accepted records.
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
   * What was read: the evaluation's parts (the tallies one per period asked for), the catalogue
   * dossiers were counted against (when dossiers were read) and the record intakes.
   */
  record Assembled(
      List<Agency> agencies,
      List<ProvinceTally> tallies,
      List<TaskCompletion> tasks,
      List<Secondment> secondments,
      Optional<ProcedureCatalogue> catalogue,
      List<Intake<?>> intakes,
      long dueDatesDerived) {

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
    for (Path file : Arrays.asList(tallies, dossiers, procedures, agencies, workRecords, tasks, secondments)) {
      if (file != null) {
        InputFailure.checkReadable(file);
      }
    }
    List<Intake<?>> intakes = new ArrayList<>();
    List<Agency> listed = agencies == null ? List.of() : read(agencies, AgenciesCsv::read);
    if (rollUpToProvince) {
      listed = MergedProvinces.bundled().withSuccessors(listed);
    }
    ProcedureCatalogue catalogue =
        procedures == null ? ProcedureCatalogue.of(List.of()) : read(procedures, ProceduresCsv::read);
    AgencyDirectory directory = new AgencyDirectory(listed);
    Map<String, Tally> aggregate = new TreeMap<>();
    if (tallies != null) {
      Intake<AgencyTally> rows = read(tallies, f -> TalliesCsv.read(f, directive.counters()));
      intakes.add(rows);
      for (AgencyTally t : rows.values()) {
        directory.add(t.agency());
        aggregate.put(t.agency().code(), t.tally());
      }
    }
    List<Counter> counters = new ArrayList<>(ACCOUNTING);
    counters.addAll(directive.counters());
    Intake<Dossier> d = null;
    List<Dossier> withDue = List.of();
    long derived = 0;
    if (dossiers != null) {
      d = read(dossiers, f -> DossierFiles.read(f, catalogue, directory, vneidCode));
      intakes.add(d);
      DueDates due = new DueDates(catalogue, calendar);
      withDue = due.derive(d.values());
      derived = due.derived();
    }
    Intake<WorkRecord> w = null;
    if (workRecords != null) {
      w = read(workRecords, f -> WorkRecordsCsv.read(f, directory));
      intakes.add(w);
    }
    List<ProvinceTally> sums = new ArrayList<>();
    for (Period period : periods) {
      Tallies counting =
          Tallies.of(period, asOf, catalogue)
              .counting(counters)
              .agencies(directory.all())
              .workingDays(calendar);
      if (countedUnder == CountedUnder.SETTLING) {
        counting = counting.bySettlingAgency();
      }
      ProvinceTally sum = ProvinceTally.of(aggregate);
      if (d != null) {
        sum = merge(sum, counting.dossiers(withDue), dossiers);
      }
      if (w != null) {
        sum = merge(sum, counting.workRecords(w.values()), workRecords);
      }
      sums.add(sum);
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
    return new Assembled(
        directory.all(),
        sums,
        done,
        terms,
        dossiers == null ? Optional.empty() : Optional.of(catalogue),
        intakes,
        derived);
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
