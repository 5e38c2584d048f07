package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DeadlineReading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A directive (chỉ thị, công văn): a provincial document that sets measurable requirements for its
 * agencies, identified by an id such as {@code qt1501}.
 */
@Value.Immutable
public abstract class Directive {
  Directive() {}

  /** The directive id, e.g. {@code qn07}. */
  public abstract String id();

  /** The document's number as printed, e.g. {@code 07/CT-UBND}. */
  public abstract String number();

  /** Who issued it, e.g. {@code UBND tỉnh Quảng Ninh}. */
  public abstract String issuer();

  /** The day it was issued; empty where the source leaves the day blank. */
  public abstract Optional<LocalDate> date();

  /** The year it was issued. */
  public abstract int year();

  /**
   * The first day the directive judges: the day it was issued, or 1 January of its year where the
   * source leaves the day blank. A deadline due before it, a target or duration bound over a period
   * ending before it, and a secondment term that ended before it are not applicable: a directive
   * cannot be missed before it exists. Scores are given for any period (a document may score the
   * months before it, as QT-1501's appendix does).
   */
  public LocalDate judgesFrom() {
    return date().orElse(LocalDate.of(year(), 1, 1));
  }

  /** Its title (trích yếu), in Vietnamese as printed. */
  public abstract String title();

  /** The period its own figures cover, used when a report names none. */
  public abstract Optional<Period> defaultPeriod();

  /**
   * The decimals the document prints percentages with (QT-1501's appendix: one, {@code 11.5};
   * QT-2023: two, {@code 99.58}), for tables meant for people. Reports in JSON always carry two.
   */
  @Value.Default
  public int percentScale() {
    return 2;
  }

  /** Its requirements, in the order of the document. */
  public abstract ImmutableList<Requirement> requirements();

  /**
   * Indicators the document prints besides those its rules measure, so that its tables can be
   * rebuilt from a report alone (QT-1501's appendix: the level-3 and level-4 rates of columns 9 and
   * 12 beside the combined rate its points score).
   */
  public abstract ImmutableList<Indicator> reportedIndicators();

  /**
   * The groups its scored rules fall in ({@link ScoredRule#group()}), in the order a report prints
   * them; empty when it scores without groups.
   */
  public abstract ImmutableList<ScoreGroup> groups();

  /**
   * The bands of total points it names, any order; an agency is in the band with the highest {@link
   * ScoreBand#from()} its points reach. Empty: no band.
   */
  public abstract ImmutableList<ScoreBand> bands();

  /**
   * How its dossier counters judge deadlines: {@linkplain DeadlineReading#byDate() by date}, as
   * the provincial report forms count, unless it says otherwise (QĐ 766 compares instants, takes
   * the applicant's supplement time off and counts more than one supplement request as overdue). An
   * evaluation from dossiers counts under this reading.
   */
  @Value.Default
  public DeadlineReading deadlineReading() {
    return DeadlineReading.byDate();
  }

  /**
   * The counters whose figures do not add up over units — reported counts of procedures, say — so
   * that a unit pooled over others ({@link io.github.motcua.kpi.eval.Pooling}) does not sum them:
   * it takes them from its own row, or has none.
   */
  public abstract ImmutableSet<Counter> notAdditive();

  /** Whether {@code counter}'s figures add up over units (see {@link #notAdditive()}). */
  public boolean additive(Counter counter) {
    return !notAdditive().contains(counter);
  }

  /** The band an agency with {@code points} is in, if the directive names one it reaches. */
  public Optional<ScoreBand> bandOf(BigDecimal points) {
    return bands().stream()
        .filter(b -> points.compareTo(b.from()) >= 0)
        .max((a, b) -> a.from().compareTo(b.from()));
  }

  /** The scored rules of each group, by group id, in the groups' order. */
  public Map<String, List<ScoredRule>> scoredRulesByGroup() {
    Map<String, List<ScoredRule>> out = new LinkedHashMap<>();
    for (ScoreGroup g : groups()) {
      out.put(g.id(), new ArrayList<>());
    }
    for (Requirement r : requirements()) {
      if (r instanceof ScoredRule && ((ScoredRule) r).group().isPresent()) {
        out.get(((ScoredRule) r).group().get()).add((ScoredRule) r);
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return out;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Directive} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDirective.Builder {}

  /** The requirement with this rule id, if any. */
  public Optional<Requirement> requirement(String rule) {
    return requirements().stream().filter(r -> r.rule().equals(rule)).findFirst();
  }

  /**
   * The indicators a report carries for each agency: those its targets and scores measure, in
   * order of first use, then its {@linkplain #reportedIndicators() reported indicators}.
   */
  public List<Indicator> indicators() {
    Set<Indicator> out = new LinkedHashSet<>();
    for (Requirement r : requirements()) {
      if (r instanceof TargetRule) {
        out.add(((TargetRule) r).indicator());
      } else if (r instanceof ScoredRule) {
        out.add(((ScoredRule) r).indicator());
      }
    }
    out.addAll(reportedIndicators());
    return List.copyOf(out);
  }

  /**
   * The counters its indicators read, in order of first use: what an evaluation of the directive
   * counts from dossiers (and only those).
   */
  public List<Counter> counters() {
    Set<Counter> out = new LinkedHashSet<>();
    for (Indicator i : indicators()) {
      out.addAll(i.counters());
    }
    return List.copyOf(out);
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "directive id is blank (number %s)", number());
    checkArgument(!requirements().isEmpty(), "directive %s has no requirement", id());
    checkArgument(
        percentScale() >= 0 && percentScale() <= 6,
        "directive %s: percent scale must be 0 to 6, got %s",
        id(),
        percentScale());
    date().ifPresent(d -> checkArgument(d.getYear() == year(), "directive %s: date %s is not in year %s", id(), d, year()));
    Set<String> seen = new HashSet<>();
    for (Requirement r : requirements()) {
      checkArgument(seen.add(r.rule()), "directive %s: rule id %s is used twice", id(), r.rule());
    }
    Set<String> groupIds = new HashSet<>();
    for (ScoreGroup g : groups()) {
      checkArgument(groupIds.add(g.id()), "directive %s: group %s is declared twice", id(), g.id());
    }
    for (Requirement r : requirements()) {
      if (r instanceof ScoredRule) {
        ((ScoredRule) r)
            .group()
            .ifPresent(
                g ->
                    checkArgument(
                        groupIds.contains(g),
                        "directive %s: rule %s counts in group %s, which it does not declare (%s)",
                        id(),
                        r.rule(),
                        g,
                        groupIds));
      }
    }
    Set<BigDecimal> starts = new HashSet<>();
    for (ScoreBand b : bands()) {
      checkArgument(
          starts.add(b.from().stripTrailingZeros()),
          "directive %s: two bands start at %s points",
          id(),
          b.from());
    }
  }
}
