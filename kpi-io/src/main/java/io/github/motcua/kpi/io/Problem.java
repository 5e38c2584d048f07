package io.github.motcua.kpi.io;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with an input (lỗi dữ liệu đầu vào): where (file, line or record), which dossier
 * (its {@code MaHoSo}) where there is one, which field, what is wrong and the offending value.
 * Printed as {@code FILE:LINE: MaHoSo 'ID': field 'NAME': what is wrong ('value')}.
 *
 * <p>A value is kept as a bounded prefix ({@value ShownText#LIMIT} code points, then {@code …}),
 * with no half of a character outside the Basic Multilingual Plane, so a 10 MB field or a broken
 * character cannot make a message, a table or the rejects file unreadable; {@link #toString()}
 * escapes control characters ({@code \n}, {@code \u0000}).
 */
@Value.Immutable
public abstract class Problem {
  Problem() {}

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

  /** The offending value as read (a bounded prefix), if there is one (empty text for a blank field). */
  @Value.Parameter
  public abstract Optional<String> value();

  /** A problem with a field of a record; {@code recordId}, {@code field} and {@code value} may be null. */
  public static Problem of(Location location, String recordId, String field, String message, String value) {
    return ImmutableProblem.of(
        location,
        Optional.ofNullable(recordId).map(ShownText::bounded),
        Optional.ofNullable(field).map(ShownText::bounded),
        ShownText.bounded(message, 1_000),
        Optional.ofNullable(value).map(ShownText::bounded));
  }

  /** A problem with a whole file or record, no field. */
  public static Problem of(Location location, String message) {
    return of(location, null, null, message, null);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(ShownText.escaped(location().toString())).append(": ");
    recordId().ifPresent(id -> s.append("MaHoSo '").append(ShownText.escaped(id)).append("': "));
    field().ifPresent(f -> s.append("field '").append(ShownText.escaped(f)).append("': "));
    s.append(ShownText.escaped(message()));
    value().ifPresent(v -> s.append(v.isEmpty() ? " (empty)" : " ('" + ShownText.escaped(v) + "')"));
    return s.toString();
  }
}
