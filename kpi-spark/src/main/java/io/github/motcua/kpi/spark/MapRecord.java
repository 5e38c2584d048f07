package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.cli.input.Location;
import io.github.motcua.kpi.cli.input.RawRecord;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * One sync record as Spark parsed it — its keys and their values as text (a JSON string's text, a
 * number's or a boolean's literal, an array's or object's JSON) — read as the command line reads a
 * JSON object: trimmed and NFC-normalised, null and blank having no value, and a key that is absent
 * told apart from one that is null ({@link #has}).
 */
final class MapRecord implements RawRecord {
  private final Location location;
  private final Map<String, String> fields;

  MapRecord(Location location, Map<String, String> fields) {
    this.location = location;
    this.fields = fields;
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public Optional<String> get(String field) {
    String v = fields.get(field);
    if (v == null) {
      return Optional.empty();
    }
    String text = v.trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  @Override
  public boolean has(String field) {
    return fields.containsKey(field);
  }
}
