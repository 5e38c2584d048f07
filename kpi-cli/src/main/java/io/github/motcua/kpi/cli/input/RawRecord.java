package io.github.motcua.kpi.cli.input;

import java.util.List;
import java.util.Optional;

/**
 * One record as read from a file, before its fields are parsed: a CSV row or a JSON object. A field
 * that is absent, null or blank has no value.
 */
public interface RawRecord {

  /** Where the record sits. */
  Location location();

  /** The field's text, trimmed; empty when the field is absent, null or blank. */
  Optional<String> get(String field);

  /** Whether the record has the field at all (a CSV column, a JSON key), even if blank. */
  boolean has(String field);

  /**
   * The objects of a list field (a JSON array of objects), each as a record at this record's
   * location; none when the field is absent or null. A CSV row has no list fields.
   *
   * @throws IllegalArgumentException naming the field if it is not a list of objects
   */
  default List<RawRecord> items(String field) {
    return List.of();
  }
}
