package io.github.motcua.kpi.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The directives the rule modules on the class or module path provide, by id — and those added
 * from other sources, such as directive files read with kpi-io's {@code DirectiveFiles}.
 *
 * <pre>{@code
 * Directive qt1501 = Directives.load().get("qt1501");
 * Directives all = Directives.load().plus("hn.yaml", DirectiveFiles.read(Path.of("hn.yaml")));
 * }</pre>
 *
 * <p>Two sources claiming the same directive id are rejected with an error naming both.
 */
public final class Directives {
  private final ImmutableSortedMap<String, Directive> byId;
  private final ImmutableMap<String, String> sourceById;

  private Directives(Map<String, Directive> byId, Map<String, String> sourceById) {
    this.byId = ImmutableSortedMap.copyOf(byId);
    this.sourceById = ImmutableMap.copyOf(sourceById);
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
    Directives all = new Directives(Map.of(), Map.of());
    for (RuleModule module : modules) {
      all = all.plus(module.name(), module.directives());
    }
    return all;
  }

  /** The directives of these modules. */
  public static Directives of(RuleModule... modules) {
    return of(List.of(modules));
  }

  /**
   * These directives and {@code directives}, which come from {@code source} (a file name, a module
   * name: what messages call it).
   *
   * @throws IllegalStateException naming both sources if a directive id is already taken, or
   *     naming {@code source} once if it gives one id twice
   */
  public Directives plus(String source, List<Directive> directives) {
    Map<String, Directive> ids = new TreeMap<>(byId);
    Map<String, String> sources = new HashMap<>(sourceById);
    for (Directive d : directives) {
      String previous = sources.putIfAbsent(d.id(), source);
      if (previous != null) {
        throw new IllegalStateException(
            "directive id '" + d.id() + "' is claimed by both " + previous + " and " + source);
      }
      ids.put(d.id(), d);
    }
    return new Directives(ids, sources);
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

  /** Where the directive with this id comes from (a rule module's name, a file), if there is one. */
  public Optional<String> source(String id) {
    return Optional.ofNullable(sourceById.get(id));
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
