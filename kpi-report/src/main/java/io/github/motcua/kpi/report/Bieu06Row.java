package io.github.motcua.kpi.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.motcua.kpi.model.Tier;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of Biểu 06: an agency's field (lĩnh vực), an agency's total over its fields ({@link
 * #field()} {@value #ALL}), or the whole ({@link #agency()} and {@link #field()} both {@value #ALL}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBieu06Row.class)
@JsonPropertyOrder({"agency", "name", "tier", "field", "figures"})
public abstract class Bieu06Row {
  Bieu06Row() {}

  /** The agency or field of a total row: {@code *}. */
  public static final String ALL = "*";

  /** The agency code, or {@code *} for the whole. */
  public abstract String agency();

  /** The agency's name, or the whole's («Tổng cộng»). */
  public abstract String name();

  /** The agency's tier (none for the whole). */
  public abstract Optional<Tier> tier();

  /** The field, or {@code *} for every field. */
  public abstract String field();

  /** The figures, columns (3) to (13). */
  @JsonUnwrapped
  public abstract Bieu06Figures figures();

  /** Whether this is a total over fields. */
  @JsonIgnore
  public boolean isTotal() {
    return field().equals(ALL);
  }

  /** A row. */
  public static Bieu06Row of(String agency, String name, Optional<Tier> tier, String field, Bieu06Figures figures) {
    return ImmutableBieu06Row.builder().agency(agency).name(name).tier(tier).field(field).figures(figures).build();
  }
}
