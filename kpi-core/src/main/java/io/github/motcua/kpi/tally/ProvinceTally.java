package io.github.motcua.kpi.tally;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSortedMap;
import io.github.motcua.kpi.model.AgencyTree;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The tallies of a whole province (or any set of agencies), by agency code. Merges agency by agency
 * with {@link Tally#merge}, so it is a commutative monoid too, with {@link #empty()} as identity.
 */
public final class ProvinceTally {
  private static final ProvinceTally EMPTY = new ProvinceTally(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, Tally> byAgency;

  private ProvinceTally(ImmutableSortedMap<String, Tally> byAgency) {
    this.byAgency = byAgency;
  }

  /** No agency. */
  public static ProvinceTally empty() {
    return EMPTY;
  }

  /** The tallies by agency code. */
  @JsonCreator
  public static ProvinceTally of(Map<String, Tally> byAgency) {
    return new ProvinceTally(ImmutableSortedMap.copyOf(byAgency));
  }

  /** The tallies by agency code, sorted by code. */
  @JsonValue
  public SortedMap<String, Tally> byAgency() {
    return byAgency;
  }

  /** The agency's tally, {@link Tally#empty()} if it has none. */
  public Tally get(String agencyCode) {
    return byAgency.getOrDefault(agencyCode, Tally.empty());
  }

  /** Both parts together, agency by agency. */
  public ProvinceTally merge(ProvinceTally other) {
    if (other.byAgency.isEmpty()) {
      return this;
    }
    if (byAgency.isEmpty()) {
      return other;
    }
    TreeMap<String, Tally> merged = new TreeMap<>(byAgency);
    other.byAgency.forEach((code, tally) -> merged.merge(code, tally, Tally::merge));
    return new ProvinceTally(ImmutableSortedMap.copyOf(merged));
  }

  /**
   * The tallies pooled over {@code tree}: each agency's tally merged with those of all its
   * sub-units, at any depth (the national index scores a unit this way). Exact, by the merge laws:
   * an agency's pooled tally is the tally of the union of its own and its sub-units' dossiers.
   *
   * @throws IllegalArgumentException if an agency with a tally is not in the tree, or (see {@link
   *     Tally#merge}) if two aggregate tallies cannot be merged
   */
  public ProvinceTally pooled(AgencyTree tree) {
    return of(tree.pool(byAgency, Tally::merge));
  }

  /** The sum over all agencies (a whole-province tally). */
  public Tally total() {
    return byAgency.values().stream().reduce(Tally.empty(), Tally::merge);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProvinceTally && byAgency.equals(((ProvinceTally) o).byAgency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byAgency);
  }

  @Override
  public String toString() {
    return "ProvinceTally" + byAgency;
  }
}
