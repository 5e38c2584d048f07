package io.github.motcua.kpi.io;

import java.util.Optional;

/**
 * One record as read from a file, before its fields are parsed: a CSV row or a JSON object. A field
 * that is absent, null or blank has no value.
 */
interface RawRecord {

  /** Where the record sits. */
  Location location();

  /** The field's text, trimmed; empty when the field is absent, null or blank. */
  Optional<String> get(String field);

  /** Whether the record has the field at all (a CSV column, a JSON key), even if blank. */
  boolean has(String field);

}
