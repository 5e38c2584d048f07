package io.github.motcua.kpi.cli.input;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with an input: where, which dossier (its {@code MaHoSo}) where there is one,
 * which field, what is wrong and the offending value. Printed as {@code FILE:LINE: MaHoSo 'ID':
 * field 'NAME': what is wrong ('value')}.
 */
@Value.Immutable
public abstract class Problem {

  /** Where the record sits. */
  @Value.Parameter
  public abstract Location location();

  /** The dossier id ({@code MaHoSo}), if known. */
  @Value.Parameter
  public abstract Optional<String> recordId();

  /** The field (column, key) at fault, if one is. */
  @Value.Parameter
  public abstract Optional<String> field();

  /** What is wrong, in words. */
  @Value.Parameter
  public abstract String message();

  /** The offending value as read, if there is one (empty text for a blank field). */
  @Value.Parameter
  public abstract Optional<String> value();

  /** A problem with a field of a record; {@code recordId}, {@code field} and {@code value} may be null. */
  public static Problem of(Location location, String recordId, String field, String message, String value) {
    return ImmutableProblem.of(
        location, Optional.ofNullable(recordId), Optional.ofNullable(field), message, Optional.ofNullable(value));
  }

  /** A problem with a whole file or record, no field. */
  public static Problem of(Location location, String message) {
    return of(location, null, null, message, null);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(location().toString()).append(": ");
    recordId().ifPresent(id -> s.append("MaHoSo '").append(id).append("': "));
    field().ifPresent(f -> s.append("field '").append(f).append("': "));
    s.append(message());
    value().ifPresent(v -> s.append(v.isEmpty() ? " (empty)" : " ('" + v + "')"));
    return s.toString();
  }
}
