package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agency (cơ quan, đơn vị, địa phương): a unit that receives and settles dossiers and is judged
 * by a directive.
 *
 * <p>{@link #roles()} names functions some rules single out, such as the provincial public
 * administration service centre ({@code "hcc-centre"}) or the Department of Information and
 * Communications; a rule with a role applies only to agencies that hold it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgency.class)
@JsonDeserialize(as = ImmutableAgency.class)
public abstract class Agency {

  /** The agency's code, unique within one evaluation (e.g. {@code QT-D03}). */
  @Value.Parameter
  public abstract String code();

  /** The agency's name as printed in reports (e.g. {@code UBND huyện Gio Linh}). */
  @Value.Parameter
  public abstract String name();

  /** The tier the agency belongs to. */
  @Value.Parameter
  public abstract Tier tier();

  /** Roles the agency holds, for rules addressed to a role rather than a tier. */
  public abstract Set<String> roles();

  /** An agency with no roles. */
  public static Agency of(String code, String name, Tier tier) {
    return ImmutableAgency.of(code, name, tier);
  }

  /** A builder, for agencies with roles. */
  public static ImmutableAgency.Builder builder() {
    return ImmutableAgency.builder();
  }

  /** Whether the agency holds {@code role}. */
  public boolean hasRole(String role) {
    return roles().contains(role);
  }

  @Value.Check
  protected void check() {
    checkArgument(!code().isBlank(), "agency code is blank (name '%s')", name());
    checkArgument(!name().isBlank(), "agency name is blank (code '%s')", code());
    for (String role : roles()) {
      checkArgument(!role.isBlank(), "agency %s has a blank role", code());
    }
  }
}
