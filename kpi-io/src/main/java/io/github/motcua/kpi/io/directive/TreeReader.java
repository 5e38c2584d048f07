package io.github.motcua.kpi.io.directive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads YAML or JSON with Jackson's streaming parser into {@link Node}s that keep the line of every
 * key and value. A syntax error is one problem (the parser cannot go on past it); a key given twice
 * in one map is a problem too (the first is kept).
 */
final class TreeReader {
  private final JsonParser parser;
  private final Problems problems;

  private TreeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.problems = problems;
  }

  /** The file's one document; empty (with the problem recorded) if it is empty or malformed. */
  static Optional<Node> read(JsonFactory factory, Reader text, Problems problems) throws IOException {
    try (JsonParser p = factory.createParser(text)) {
      TreeReader r = new TreeReader(p, problems);
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(1, "", "the file is empty: it must hold a directive (id, number, issuer, …) or a list under 'directives'");
        return Optional.empty();
      }
      Node root = r.value(first, "");
      if (p.nextToken() != null) {
        problems.add(line(p.currentTokenLocation()), "", "a second document: a file holds one (a directive, or a list under 'directives')");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(at == null ? 0 : line(at), "", "not well-formed: " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    }
  }

  private Node value(JsonToken token, String path) throws IOException {
    int line = line(parser.currentTokenLocation());
    switch (token) {
      case START_OBJECT:
        return mapping(line, path);
      case START_ARRAY:
        List<Node> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(t, path + "[" + items.size() + "]"));
        }
        return new Node.Sequence(line, items);
      case VALUE_NULL:
        return new Node.Scalar(line, null);
      default:
        return new Node.Scalar(line, parser.getText());
    }
  }

  private Node mapping(int line, String path) throws IOException {
    Node.Mapping map = new Node.Mapping(line);
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      int keyLine = line(parser.currentTokenLocation());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      Node v = value(parser.nextToken(), keyPath);
      Node.Mapping.Entry first = map.entry(key);
      if (!map.put(new Node.Mapping.Entry(key, keyLine, v))) {
        problems.add(keyLine, keyPath, "the key is given twice in one map (first on line " + first.keyLine() + ")");
      }
    }
    return map;
  }

  private static int line(JsonLocation at) {
    return Math.max(at.getLineNr(), 0);
  }

  /**
   * The parser's message without the location lines and the source snippet SnakeYAML adds (the
   * problem carries the line already).
   */
  private static String firstLine(String message) {
    List<String> kept = new ArrayList<>();
    String[] lines = (message == null ? "" : message).split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("in 'reader'") || l.startsWith("in 'string'")) {
        i += 2; // the snippet and its caret
      } else if (!l.isEmpty()) {
        kept.add(l);
      }
    }
    return String.join(": ", kept);
  }
}
