package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters of one evaluation compiled against a catalogue: which signature bits they look at,
 * the tests of the dossier counters, the distinct conditions of the procedure counters (at most
 * {@value #MAX_DISTINCT}, shared by counters with the same condition), and what each counter needs
 * known. Reported-only counters are not computed and are left out.
 */
final class CountingPlan {
  /** The most distinct procedure conditions one evaluation counts (bits of an int). */
  static final int MAX_DISTINCT = 31;

  final CatalogueIndex index;
  final Counter[] dossierCounters;
  final CompiledWhere[] dossierTests;
  final Counter[] procedureCounters;
  /** For each procedure counter, the position of its condition in {@link #distinctTests}. */
  final int[] distinctOf;
  final CompiledWhere[] distinctTests;
  /** For each procedure counter, the test of the offered procedures that count, or null. */
  final CompiledWhere[] offeredTests;
  /** The signature bits some counter looks at. */
  final long mask;
  /** Whether the key of a signature is the procedure's rank (else the field's position). */
  final boolean byProcedure;
  /** Per procedure rank: its catalogue flags and key, placed in a signature (and masked). */
  final long[] keyOf;

  private CountingPlan(Collection<Counter> counters, CatalogueIndex index) {
    this.index = index;
    List<Counter> dossiers = new ArrayList<>();
    List<Counter> procedures = new ArrayList<>();
    Map<String, Counter> byId = new LinkedHashMap<>();
    boolean testsProcedure = false;
    boolean testsField = false;
    long bits = 0;
    for (Counter c : counters) {
      Counter before = byId.putIfAbsent(c.id(), c);
      checkArgument(
          before == null || before.equals(c), "two different counters share the id %s", c.id());
      if (before != null || !c.isComputed()) {
        continue;
      }
      (c.isDistinct() ? procedures : dossiers).add(c);
      for (Fact f : c.facts()) {
        bits |= Signature.mask(f);
        testsProcedure |= f == Fact.PROCEDURE;
        testsField |= f == Fact.FIELD;
      }
    }
    this.byProcedure = testsProcedure;
    this.mask = bits;
    this.dossierCounters = dossiers.toArray(new Counter[0]);
    this.procedureCounters = procedures.toArray(new Counter[0]);
    this.dossierTests = new CompiledWhere[dossierCounters.length];
    for (int j = 0; j < dossierCounters.length; j++) {
      dossierTests[j] = CompiledWhere.of(dossierCounters[j].where(), byProcedure, index);
    }
    Map<Where, Integer> distinct = new LinkedHashMap<>();
    this.distinctOf = new int[procedureCounters.length];
    this.offeredTests = new CompiledWhere[procedureCounters.length];
    for (int j = 0; j < procedureCounters.length; j++) {
      Counter c = procedureCounters[j];
      distinctOf[j] = distinct.computeIfAbsent(c.where(), w -> distinct.size());
      offeredTests[j] = c.offered().map(o -> CompiledWhere.of(o, byProcedure, index)).orElse(null);
    }
    checkArgument(
        distinct.size() <= MAX_DISTINCT,
        "an evaluation counts at most %s distinct procedure conditions, got %s",
        MAX_DISTINCT,
        distinct.size());
    this.distinctTests =
        distinct.keySet().stream()
            .map(w -> CompiledWhere.of(w, byProcedure, index))
            .toArray(CompiledWhere[]::new);
    this.keyOf = new long[index.size()];
    for (int r = 0; r < keyOf.length; r++) {
      keyOf[r] = procedureBits(index.flagsOf[r], r, index.fieldOf[r]) & mask;
    }
  }

  /** The plan of {@code counters} against {@code index}. */
  static CountingPlan of(Collection<Counter> counters, CatalogueIndex index) {
    return new CountingPlan(counters, index);
  }

  /** The catalogue flags and key of a procedure, placed in a signature. */
  private long procedureBits(int flags, int rank, int field) {
    long key = byProcedure ? rank : field;
    return ((long) flags << Signature.CATALOGUE) | (key << Signature.KEY);
  }

  /**
   * The signature of a procedure as {@code agencyCode} offers it, for testing the offered
   * condition of a procedure counter: its level, fee, catalogue flags and key.
   */
  long offeredSignature(Procedure p, int rank) {
    long level = p.level().number() - 2L;
    return procedureBits(CatalogueIndex.flags(p), rank, index.fieldOf[rank])
        | (level << (Signature.ATTRIBUTES + Signature.A_LEVEL))
        | ((p.feeBearing() ? 1L : 0L) << (Signature.ATTRIBUTES + Signature.A_FEE));
  }

  /** Whether the plan counts procedure counters. */
  boolean hasDistinct() {
    return distinctTests.length > 0;
  }
}
