package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A {@link Where} compiled into tests on a dossier's {@link Signature}: a disjunction of
 * conjunctions, each testing bit fields against the codes they may take, the key (field or
 * procedure) against a bit set, and the agency's tier. Evaluated once per distinct signature, not
 * per dossier.
 */
final class CompiledWhere {
  private final Conjunction[] alternatives;
  private final boolean testsTier;

  private CompiledWhere(Conjunction[] alternatives, boolean testsTier) {
    this.alternatives = alternatives;
    this.testsTier = testsTier;
  }

  /** Whether the condition tests the agency's tier. */
  boolean testsTier() {
    return testsTier;
  }

  /**
   * Whether a dossier of signature {@code sig}, counted under an agency of tier ordinal {@code
   * tier} (-1: unknown), meets the condition.
   */
  boolean test(long sig, int tier) {
    for (Conjunction c : alternatives) {
      if (c.test(sig, tier)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Compiles {@code where}; the key of signatures holds procedure ranks if {@code byProcedure},
   * else field positions.
   */
  static CompiledWhere of(Where where, boolean byProcedure, CatalogueIndex index) {
    List<Conjunction> out = new ArrayList<>();
    boolean tier = false;
    for (Map<Fact, Set<String>> d : where.disjuncts()) {
      Conjunction c = conjunction(d, byProcedure, index);
      tier |= c.tiers >= 0;
      out.add(c);
    }
    return new CompiledWhere(out.toArray(new Conjunction[0]), tier);
  }

  private static Conjunction conjunction(
      Map<Fact, Set<String>> d, boolean byProcedure, CatalogueIndex index) {
    List<long[]> fields = new ArrayList<>();
    long[] key = null;
    int tiers = -1;
    for (Map.Entry<Fact, Set<String>> e : d.entrySet()) {
      Fact fact = e.getKey();
      Set<String> values = e.getValue();
      switch (fact) {
        case TIER:
          tiers = 0;
          for (String v : values) {
            tiers |= 1 << Tier.valueOf(v).ordinal();
          }
          break;
        case FIELD:
        case PROCEDURE:
          key = intersect(key, keys(fact, values, byProcedure, index));
          break;
        case PAID_ONLINE:
          long paid = 0;
          for (String v : values) {
            paid |= v.equals("true") ? 0b110 : 0b001;
          }
          fields.add(new long[] {Signature.shift(fact), 3, paid});
          break;
        default:
          long allowed = 0;
          for (String v : values) {
            allowed |= 1L << FactValues.code(fact, v);
          }
          fields.add(new long[] {Signature.shift(fact), (1L << Signature.width(fact)) - 1, allowed});
      }
    }
    return new Conjunction(fields, key, tiers);
  }

  /** The key values (field positions or procedure ranks) that the values of {@code fact} allow. */
  private static long[] keys(Fact fact, Set<String> values, boolean byProcedure, CatalogueIndex index) {
    ProcedureCatalogue catalogue = index.catalogue;
    int n = byProcedure ? index.size() : catalogue.fields().size();
    long[] bits = new long[((n + 63) >>> 6) + 1];
    if (fact == Fact.PROCEDURE) {
      for (String code : values) {
        OptionalInt p = catalogue.indexOf(code);
        if (p.isPresent()) {
          int r = index.rankOf[p.getAsInt()];
          bits[r >>> 6] |= 1L << r;
        }
      }
      return bits;
    }
    List<String> fieldNames = catalogue.fields();
    for (String name : values) {
      int f = fieldNames.indexOf(name);
      if (f < 0) {
        continue;
      }
      if (!byProcedure) {
        bits[f >>> 6] |= 1L << f;
      } else {
        for (int r = 0; r < index.size(); r++) {
          if (index.fieldOf[r] == f) {
            bits[r >>> 6] |= 1L << r;
          }
        }
      }
    }
    return bits;
  }

  private static long[] intersect(long[] a, long[] b) {
    if (a == null) {
      return b;
    }
    long[] out = new long[Math.min(a.length, b.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = a[i] & b[i];
    }
    return out;
  }

  /** All of some bit-field tests, a key test and a tier test. */
  private static final class Conjunction {
    private final int[] shifts;
    private final long[] masks;
    private final long[] allowed;
    private final long[] key;
    /** Tier ordinals allowed, as bits; -1: the tier is not tested. */
    final int tiers;

    Conjunction(List<long[]> fields, long[] key, int tiers) {
      int n = fields.size();
      shifts = new int[n];
      masks = new long[n];
      allowed = new long[n];
      for (int i = 0; i < n; i++) {
        shifts[i] = (int) fields.get(i)[0];
        masks[i] = fields.get(i)[1];
        allowed[i] = fields.get(i)[2];
      }
      this.key = key;
      this.tiers = tiers;
    }

    boolean test(long sig, int tier) {
      for (int i = 0; i < shifts.length; i++) {
        if (((allowed[i] >>> ((sig >>> shifts[i]) & masks[i])) & 1) == 0) {
          return false;
        }
      }
      if (key != null) {
        int k = (int) (sig >>> Signature.KEY);
        if ((k >>> 6) >= key.length || (key[k >>> 6] & (1L << k)) == 0) {
          return false;
        }
      }
      return tiers < 0 || (tier >= 0 && (tiers & (1 << tier)) != 0);
    }
  }
}
