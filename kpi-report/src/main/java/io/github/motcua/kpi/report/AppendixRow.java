package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.indicator.Ratio;
import io.github.motcua.kpi.model.Tier;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One agency's row of the appendix of Công văn 1501/UBND-VX: columns (7), (8), (10), (11) as
 * counted, the rates (9), (12), (13) computed from them exactly, and the points (14).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAppendixRow.class)
@JsonPropertyOrder({"agency", "name", "tier", "level3_online", "level3_total", "level4_online", "level4_total", "points"})
public abstract class AppendixRow {
  AppendixRow() {}

  /** The agency code. */
  public abstract String agency();

  /** The agency's name. */
  public abstract String name();

  /** Its tier: I. provincial departments, II. districts. */
  public abstract Tier tier();

  /** (7) Online dossiers of level-3 procedures, if reported. */
  @JsonProperty("level3_online")
  public abstract OptionalLong level3Online();

  /** (8) All dossiers of level-3 procedures, if reported. */
  @JsonProperty("level3_total")
  public abstract OptionalLong level3Total();

  /** (10) Online dossiers of level-4 procedures, if reported. */
  @JsonProperty("level4_online")
  public abstract OptionalLong level4Online();

  /** (11) All dossiers of level-4 procedures, if reported. */
  @JsonProperty("level4_total")
  public abstract OptionalLong level4Total();

  /** (14) The points, if scored. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> points();

  /** (9) = (7) / (8), if both are reported. */
  @JsonIgnore
  public Optional<Ratio> level3Rate() {
    return ratio(level3Online(), level3Total());
  }

  /** (12) = (10) / (11), if both are reported. */
  @JsonIgnore
  public Optional<Ratio> level4Rate() {
    return ratio(level4Online(), level4Total());
  }

  /** (13) = ((7) + (10)) / ((8) + (11)), if all four are reported. */
  @JsonIgnore
  public Optional<Ratio> combinedRate() {
    if (level3Online().isEmpty() || level3Total().isEmpty() || level4Online().isEmpty() || level4Total().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Ratio.of(
            Math.addExact(level3Online().getAsLong(), level4Online().getAsLong()),
            Math.addExact(level3Total().getAsLong(), level4Total().getAsLong())));
  }

  private static Optional<Ratio> ratio(OptionalLong n, OptionalLong d) {
    return n.isPresent() && d.isPresent() ? Optional.of(Ratio.of(n.getAsLong(), d.getAsLong())) : Optional.empty();
  }
}
