package io.github.motcua.kpi.io.directive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a directive file with the line it starts on: a scalar, a map or a list. Reading keeps
 * every value's line so that each problem can name it.
 */
abstract class Node {
  private final int line;

  Node(int line) {
    this.line = line;
  }

  /** The 1-based line the value starts on. */
  final int line() {
    return line;
  }

  /** What kind of value this is, for messages: "a text", "a map", "a list". */
  abstract String kind();

  /** A scalar: text, number, true/false, or null (nothing after the key). */
  static final class Scalar extends Node {
    private final String text;

    Scalar(int line, String text) {
      super(line);
      this.text = text;
    }

    /** The text as written (a number keeps its digits: {@code 50.50}); null for a null value. */
    String text() {
      return text;
    }

    boolean isNull() {
      return text == null;
    }

    @Override
    String kind() {
      return isNull() ? "nothing" : "a single value";
    }
  }

  /** A map, its keys in file order. */
  static final class Mapping extends Node {
    /** One key with its line and its value. */
    record Entry(String key, int keyLine, Node value) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Mapping(int line) {
      super(line);
    }

    /** Adds an entry; false (and nothing added) if the key is already there. */
    boolean put(Entry e) {
      return entries.putIfAbsent(e.key(), e) == null;
    }

    Entry entry(String key) {
      return entries.get(key);
    }

    Map<String, Entry> entries() {
      return Collections.unmodifiableMap(entries);
    }

    @Override
    String kind() {
      return "a map";
    }
  }

  /** A list. */
  static final class Sequence extends Node {
    private final List<Node> items;

    Sequence(int line, List<Node> items) {
      super(line);
      this.items = List.copyOf(items);
    }

    List<Node> items() {
      return items;
    }

    @Override
    String kind() {
      return "a list";
    }
  }
}
