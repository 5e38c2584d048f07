package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Tier;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One conjunction of a counter's condition ({@link Where#disjuncts()}), ready to be tested against
 * the parts of a dossier {@link FactLayout} separates: its period index, its attribute chunks, its
 * procedure and its agency's tier. A dossier meets the term iff every part does.
 */
final class Term {
  private final Map<Fact, Set<String>> conditions;
  private final Map<Fact, Long> allowedCodes = new EnumMap<>(Fact.class);

  Term(Map<Fact, Set<String>> conditions) {
    this.conditions = Map.copyOf(conditions);
    conditions.forEach(
        (fact, values) -> {
          if (FactLayout.source(fact) != FactLayout.Source.PROCEDURE
              && FactLayout.source(fact) != FactLayout.Source.AGENCY) {
            long allowed = 0;
            for (String v : values) {
              int code = fact == Fact.PAID_ONLINE ? (v.equals("true") ? 1 : 0) : FactValues.code(fact, v);
              allowed |= 1L << code;
            }
            allowedCodes.put(fact, allowed);
          }
        });
  }

  /** Whether the part of a dossier read from {@code source}, {@code value}, meets the term. */
  boolean accepts(FactLayout.Source source, int value) {
    for (Map.Entry<Fact, Long> e : allowedCodes.entrySet()) {
      if (FactLayout.source(e.getKey()) == source
          && (e.getValue() & (1L << FactLayout.code(e.getKey(), value))) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether a dossier of procedure {@code p} (as catalogued) meets the term's procedure facts. */
  boolean acceptsProcedure(Procedure p) {
    for (Map.Entry<Fact, Set<String>> e : conditions.entrySet()) {
      Fact f = e.getKey();
      if (FactLayout.source(f) == FactLayout.Source.PROCEDURE && !e.getValue().contains(value(f, p))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a procedure as an agency offers it meets the term, whose facts are all facts of a
   * procedure (its level and fee are the offering's).
   */
  boolean acceptsOffered(Procedure p) {
    for (Map.Entry<Fact, Set<String>> e : conditions.entrySet()) {
      if (!e.getValue().contains(value(e.getKey(), p))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an agency of tier ordinal {@code tier} (-1: unknown) meets the term's tier condition. */
  boolean acceptsTier(int tier) {
    Set<String> tiers = conditions.get(Fact.TIER);
    return tiers == null || tier >= 0 && tiers.contains(Tier.values()[tier].name());
  }

  /** Whether the term tests the agency's tier. */
  boolean testsTier() {
    return conditions.containsKey(Fact.TIER);
  }

  private static String value(Fact f, Procedure p) {
    switch (f) {
      case FIELD:
        return p.field();
      case PROCEDURE:
        return p.code();
      case NATIONAL_PORTAL:
        return Boolean.toString(p.onNationalPortal());
      case APPROVED_LIST:
        return Boolean.toString(p.onApprovedList());
      case PAPER_RESULT:
        return Boolean.toString(p.paperResultRequired());
      case LEVEL:
        return Integer.toString(p.level().number());
      case FEE:
        return Boolean.toString(p.feeBearing());
      default:
        throw new IllegalArgumentException(f.key() + " is not a fact of a procedure");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term && conditions.equals(((Term) o).conditions);
  }

  @Override
  public int hashCode() {
    return conditions.hashCode();
  }
}
