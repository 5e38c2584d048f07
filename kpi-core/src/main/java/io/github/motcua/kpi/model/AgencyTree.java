package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A province's agencies as a tree (cây đơn vị): every agency under its {@linkplain Agency#parent()
 * parent}; the agencies without one are the roots (the province, or every agency of a list that
 * names no parents). The national index of public service scores a unit over its sub-units (đơn vị
 * trực thuộc); {@link #pool} does that exactly, and {@link #rollUp} shows any level of the tree.
 *
 * <pre>{@code
 * AgencyTree tree = AgencyTree.of(agencies);
 * ProvinceTally pooled = tallies.pooled(tree);     // each agency with all its sub-units
 * Tally province = pooled.get("QN");                // the whole province
 * }</pre>
 *
 * <p>A tree is consistent ({@link #inconsistencies}): codes are unique; every parent and successor
 * is listed; no agency is its own ancestor; an agency and its parent exist at the same time on at
 * least one day; two agencies that exist at the same time share neither a statistical code nor a
 * portal code (a code reused after the reform is told apart by its validity).
 *
 * <p><b>Levels.</b> The roots are at level 0, their sub-units at level 1, and so on: before 1 Jul
 * 2025 province (0) → departments and districts (1) → communes (2); since then province (0) →
 * departments and communes (1).
 */
public final class AgencyTree {
  private final ImmutableMap<String, Agency> byCode;
  private final ImmutableListMultimap<String, Agency> children;
  private final ImmutableMap<String, Integer> depth;

  private AgencyTree(Collection<Agency> agencies) {
    Map<String, Agency> codes = new LinkedHashMap<>();
    agencies.forEach(a -> codes.put(a.code(), a));
    this.byCode = ImmutableMap.copyOf(codes);
    ImmutableListMultimap.Builder<String, Agency> kids = ImmutableListMultimap.builder();
    for (Agency a : agencies) {
      a.parent().ifPresent(p -> kids.put(p, a));
    }
    this.children = kids.build();
    Map<String, Integer> d = new LinkedHashMap<>();
    for (Agency a : agencies) {
      int n = 0;
      Agency x = a;
      while (x.parent().isPresent()) {
        x = byCode.get(x.parent().get());
        n++;
      }
      d.put(a.code(), n);
    }
    this.depth = ImmutableMap.copyOf(d);
  }

  /**
   * The tree of {@code agencies}.
   *
   * @throws IllegalArgumentException naming the agency, the attribute and the value of the first
   *     {@linkplain #inconsistencies inconsistency}
   */
  public static AgencyTree of(Collection<Agency> agencies) {
    List<Inconsistency> found = inconsistencies(agencies);
    checkArgument(found.isEmpty(), "%s", found.isEmpty() ? "" : found.get(0));
    return new AgencyTree(agencies);
  }

  /**
   * What keeps {@code agencies} from forming a tree, one finding per agency and attribute, in list
   * order: a duplicate code; a parent or successor that is not listed; a parent that never exists
   * at the same time as the agency; a cycle of parents; a statistical or portal code shared with an
   * agency existing at the same time.
   */
  public static List<Inconsistency> inconsistencies(Collection<Agency> agencies) {
    List<Inconsistency> out = new ArrayList<>();
    Map<String, Agency> byCode = new LinkedHashMap<>();
    for (Agency a : agencies) {
      if (byCode.putIfAbsent(a.code(), a) != null) {
        out.add(Inconsistency.of(a.code(), "code", "the code is listed twice", a.code()));
      }
    }
    for (Agency a : agencies) {
      if (a.parent().isPresent()) {
        Agency p = byCode.get(a.parent().get());
        if (p == null) {
          out.add(Inconsistency.of(a.code(), "parent", "the parent is not listed", a.parent().get()));
        } else if (!a.validity().isConnected(p.validity())
            || a.validity().intersection(p.validity()).isEmpty()) {
          out.add(
              Inconsistency.of(
                  a.code(),
                  "parent",
                  "the parent (valid " + p.validityText() + ") never exists at the same time as the agency"
                      + " (valid " + a.validityText() + ")",
                  p.code()));
        }
      }
      for (String s : a.successors()) {
        if (!byCode.containsKey(s)) {
          out.add(Inconsistency.of(a.code(), "successors", "the successor is not listed", s));
        }
      }
    }
    out.addAll(cycles(agencies, byCode));
    out.addAll(sharedCodes(agencies, "statisticalCode", "statistical code", Agency::statisticalCode));
    out.addAll(sharedCodes(agencies, "portalCode", "portal code", Agency::portalCode));
    return out;
  }

  private static List<Inconsistency> cycles(Collection<Agency> agencies, Map<String, Agency> byCode) {
    List<Inconsistency> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Agency a : agencies) {
      Set<String> seen = new LinkedHashSet<>();
      Agency x = a;
      while (x != null && x.parent().isPresent() && seen.add(x.code())) {
        x = byCode.get(x.parent().get());
      }
      if (x != null && x.code().equals(a.code()) && x.parent().isPresent()) {
        if (reported.addAll(seen)) {
          out.add(
              Inconsistency.of(
                  a.code(),
                  "parent",
                  "the agency is its own ancestor: " + String.join(" → ", seen) + " → " + a.code(),
                  a.parent().get()));
        }
      }
    }
    return out;
  }

  private static List<Inconsistency> sharedCodes(
      Collection<Agency> agencies, String attribute, String words, Function<Agency, Optional<String>> code) {
    List<Inconsistency> out = new ArrayList<>();
    List<Agency> seen = new ArrayList<>();
    for (Agency a : agencies) {
      Optional<String> c = code.apply(a);
      if (c.isEmpty()) {
        continue;
      }
      for (Agency other : seen) {
        if (code.apply(other).equals(c)
            && !other.code().equals(a.code())
            && a.validity().isConnected(other.validity())
            && !a.validity().intersection(other.validity()).isEmpty()) {
          out.add(
              Inconsistency.of(
                  a.code(),
                  attribute,
                  "the " + words + " is also " + other.code() + "'s, and both exist at the same time"
                      + " (valid " + a.validityText() + " and " + other.validityText() + ")",
                  c.get()));
          break;
        }
      }
      seen.add(a);
    }
    return out;
  }

  /** The agencies, in the order given. */
  public List<Agency> agencies() {
    return byCode.values().asList();
  }

  /** Whether {@code code} is in the tree. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /**
   * The agency with {@code code}.
   *
   * @throws IllegalArgumentException naming the code if it is not in the tree
   */
  public Agency get(String code) {
    Agency a = byCode.get(code);
    checkArgument(a != null, "agency %s is not in the tree", code);
    return a;
  }

  /** The agencies without a parent. */
  public List<Agency> roots() {
    return agencies().stream().filter(a -> a.parent().isEmpty()).toList();
  }

  /** The agencies directly under {@code code}. */
  public List<Agency> children(String code) {
    get(code);
    return children.get(code);
  }

  /** The level of {@code code}: 0 for a root, 1 for its sub-units, … */
  public int depth(String code) {
    get(code);
    return depth.get(code);
  }

  /** The deepest level of the tree (0 when every agency is a root, -1 when there is none). */
  public int height() {
    return depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
  }

  /** Every agency under {@code code}, at any depth (not itself), breadth first. */
  public Set<String> subUnits(String code) {
    Set<String> out = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(List.of(code));
    while (!todo.isEmpty()) {
      for (Agency c : children(todo.removeFirst())) {
        out.add(c.code());
        todo.addLast(c.code());
      }
    }
    return ImmutableSet.copyOf(out);
  }

  /** The ancestor of {@code code} at {@code level}, or {@code code} itself if it is not deeper. */
  public String ancestorAt(String code, int level) {
    checkArgument(level >= 0, "level must be 0 or more, got %s", level);
    Agency a = get(code);
    while (depth.get(a.code()) > level) {
      a = byCode.get(a.parent().orElseThrow());
    }
    return a.code();
  }

  /**
   * Where a roll-up to {@code level} over a period ending on {@code end} counts {@code code}: its
   * {@linkplain #ancestorAt ancestor at that level}. At level 0 a root that ended before {@code
   * end} and names exactly one successor, itself a root that began by {@code end}, is followed to
   * it: a merged province's series goes on under the new province (the province's own roots only;
   * below it, agencies stay where their parents put them).
   */
  public String rollUpTarget(String code, int level, LocalDate end) {
    String target = ancestorAt(code, level);
    if (level > 0) {
      return target;
    }
    Set<String> seen = new HashSet<>();
    while (seen.add(target)) {
      Agency root = byCode.get(target);
      boolean ended = root.lastDay().map(last -> last.isBefore(end)).orElse(false);
      if (!ended || root.successors().size() != 1) {
        break;
      }
      Agency next = byCode.get(root.successors().get(0));
      boolean began = next.validFrom().map(from -> !from.isAfter(end)).orElse(true);
      if (next.parent().isPresent() || !began) {
        break;
      }
      target = next.code();
    }
    return target;
  }

  /**
   * The agencies a roll-up to {@code level} over a period ending on {@code end} shows: those at
   * that level or above that are not themselves counted under another ({@link #rollUpTarget}).
   */
  public List<Agency> shownAt(int level, LocalDate end) {
    checkArgument(level >= 0, "level must be 0 or more, got %s", level);
    return agencies().stream()
        .filter(a -> depth.get(a.code()) <= level && rollUpTarget(a.code(), level, end).equals(a.code()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@code values} by agency code rolled up to {@code level} over a period ending on {@code end}:
   * each value merged into its agency's {@link #rollUpTarget}. Every value lands in exactly one
   * agency {@linkplain #shownAt shown}.
   *
   * @throws IllegalArgumentException if a code is not in the tree
   */
  public <T> Map<String, T> rollUp(Map<String, T> values, int level, LocalDate end, BinaryOperator<T> merge) {
    Map<String, T> out = new LinkedHashMap<>();
    values.forEach((code, v) -> out.merge(rollUpTarget(code, level, end), v, merge));
    return out;
  }

  /**
   * {@code values} by agency code pooled over the tree: for every agency with a value of its own or
   * under it, the merge of its value and those of all its sub-units. Merging is applied once per
   * (agency, value under it), so an exact merge gives an exact pool.
   *
   * @throws IllegalArgumentException if a code is not in the tree
   */
  public <T> Map<String, T> pool(Map<String, T> values, BinaryOperator<T> merge) {
    values.keySet().forEach(this::get);
    Map<String, T> out = new LinkedHashMap<>();
    for (Agency a : agencies()) {
      T sum = values.get(a.code());
      for (String sub : subUnits(a.code())) {
        T v = values.get(sub);
        if (v != null) {
          sum = sum == null ? v : merge.apply(sum, v);
        }
      }
      if (sum != null) {
        out.put(a.code(), sum);
      }
    }
    return out;
  }

  /** The codes of the agencies, for messages. */
  @Override
  public String toString() {
    return "AgencyTree" + byCode.keySet().stream().collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * One thing that keeps a list of agencies from forming a tree: the agency, its attribute at fault
   * ({@code code}, {@code parent}, {@code successors}, {@code statisticalCode}, {@code portalCode}),
   * what is wrong and the value.
   */
  @Value.Immutable
  public abstract static class Inconsistency {
    Inconsistency() {}

    /** The agency's code. */
    @Value.Parameter
    public abstract String agency();

    /** The attribute at fault, by its name in {@link Agency}. */
    @Value.Parameter
    public abstract String attribute();

    /** What is wrong, in words. */
    @Value.Parameter
    public abstract String message();

    /** The offending value. */
    @Value.Parameter
    public abstract String value();

    /** A finding. */
    public static Inconsistency of(String agency, String attribute, String message, String value) {
      return ImmutableInconsistency.of(agency, attribute, message, value);
    }

    /** {@code agency X: parent 'Y': the parent is not listed}. */
    @Override
    public String toString() {
      return "agency " + agency() + ": " + attribute() + " '" + value() + "': " + message();
    }
  }
}
