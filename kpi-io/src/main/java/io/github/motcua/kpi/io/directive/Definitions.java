package io.github.motcua.kpi.io.directive;

import io.github.motcua.kpi.indicator.Indicator;
import io.github.motcua.kpi.io.internal.Closest;
import io.github.motcua.kpi.tally.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counters and indicators a file defines, as they are read: those shared by every directive
 * of the file, and each directive's own (a child). A reference looks in the directive's, then the
 * file's, then the standard ones. An id defined with a problem is <em>broken</em>: a reference to
 * it is not reported again as unknown.
 *
 * <p>An id may be defined once in a file, and never with the id of a standard counter or indicator.
 */
final class Definitions {
  private final Definitions parent;
  private final Map<String, Integer> counterLines;
  private final Map<String, Integer> indicatorLines;
  private final Map<String, Counter> counters = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new LinkedHashMap<>();
  private final Set<String> brokenCounters = new HashSet<>();
  private final Set<String> brokenIndicators = new HashSet<>();

  private Definitions(Definitions parent, Map<String, Integer> counterLines, Map<String, Integer> indicatorLines) {
    this.parent = parent;
    this.counterLines = counterLines;
    this.indicatorLines = indicatorLines;
  }

  /** The file's shared definitions. */
  static Definitions forFile() {
    return new Definitions(null, new HashMap<>(), new HashMap<>());
  }

  /** A directive's own definitions, seeing the file's. */
  Definitions child() {
    return new Definitions(this, counterLines, indicatorLines);
  }

  /**
   * Claims a counter id defined on {@code line}: a problem if the file defines it already or it is
   * a standard counter's id.
   */
  boolean claimCounter(String id, int line, String path, Problems problems) {
    if (Counter.byId(id).isPresent()) {
      problems.add(line, path, "counter id '" + id + "' is a standard counter's: use it by its id, or give yours another id");
      brokenCounters.add(id);
      return false;
    }
    Integer first = counterLines.putIfAbsent(id, line);
    if (first != null) {
      problems.add(line, path, "counter id '" + id + "' is defined twice in the file (first on line " + first + ")");
      return false;
    }
    return true;
  }

  /** Claims an indicator id, as {@link #claimCounter} does. */
  boolean claimIndicator(String id, int line, String path, Problems problems) {
    if (Indicator.find(id).isPresent()) {
      problems.add(line, path, "indicator id '" + id + "' is a standard indicator's: use it by its id, or give yours another id");
      brokenIndicators.add(id);
      return false;
    }
    Integer first = indicatorLines.putIfAbsent(id, line);
    if (first != null) {
      problems.add(line, path, "indicator id '" + id + "' is defined twice in the file (first on line " + first + ")");
      return false;
    }
    return true;
  }

  void define(Counter c) {
    counters.put(c.id(), c);
  }

  void define(Indicator i) {
    indicators.put(i.id(), i);
  }

  void breakCounter(String id) {
    brokenCounters.add(id);
  }

  void breakIndicator(String id) {
    brokenIndicators.add(id);
  }

  /** The counters this file (and, for a child, its directive) defines, in order. */
  List<Counter> counters() {
    List<Counter> all = parent == null ? new ArrayList<>() : parent.counters();
    all.addAll(counters.values());
    return all;
  }

  /** The counter with this id, the file's or a standard one; empty, with a problem, if unknown. */
  Optional<Counter> counter(String id, int line, String path, Problems problems) {
    for (Definitions d = this; d != null; d = d.parent) {
      if (d.counters.containsKey(id)) {
        return Optional.of(d.counters.get(id));
      }
      if (d.brokenCounters.contains(id)) {
        return Optional.empty();
      }
    }
    Optional<Counter> standard = Counter.byId(id);
    if (standard.isEmpty()) {
      List<String> known = counters().stream().map(Counter::id).collect(Collectors.toList());
      Counter.standard().forEach(c -> known.add(c.id()));
      problems.add(line, path, "unknown counter '" + id + "'" + Closest.hint(id, known));
    }
    return standard;
  }

  /** The indicator with this id, the file's or a standard one; empty, with a problem, if unknown. */
  Optional<Indicator> indicator(String id, int line, String path, Problems problems) {
    for (Definitions d = this; d != null; d = d.parent) {
      if (d.indicators.containsKey(id)) {
        return Optional.of(d.indicators.get(id));
      }
      if (d.brokenIndicators.contains(id)) {
        return Optional.empty();
      }
    }
    Optional<Indicator> standard = Indicator.find(id);
    if (standard.isEmpty()) {
      List<String> known = new ArrayList<>();
      for (Definitions d = this; d != null; d = d.parent) {
        known.addAll(d.indicators.keySet());
      }
      Indicator.standard().forEach(i -> known.add(i.id()));
      problems.add(line, path, "unknown indicator '" + id + "'" + Closest.hint(id, known));
    }
    return standard;
  }
}
