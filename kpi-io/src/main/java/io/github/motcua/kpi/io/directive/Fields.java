package io.github.motcua.kpi.io.directive;

import io.github.motcua.kpi.io.internal.Closest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The keys of one map of a directive file, read one by one: each getter marks its key as used and
 * records a problem (with the value's line and key path) when the value has the wrong shape;
 * {@link #finish} then names every key nobody asked for as unknown.
 */
final class Fields {
  private final Node.Mapping map;
  private final String path;
  private final Problems problems;
  private final Set<String> used = new LinkedHashSet<>();

  Fields(Node.Mapping map, String path, Problems problems) {
    this.map = map;
    this.path = path;
    this.problems = problems;
  }

  /**
   * The fields of {@code node} if it is a map; empty, with a problem recorded, if it is not.
   *
   * @param what what the map holds, for the message ("a counter")
   */
  static Optional<Fields> of(Node node, String path, Problems problems, String what) {
    if (node instanceof Node.Mapping) {
      return Optional.of(new Fields((Node.Mapping) node, path, problems));
    }
    problems.add(node, path, "expected " + what + " (a map of keys), got " + node.kind());
    return Optional.empty();
  }

  Problems problems() {
    return problems;
  }

  /** The path of this map. */
  String path() {
    return path;
  }

  /** The path of one of its keys. */
  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The line the map starts on. */
  int line() {
    return map.line();
  }

  /** The line of {@code key}'s value, or the map's line if the key is absent. */
  int line(String key) {
    Node.Mapping.Entry e = map.entry(key);
    return e == null ? map.line() : e.value().line();
  }

  boolean has(String key) {
    return map.entry(key) != null;
  }

  /** Records a problem of {@code key}'s value (of the map, if the key is absent). */
  void problem(String key, String message) {
    problems.add(line(key), path(key), message);
  }

  /** The value of {@code key}, marked used. */
  Optional<Node> node(String key) {
    used.add(key);
    Node.Mapping.Entry e = map.entry(key);
    return e == null ? Optional.empty() : Optional.of(e.value());
  }

  /** The value of a key that must be given; empty with a problem if it is missing. */
  Optional<Node> required(String key, String why) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) {
      problems.add(map.line(), path(key), "missing" + (why.isEmpty() ? "" : ": " + why));
    }
    return n;
  }

  /** The text of a single value; a problem if it is a map, a list or nothing. */
  Optional<String> text(String key) {
    return node(key).flatMap(n -> text(n, path(key)));
  }

  /** The text of a key that must be given. */
  Optional<String> requiredText(String key, String why) {
    return required(key, why).flatMap(n -> text(n, path(key)));
  }

  /** The text of a single value at {@code path}; a problem if it is not one. */
  Optional<String> text(Node n, String at) {
    if (n instanceof Node.Scalar && !((Node.Scalar) n).isNull()) {
      return Optional.of(((Node.Scalar) n).text());
    }
    problems.add(n, at, "expected a single value, got " + n.kind());
    return Optional.empty();
  }

  /** {@code key}'s value parsed by {@code parse}; its IllegalArgumentException becomes the problem. */
  <T> Optional<T> parsed(String key, Function<String, T> parse) {
    return text(key).flatMap(t -> parse(t, line(key), path(key), parse));
  }

  /** {@code text} parsed by {@code parse}; an IllegalArgumentException is recorded as the problem. */
  <T> Optional<T> parse(String text, int line, String at, Function<String, T> parse) {
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      problems.add(line, at, e.getMessage());
      return Optional.empty();
    } catch (ArithmeticException e) {
      problems.add(line, at, "a number too large or too precise to be exact here ('" + text + "'): " + e.getMessage());
      return Optional.empty();
    }
  }

  /** A whole number. */
  Optional<Integer> integer(String key) {
    return parsed(key, t -> {
      try {
        return Integer.valueOf(t.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number: '" + t + "'", e);
      }
    });
  }

  /** A date {@code yyyy-MM-dd}. */
  Optional<LocalDate> date(String key) {
    return parsed(key, Fields::parseDate);
  }

  static LocalDate parseDate(String t) {
    try {
      return LocalDate.parse(t.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a date yyyy-MM-dd: '" + t + "' (" + e.getMessage().replaceFirst("^Text '.*' could not be parsed: ", "") + ")", e);
    }
  }

  /** The items of a list, or a single value read as a list of one. */
  Optional<List<Node>> items(String key) {
    return node(key).flatMap(n -> items(n, path(key)));
  }

  /** The items of a list node, or a single value as a list of one; a problem for a map. */
  Optional<List<Node>> items(Node n, String at) {
    if (n instanceof Node.Sequence) {
      return Optional.of(((Node.Sequence) n).items());
    }
    if (n instanceof Node.Scalar && !((Node.Scalar) n).isNull()) {
      return Optional.of(List.of(n));
    }
    problems.add(n, at, "expected a value or a list of values, got " + n.kind());
    return Optional.empty();
  }

  /** The items of a list that must be a list (of maps, say). */
  Optional<List<Node>> list(String key) {
    return node(key).flatMap(n -> {
      if (n instanceof Node.Sequence) {
        return Optional.of(((Node.Sequence) n).items());
      }
      problems.add(n, path(key), "expected a list, got " + n.kind());
      return Optional.empty();
    });
  }

  /** The keys of the map with their lines and values, for maps keyed by data (tiers, facts). */
  Map<String, Node.Mapping.Entry> entries() {
    return map.entries();
  }

  /**
   * Records every key no getter asked for as unknown, listing the keys {@code known} to this kind
   * of map.
   */
  void finish(Collection<String> known, String what) {
    for (Node.Mapping.Entry e : map.entries().values()) {
      if (!used.contains(e.key())) {
        List<String> k = new ArrayList<>(known);
        String hint = Closest.hint(e.key(), k);
        problems.add(e.keyLine(), path(e.key()),
            "unknown key '" + e.key() + "' for " + what + hint + (hint.isEmpty() ? "; known: " + String.join(", ", k) : ""));
      }
    }
  }
}
