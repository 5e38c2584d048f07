package io.github.motcua.kpi.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.Optional;

/**
 * One JSON object as a {@link RawRecord}: strings are trimmed and NFC-normalised, numbers and
 * booleans read as their text, null and blank strings have no value, an array or object reads as
 * its JSON text ({@code []} for an empty array).
 */
final class JsonRecord implements RawRecord {
  private final Location location;
  private final ObjectNode node;

  JsonRecord(Location location, ObjectNode node) {
    this.location = location;
    this.node = node;
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public Optional<String> get(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Optional.empty();
    }
    String text = v.isValueNode() ? v.asText().trim() : v.toString();
    return text.isEmpty() ? Optional.empty() : Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  @Override
  public boolean has(String field) {
    return node.has(field);
  }
}
