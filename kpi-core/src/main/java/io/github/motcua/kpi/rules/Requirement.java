package io.github.motcua.kpi.rules;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One measurable requirement of a directive (yêu cầu, chỉ tiêu, nhiệm vụ): a {@link TargetRule},
 * {@link ScoredRule}, {@link DeadlineRule} or {@link DurationRule}.
 *
 * <p>Every requirement carries the rule id of docs/DIRECTIVES.md, the article it enforces (a reference
 * and the Vietnamese phrase), the tiers it applies to, optionally a role (only agencies holding it
 * are judged), the period it is measured over, and the reading it takes where the text is
 * ambiguous.
 */
public abstract class Requirement {

  /** The kinds of requirement. */
  public enum Kind {
    /** An indicator at or above a threshold. */
    TARGET,
    /** Points from an indicator through a scoring curve. */
    SCORE,
    /** A task done by a due date. */
    DEADLINE,
    /** A duration between a minimum and a maximum. */
    DURATION
  }

  /** The rule id, e.g. {@code qn07.online-rate.level3}. */
  public abstract String rule();

  /** What is required, in a short English sentence. */
  public abstract String title();

  /** The article enforced: a reference and the Vietnamese phrase, e.g. {@code §1 (2): «…»}. */
  public abstract String article();

  /** The tiers of agency the requirement applies to. */
  public abstract ImmutableSet<Tier> tiers();

  /** The role an agency must hold to be judged, for requirements addressed to one office. */
  public abstract Optional<String> role();

  /**
   * The period the requirement is measured over ("by 31 Dec 2018" = 2018); a report for a period
   * that does not overlap it finds the requirement not applicable. Empty: every period.
   */
  public abstract Optional<Period> window();

  /** The reading taken where the directive's text is ambiguous. */
  public abstract Optional<String> reading();

  /** The kind of requirement. */
  public abstract Kind kind();

  /** Whether {@code agency} is judged by this requirement: its tier, and its role if one is named. */
  public boolean appliesTo(Agency agency) {
    return tiers().contains(agency.tier()) && role().map(agency::hasRole).orElse(true);
  }

  /** Whether the requirement is measured in a report over {@code period}. */
  public boolean appliesDuring(Period period) {
    return window().map(period::overlaps).orElse(true);
  }

  @Value.Check
  void checkRequirement() {
    checkArgument(!rule().isBlank(), "a requirement has a blank rule id (title '%s')", title());
    checkArgument(!article().isBlank(), "rule %s cites no article", rule());
    checkArgument(!tiers().isEmpty(), "rule %s applies to no tier", rule());
  }
}
