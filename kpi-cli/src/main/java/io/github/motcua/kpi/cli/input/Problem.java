package io.github.motcua.kpi.cli.input;

import java.util.Optional;

/**
 * One thing wrong with an input: where, which dossier (its {@code MaHoSo}) where there is one,
 * which field, what is wrong and the offending value. Printed as {@code FILE:LINE: MaHoSo 'ID':
 * field 'NAME': what is wrong ('value')}.
 *
 * @param location where the record sits
 * @param recordId the dossier id ({@code MaHoSo}) or another record key, if known
 * @param field the field (column) at fault, if one is
 * @param message what is wrong, in words
 * @param value the offending value as read, if there is one
 */
public record Problem(
    Location location,
    Optional<String> recordId,
    Optional<String> field,
    String message,
    Optional<String> value) {

  /** A problem with a field of a record. */
  public static Problem of(
      Location location, String recordId, String field, String message, String value) {
    return new Problem(
        location,
        Optional.ofNullable(recordId),
        Optional.ofNullable(field),
        message,
        Optional.ofNullable(value));
  }

  /** A problem with a whole file or record, no field. */
  public static Problem of(Location location, String message) {
    return of(location, null, null, message, null);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(location.toString()).append(": ");
    recordId.ifPresent(id -> s.append("MaHoSo '").append(id).append("': "));
    field.ifPresent(f -> s.append("field '").append(f).append("': "));
    s.append(message);
    value.ifPresent(v -> s.append(v.isEmpty() ? " (empty)" : " ('" + v + "')"));
    return s.toString();
  }
}
