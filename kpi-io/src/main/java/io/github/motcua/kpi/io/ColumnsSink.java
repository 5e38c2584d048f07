package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Dossier facts into {@link DossierColumns} rows, without an object per record: in one batch, or in
 * chunks of a fixed number of rows each handed on when full (so a file of any size is counted in
 * bounded memory). A chunk registers only the agencies its rows name, so the 65,536 agencies a
 * batch can hold bound a chunk, not a file: a chunk that would need more is handed on first.
 *
 * <p>For a {@link ProcedureSplit}, each row is keyed by its agency (receiving or settling) and its
 * procedure ({@link ProcedureSplit#key}), settled nowhere else.
 */
final class ColumnsSink {
  private final ProcedureCatalogue catalogue;
  private final AgencyDirectory agencies;
  private final int capacity;
  private final Consumer<DossierColumns> chunks;
  /** For a split by procedure: under the settling agency (true) or the receiving one; null: no split. */
  private final Boolean split;
  private final Map<Long, Integer> splitPositions = new HashMap<>();
  private final int[] position;
  private final int[] registered;
  private int registeredCount;
  private DossierColumns.Builder builder;

  /** A sink into one batch ({@code chunks} null) or chunks of {@code capacity} rows handed to {@code chunks}. */
  ColumnsSink(ProcedureCatalogue catalogue, AgencyDirectory agencies, int capacity, Consumer<DossierColumns> chunks) {
    this(catalogue, agencies, capacity, chunks, null);
  }

  /** A sink of chunks keyed by agency and procedure, under the settling agency if {@code underSettling}. */
  ColumnsSink(
      ProcedureCatalogue catalogue, AgencyDirectory agencies, int capacity, Consumer<DossierColumns> chunks,
      Boolean underSettling) {
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.capacity = capacity;
    this.chunks = chunks;
    this.split = underSettling;
    this.position = new int[agencies.size()];
    this.registered = new int[Math.min(agencies.size(), DossierColumns.MAX_AGENCIES)];
    Arrays.fill(position, -1);
    this.builder = DossierColumns.builder(catalogue, List.of(), Math.min(capacity, 1024));
  }

  /**
   * Adds the dossier; returns why it cannot be (one batch holds at most 65,536 agencies), or null.
   */
  String add(DossierFacts f, Procedure offered) {
    DossierColumns.Row row;
    if (split != null) {
      int agency = split && f.settling >= 0 ? f.settling : f.agency;
      long key = (long) agency << 32 | f.procedure;
      Integer p = splitPositions.get(key);
      if (p == null) {
        if (splitPositions.size() == DossierColumns.MAX_AGENCIES) {
          flush();
        }
        p = builder.agency(ProcedureSplit.key(agencies.get(agency).code(), catalogue.procedures().get(f.procedure).code()));
        splitPositions.put(key, p);
      }
      row = row(f, offered, p);
    } else {
      boolean settled = f.settling >= 0 && f.settling != f.agency;
      int needed = (position[f.agency] < 0 ? 1 : 0) + (settled && position[f.settling] < 0 ? 1 : 0);
      if (registeredCount + needed > DossierColumns.MAX_AGENCIES) {
        if (chunks == null) {
          return "one batch of columns holds at most " + DossierColumns.MAX_AGENCIES
              + " agencies: count a file with more through DossierReader.tally, which counts it in chunks";
        }
        flush();
      }
      row = row(f, offered, position(f.agency));
      if (settled) {
        row.settlingAgency(position(f.settling));
      }
    }
    try {
      builder.add(row);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (chunks != null && builder.size() == capacity) {
      flush();
    }
    return null;
  }

  /** The row of {@code f} under the agency at position {@code p}. */
  private DossierColumns.Row row(DossierFacts f, Procedure offered, int p) {
    return builder
        .row()
        .agency(p)
        .procedure(f.procedure)
        .level(offered.level())
        .channel(f.channel, f.channelStated)
        .receivedAt(f.received)
        .dueAt(f.due, f.dueDerived)
        .finishedAt(f.endOfProcessing())
        .returnedAt(f.returned)
        .nationalStatus(f.nationalStatus)
        .resultByPost(f.resultByPost)
        .fee(f.feeBearing(offered.feeBearing()), f.payment)
        .digitised(f.digitised)
        .apology(f.apology)
        .electronicResult(f.electronicResult())
        .components(f.anyComponentDigitised, f.anyComponentPersonal, f.anyDatabase)
        .vneidAccount(f.vneidAccount)
        .synced(f.synced)
        .rating(f.rating)
        .supplements(f.supplements, f.supplementWait(), f.pendingSince());
  }

  private int position(int agency) {
    int p = position[agency];
    if (p < 0) {
      p = builder.agency(agencies.get(agency).code());
      position[agency] = p;
      registered[registeredCount++] = agency;
    }
    return p;
  }

  /** Hands the rows added since the last chunk on, if any (chunks only). */
  void flush() {
    if (builder.size() == 0) {
      return;
    }
    DossierColumns batch = builder.build();
    for (int i = 0; i < registeredCount; i++) {
      position[registered[i]] = -1;
    }
    registeredCount = 0;
    splitPositions.clear();
    // A file that filled a chunk is large: the next chunks are made at their full size at once.
    builder = DossierColumns.builder(catalogue, List.of(), batch.size() == capacity ? capacity : Math.min(capacity, 1024));
    chunks.accept(batch);
  }

  /** The one batch, with the facts the file did not carry marked unknown. */
  DossierColumns build(Set<Fact> unknown) {
    return builder.unknownFacts(unknown).build();
  }
}
