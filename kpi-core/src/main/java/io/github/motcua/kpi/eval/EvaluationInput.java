package io.github.motcua.kpi.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.BeforeDayReading;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an {@link Evaluator} judges: the agencies, their tallies, task completions and secondments,
 * over a period as of a date, under a reading of «trước ngày X».
 *
 * <p>Validation: agency codes are unique; every tally, completion and secondment names a listed
 * agency; a task is completed at most once per agency; with a {@linkplain #rollUpTo() roll-up},
 * the agencies form an {@link AgencyTree} and the level is not negative.
 */
@Value.Immutable
public abstract class EvaluationInput {
  EvaluationInput() {}

  /** The period; the directive's default period when empty. */
  public abstract Optional<Period> period();

  /** The evaluation date (deadlines, open dossiers). */
  public abstract LocalDate asOf();

  /** The agencies judged. */
  public abstract ImmutableList<Agency> agencies();

  /** Their tallies by agency code; an agency with none has no data. */
  @Value.Default
  public ProvinceTally tallies() {
    return ProvinceTally.empty();
  }

  /** When agencies did their deadline tasks. */
  public abstract ImmutableList<TaskCompletion> tasks();

  /** Secondments to the public administration service centre. */
  public abstract ImmutableList<Secondment> secondments();

  /**
   * How «trước ngày X» is read: {@linkplain BeforeDayReading#STRICT strictly} (due the day before
   * X, the library's reading) unless a province's practice counts X itself as on time. The report
   * records it.
   */
  @Value.Default
  public BeforeDayReading beforeDayReading() {
    return BeforeDayReading.STRICT;
  }

  /**
   * The catalogue the {@linkplain #tallies() tallies} were counted against, when they come from
   * dossiers. With it, the report says where procedure denominators come from: for an agency the
   * catalogue declares no offerings for, {@code procedures-with-online-dossiers} and {@code
   * postal.procedures-used} divide by the procedures that had dossiers in the period.
   */
  public abstract Optional<ProcedureCatalogue> catalogue();

  /** How many input records were read, accepted and rejected, copied into the report. */
  public abstract Optional<InputSummary> inputSummary();

  /**
   * Which agency the {@linkplain #tallies() tallies} count dossiers under: the receiving one unless
   * the caller counted with {@link io.github.motcua.kpi.tally.Tallies#bySettlingAgency()}. The
   * report records it, so every indicator says which one it counts under.
   */
  @Value.Default
  public CountedUnder countedUnder() {
    return CountedUnder.RECEIVING;
  }

  /**
   * The level of the agencies' tree ({@link io.github.motcua.kpi.model.AgencyTree}) the report
   * shows: 0 the province (the roots, a merged province's old root under its single successor), 1
   * the units directly under it, and so on. Each agency shown is judged on its tally pooled with those of all its sub-units
   * below that level; deadlines and secondments stay with the agency that did them. Empty: every
   * agency on its own, nothing pooled (the default).
   */
  public abstract OptionalInt rollUpTo();

  /**
   * Whether an agency that did not exist on any day of the period (its {@linkplain Agency#validity()
   * validity}) and has no figures in it is left out of the report, which names it in a warning,
   * rather than judged with no data (the default: every agency listed has its part). The command
   * line leaves such agencies out: a district in a report of 2026, a commune of the two-tier
   * structure in one of 2024.
   */
  @Value.Default
  public boolean leaveOutAbsentAgencies() {
    return false;
  }

  /**
   * The {@linkplain #tallies() tallies} by where they came from ({@code dossiers}, {@code
   * tallies}), when the caller says: each scored or targeted result then names the sources of its
   * figures ({@link RuleResult#source()}).
   */
  public abstract ImmutableMap<String, ProvinceTally> sources();

  /**
   * Agencies' tallies split by procedure or by sub-unit: each score's {@linkplain
   * RuleResult#shortfall() shortfall} then names the parts that cost the most.
   */
  public abstract ImmutableList<Breakdown> breakdowns();

  /**
   * The same directive's report over the previous period: each agency's points, groups and scores
   * then carry their change against it.
   */
  public abstract Optional<Report> previous();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EvaluationInput} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableEvaluationInput.Builder {}

  @Value.Check
  void check() {
    if (rollUpTo().isPresent()) {
      checkArgument(rollUpTo().getAsInt() >= 0, "roll-up level must be 0 or more, got %s", rollUpTo().getAsInt());
      AgencyTree.of(agencies());
    }
    Set<String> codes = new HashSet<>();
    for (Agency a : agencies()) {
      checkArgument(codes.add(a.code()), "duplicate agency code %s", a.code());
    }
    for (String code : tallies().byAgency().keySet()) {
      checkArgument(codes.contains(code), "tally for unknown agency %s", code);
    }
    Set<String> done = new HashSet<>();
    for (TaskCompletion t : tasks()) {
      checkArgument(
          codes.contains(t.agencyCode()),
          "completion of task %s by unknown agency %s",
          t.task(),
          t.agencyCode());
      checkArgument(
          done.add(t.task() + "\u0000" + t.agencyCode()),
          "task %s is completed twice by agency %s",
          t.task(),
          t.agencyCode());
    }
    for (Secondment s : secondments()) {
      checkArgument(
          codes.contains(s.agencyCode()),
          "secondment of %s by unknown agency %s",
          s.official(),
          s.agencyCode());
    }
  }
}
