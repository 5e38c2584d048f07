package io.github.motcua.kpi.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The directives the rule modules on the class or module path provide, by id.
 *
 * <pre>{@code
 * Directive qt1501 = Directives.load().get("qt1501");
 * }</pre>
 *
 * <p>Two modules claiming the same directive id are rejected with an error naming both.
 */
public final class Directives {
  private final ImmutableSortedMap<String, Directive> byId;

  private Directives(Map<String, Directive> byId) {
    this.byId = ImmutableSortedMap.copyOf(byId);
  }

  /**
   * The directives of every {@link RuleModule} found by {@link ServiceLoader}.
   *
   * @throws IllegalStateException if two modules claim the same directive id
   */
  public static Directives load() {
    return of(ServiceLoader.load(RuleModule.class));
  }

  /** The directives of every {@link RuleModule} visible to {@code loader}. */
  public static Directives load(ClassLoader loader) {
    return of(ServiceLoader.load(RuleModule.class, loader));
  }

  /**
   * The directives of these modules.
   *
   * @throws IllegalStateException if two modules (or one, twice) claim the same directive id
   */
  public static Directives of(Iterable<? extends RuleModule> modules) {
    Map<String, Directive> byId = new TreeMap<>();
    Map<String, String> claimedBy = new HashMap<>();
    for (RuleModule module : modules) {
      for (Directive d : module.directives()) {
        String previous = claimedBy.putIfAbsent(d.id(), module.name());
        if (previous != null) {
          throw new IllegalStateException(
              "directive id '" + d.id() + "' is claimed by both " + previous + " and " + module.name());
        }
        byId.put(d.id(), d);
      }
    }
    return new Directives(byId);
  }

  /** The directives of these modules. */
  public static Directives of(RuleModule... modules) {
    return of(List.of(modules));
  }

  /** Every directive, sorted by id. */
  public List<Directive> list() {
    return ImmutableList.copyOf(byId.values());
  }

  /** The ids, sorted. */
  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }

  /** The directive with this id, if any. */
  public Optional<Directive> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The directive with this id.
   *
   * @throws UnknownDirectiveException listing the known ids if there is none
   */
  public Directive get(String id) {
    Directive d = byId.get(id);
    if (d == null) {
      throw new UnknownDirectiveException(id, byId.keySet());
    }
    return d;
  }
}
