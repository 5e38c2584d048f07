package io.github.motcua.kpi.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import io.github.motcua.kpi.json.KpiJson;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.rules.BeforeDayReading;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A directive's report over one period as of one date: every agency, ranked, with its results.
 *
 * <p>Its JSON ({@link #toJson()}) has stable field names: {@code directive}, {@code period}, {@code
 * asOf}, {@code beforeDayReading}, {@code countedUnder} ({@code RECEIVING} or {@code SETTLING}),
 * {@code rolledUpTo} (the tree level shown, null when nothing is pooled), {@code input}, {@code
 * warnings[]}, {@code agencies[]} with {@code agency}, {@code name}, {@code tier}, {@code rank}, {@code points}, {@code indicators[]} ({@code
 * indicator}, {@code numerator}, {@code denominator}, {@code percent}) and {@code results[]} ({@code
 * rule}, {@code indicator}, {@code numerator}, {@code denominator}, {@code percent}, {@code target},
 * {@code curve}, {@code verdict}, {@code points}, and for deadlines {@code task}, {@code due},
 * {@code done}; {@code detail}). {@code percent}, {@code target} and {@code points} are decimal
 * strings; {@code percent} has two decimals; absent values are null.
 *
 * <p>Fields a directive's scores add are written only when present: per agency {@code band},
 * {@code bandLabel}, {@code previousPoints}, {@code change} and {@code groups[]} ({@code group},
 * {@code title}, {@code points}, {@code max}, {@code change}); per result {@code max}, {@code
 * exactPoints}, {@code source}, {@code shortfall} ({@code lost}, {@code toGainAPoint}, {@code
 * parts[]}: {@code kind}, {@code code}, {@code name}, {@code numerator}, {@code denominator},
 * {@code missing}, {@code gain}) and {@code change}; and {@code previousPeriod} when the report
 * compares with the period before.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
@JsonPropertyOrder({
  "directive", "period", "previousPeriod", "asOf", "beforeDayReading", "countedUnder", "rolledUpTo", "input",
  "warnings", "agencies"
})
public abstract class Report {
  Report() {}

  /** The directive id. */
  public abstract String directive();

  /** The period reported on. */
  public abstract Period period();

  /** The period the report compares with, when it does. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  public abstract Optional<Period> previousPeriod();

  /** The evaluation date. */
  public abstract LocalDate asOf();

  /** How «trước ngày X» was read for this report: strictly unless the caller chose otherwise. */
  @Value.Default
  public BeforeDayReading beforeDayReading() {
    return BeforeDayReading.STRICT;
  }

  /**
   * Which agency dossiers are counted under: the receiving one (the default, as the national report
   * forms count) or the settling one.
   */
  @Value.Default
  public CountedUnder countedUnder() {
    return CountedUnder.RECEIVING;
  }

  /**
   * The level of the agencies' tree shown, each agency pooled over its sub-units (0: the
   * province); empty when every agency is shown on its own.
   */
  public abstract OptionalInt rolledUpTo();

  /** How many input records were read, accepted and rejected, when the caller says. */
  public abstract Optional<InputSummary> input();

  /**
   * What a reader must know before adding figures up, in words: two agencies with the same name
   * existing at the same time (one agency listed twice would count twice in a provincial total);
   * agencies that did not exist during the period, or only during part of it; a roll-up to the
   * province that found several roots.
   */
  public abstract List<String> warnings();

  /** The agencies, best first. */
  public abstract List<AgencyReport> agencies();

  /** The agency's part, if it is in the report. */
  public Optional<AgencyReport> agency(String code) {
    return agencies().stream().filter(a -> a.agency().equals(code)).findFirst();
  }

  /** The report as JSON (UTF-8 text, pretty-printed). */
  public String toJson() {
    return KpiJson.write(this);
  }

  /**
   * A report from its JSON.
   *
   * @throws IllegalArgumentException if the text is not a report
   */
  public static Report fromJson(String json) {
    return KpiJson.read(json, Report.class);
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Report} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableReport.Builder {}
}
