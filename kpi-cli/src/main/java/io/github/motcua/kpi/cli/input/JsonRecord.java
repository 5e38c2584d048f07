package io.github.motcua.kpi.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

  @Override
  public List<RawRecord> items(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("field '" + field + "': expected a list of objects, got " + shorten(v.toString()));
    }
    List<RawRecord> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!(item instanceof ObjectNode)) {
        throw new IllegalArgumentException(
            "field '" + field + "': expected a list of objects, got an item " + shorten(item.toString()));
      }
      out.add(new JsonRecord(location, (ObjectNode) item));
    }
    return out;
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
