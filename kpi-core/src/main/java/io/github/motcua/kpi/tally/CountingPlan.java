package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counters of one evaluation compiled against a catalogue into lookup tables, so that one
 * dossier's <em>satisfied set</em> — a bit per dossier counter — is the AND of a few table entries:
 * one indexed by its period index, three by its attribute chunks, one by its procedure, one by its
 * agency ({@link FactLayout}). The cost of a dossier is a few words whatever the counters.
 *
 * <p>Bit {@code j} of the set is dossier counter {@code j}. A counter whose condition is one
 * conjunction gets its term's bit directly; a counter with alternatives ({@code any}) gets a bit for
 * each distinct alternative beyond the counters', and its own bit is set when one of them is.
 * Procedure counters keep a separate word of terms, OR-ed per agency and procedure: a procedure
 * counts when some dossier met one of its counter's terms. Reported-only counters are left out.
 */
final class CountingPlan {
  /** The most distinct terms of procedure counters one evaluation counts (bits of a long). */
  static final int MAX_DISTINCT_TERMS = 64;

  private static final int CHUNK_1 = 1 << FactLayout.CHUNK_1_BITS;
  private static final int CHUNK_2 = 1 << FactLayout.CHUNK_2_BITS;
  private static final int CHUNK_3 = 1 << FactLayout.CHUNK_3_BITS;
  private static final int PERIODS = 1 << FactLayout.PERIOD_BITS;

  final CatalogueIndex index;
  final Counter[] dossierCounters;
  /** Words of a satisfied set, and those that hold counter bits. */
  final int words;
  final int countedWords;
  final long[] period;
  final long[] chunk1;
  final long[] chunk2;
  final long[] chunk3;
  final long[] procedure;
  /** Counters with alternatives: their position and the bits of their alternatives. */
  final int[] anyCounter;
  final long[][] anyTerms;
  private final Term[] bitTerm;
  final boolean[] counterTestsTier;

  final Counter[] procedureCounters;
  /**
   * For each procedure counter and procedure rank, the bits of the distinct terms by which a
   * dossier makes that procedure count: the counter's conditions on facts that vary from dossier to
   * dossier, those of its conditions on the procedure itself being met by that procedure.
   */
  final long[][] termsByRank;
  private final List<Term> constants = new ArrayList<>();
  private final Term[] distinctTerms;
  /** Whether the distinct terms fit 16 bits, so that a short per agency and procedure holds them. */
  final boolean narrowSeen;
  final long[] dPeriod;
  final long[] dChunk1;
  final long[] dChunk2;
  final long[] dChunk3;
  final long[] dProcedure;
  /** For each procedure counter, the terms its offered procedures must meet (null: none count). */
  final Term[][] offered;

  private CountingPlan(Collection<Counter> counters, CatalogueIndex index) {
    this.index = index;
    List<Counter> dossiers = new ArrayList<>();
    List<Counter> procedures = new ArrayList<>();
    Map<String, Counter> byId = new LinkedHashMap<>();
    for (Counter c : counters) {
      Counter before = byId.putIfAbsent(c.id(), c);
      checkArgument(
          before == null || before.equals(c), "two different counters share the id %s", c.id());
      if (before == null && c.isComputed()) {
        (c.isDistinct() ? procedures : dossiers).add(c);
      }
    }
    this.dossierCounters = dossiers.toArray(new Counter[0]);
    this.procedureCounters = procedures.toArray(new Counter[0]);

    int k = dossierCounters.length;
    List<Term> bits = new ArrayList<>();
    Map<Term, Integer> extra = new LinkedHashMap<>();
    List<Integer> anyPositions = new ArrayList<>();
    List<List<Integer>> anyBits = new ArrayList<>();
    this.counterTestsTier = new boolean[k];
    for (int j = 0; j < k; j++) {
      List<Map<Fact, Set<String>>> disjuncts = simplified(dossierCounters[j].where().disjuncts());
      counterTestsTier[j] = dossierCounters[j].facts().contains(Fact.TIER);
      if (disjuncts.size() == 1) {
        bits.add(new Term(disjuncts.get(0)));
        continue;
      }
      bits.add(null);
      List<Integer> mine = new ArrayList<>();
      for (Map<Fact, Set<String>> d : disjuncts) {
        mine.add(k + extra.computeIfAbsent(new Term(d), t -> extra.size()));
      }
      anyPositions.add(j);
      anyBits.add(mine);
    }
    bits.addAll(extra.keySet());
    this.bitTerm = bits.toArray(new Term[0]);
    this.words = Math.max(1, (bitTerm.length + 63) >>> 6);
    this.countedWords = (k + 63) >>> 6;
    this.anyCounter = anyPositions.stream().mapToInt(Integer::intValue).toArray();
    this.anyTerms = new long[anyCounter.length][words];
    for (int i = 0; i < anyCounter.length; i++) {
      for (int b : anyBits.get(i)) {
        anyTerms[i][b >>> 6] |= 1L << b;
      }
    }
    this.period = table(bitTerm, words, FactLayout.Source.PERIOD, PERIODS, 0);
    this.chunk1 = table(bitTerm, words, FactLayout.Source.CHUNK_1, CHUNK_1, 0);
    this.chunk2 = table(bitTerm, words, FactLayout.Source.CHUNK_2, CHUNK_2, FactLayout.CHUNK_2_START);
    this.chunk3 = table(bitTerm, words, FactLayout.Source.CHUNK_3, CHUNK_3, FactLayout.CHUNK_3_START);
    this.procedure = procedureTable(bitTerm, words, index);

    Map<Term, Integer> distinct = new LinkedHashMap<>();
    List<List<long[]>> parts = new ArrayList<>();
    this.offered = new Term[procedureCounters.length][];
    for (int j = 0; j < procedureCounters.length; j++) {
      Counter c = procedureCounters[j];
      List<long[]> mine = new ArrayList<>();
      for (Map<Fact, Set<String>> d : simplified(c.where().disjuncts())) {
        Map<Fact, Set<String>> varying = new LinkedHashMap<>(d);
        Map<Fact, Set<String>> constant = new LinkedHashMap<>();
        for (Fact f : PROCEDURE_CONSTANT) {
          Set<String> v = varying.remove(f);
          if (v != null) {
            constant.put(f, v);
          }
        }
        int b = distinct.computeIfAbsent(new Term(varying), t -> distinct.size());
        checkArgument(
            b < MAX_DISTINCT_TERMS,
            "an evaluation counts procedures with at most %s distinct conditions",
            MAX_DISTINCT_TERMS);
        constants.add(new Term(constant));
        mine.add(new long[] {b, constants.size() - 1});
      }
      parts.add(mine);
      offered[j] =
          c.offered()
              .map(o -> o.disjuncts().stream().map(Term::new).toArray(Term[]::new))
              .orElse(null);
    }
    this.distinctTerms = distinct.keySet().toArray(new Term[0]);
    this.narrowSeen = distinctTerms.length <= 16;
    this.dPeriod = table(distinctTerms, 1, FactLayout.Source.PERIOD, PERIODS, 0);
    this.dChunk1 = table(distinctTerms, 1, FactLayout.Source.CHUNK_1, CHUNK_1, 0);
    this.dChunk2 = table(distinctTerms, 1, FactLayout.Source.CHUNK_2, CHUNK_2, FactLayout.CHUNK_2_START);
    this.dChunk3 = table(distinctTerms, 1, FactLayout.Source.CHUNK_3, CHUNK_3, FactLayout.CHUNK_3_START);
    this.dProcedure = procedureTable(distinctTerms, 1, index);
    this.termsByRank = new long[procedureCounters.length][index.size()];
    for (int j = 0; j < procedureCounters.length; j++) {
      for (int r = 0; r < index.size(); r++) {
        Procedure p = index.catalogue.procedures().get(index.positionOf[r]);
        for (long[] part : parts.get(j)) {
          if (constants.get((int) part[1]).acceptsProcedure(p)) {
            termsByRank[j][r] |= 1L << part[0];
          }
        }
      }
    }
  }

  /** Facts that are the same for every dossier of a procedure, tested per procedure at the end. */
  private static final Set<Fact> PROCEDURE_CONSTANT =
      java.util.EnumSet.of(
          Fact.FIELD, Fact.PROCEDURE, Fact.NATIONAL_PORTAL, Fact.APPROVED_LIST, Fact.PAPER_RESULT);

  /**
   * The conjunctions of a condition without those another one implies: for "some dossier meets
   * one of them", a conjunction implied by another adds nothing.
   */
  private static List<Map<Fact, Set<String>>> simplified(List<Map<Fact, Set<String>>> disjuncts) {
    List<Map<Fact, Set<String>>> out = new ArrayList<>();
    for (int i = 0; i < disjuncts.size(); i++) {
      boolean implied = false;
      for (int k = 0; k < disjuncts.size() && !implied; k++) {
        if (k != i
            && Where.restricts(disjuncts.get(i), disjuncts.get(k))
            && (!Where.restricts(disjuncts.get(k), disjuncts.get(i)) || k < i)) {
          implied = true;
        }
      }
      if (!implied) {
        out.add(disjuncts.get(i));
      }
    }
    return out;
  }

  /** The plan of {@code counters} against {@code index}. */
  static CountingPlan of(Collection<Counter> counters, CatalogueIndex index) {
    return new CountingPlan(counters, index);
  }

  /** Per value of a source and word, the bits of the terms that value meets. */
  private static long[] table(Term[] terms, int words, FactLayout.Source source, int values, int shift) {
    long[] out = new long[values * words];
    for (int v = 0; v < values; v++) {
      for (int b = 0; b < terms.length; b++) {
        if (terms[b] != null && terms[b].accepts(source, v << shift)) {
          out[v * words + (b >>> 6)] |= 1L << b;
        }
      }
    }
    return out;
  }

  private static long[] procedureTable(Term[] terms, int words, CatalogueIndex index) {
    long[] out = new long[Math.max(1, index.size()) * words];
    for (int r = 0; r < index.size(); r++) {
      Procedure p = index.catalogue.procedures().get(index.positionOf[r]);
      for (int b = 0; b < terms.length; b++) {
        if (terms[b] != null && terms[b].acceptsProcedure(p)) {
          out[r * words + (b >>> 6)] |= 1L << b;
        }
      }
    }
    return out;
  }

  /** The bits of the satisfied set that an agency of tier ordinal {@code tier} (-1: unknown) allows. */
  long[] agencyBits(int tier) {
    long[] out = new long[words];
    for (int b = 0; b < bitTerm.length; b++) {
      if (bitTerm[b] != null && bitTerm[b].acceptsTier(tier)) {
        out[b >>> 6] |= 1L << b;
      }
    }
    return out;
  }

  /** The distinct terms that an agency of tier ordinal {@code tier} (-1: unknown) allows. */
  long distinctAgencyBits(int tier) {
    long out = 0;
    for (int b = 0; b < distinctTerms.length; b++) {
      out |= distinctTerms[b].acceptsTier(tier) ? 1L << b : 0;
    }
    return out;
  }

  /** Whether procedure counter {@code j}'s terms (or offered terms) test the agency's tier. */
  boolean procedureCounterTestsTier(int j) {
    return procedureCounters[j].facts().contains(Fact.TIER);
  }

  /** Whether a dossier counter tests the agency's tier. */
  boolean testsTier() {
    for (boolean t : counterTestsTier) {
      if (t) {
        return true;
      }
    }
    return false;
  }

  /** Whether the plan counts procedure counters. */
  boolean hasDistinct() {
    return procedureCounters.length > 0;
  }
}
