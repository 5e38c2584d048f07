package io.github.motcua.kpi.bench;

import static io.github.motcua.kpi.bench.Counts.*;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a careful engineer writes over {@code List<Dossier>} without the library's tally: a plain
 * for-loop, dates turned into epoch days once, counters in a {@code long[]} per agency found by
 * hash map, procedures by catalogue position in bit sets.
 */
public final class HandwrittenDossierLoop {
  private static final int NONE = Integer.MIN_VALUE;
  private final int start;
  private final int e;
  private final Map<String, Integer> procedureIndex = new HashMap<>();

  public HandwrittenDossierLoop(ProcedureCatalogue catalogue, LocalDate from, LocalDate to, LocalDate asOf) {
    this.start = (int) from.toEpochDay();
    this.e = (int) Math.min(to.toEpochDay(), asOf.toEpochDay());
    for (int p = 0; p < catalogue.size(); p++) {
      procedureIndex.put(catalogue.procedures().get(p).code(), p);
    }
  }

  private static final class Acc {
    final long[] k = new long[SIZE];
    final BitSet handled = new BitSet();
    final BitSet withOnline = new BitSet();
    final BitSet postalUsed = new BitSet();
  }

  private static int day(Optional<LocalDateTime> t) {
    return t.isPresent() ? (int) t.get().toLocalDate().toEpochDay() : NONE;
  }

  public Map<String, long[]> count(List<Dossier> dossiers) {
    Map<String, Acc> byAgency = new HashMap<>();
    for (int i = 0; i < dossiers.size(); i++) {
      Dossier d = dossiers.get(i);
      Acc acc = byAgency.get(d.agencyCode());
      if (acc == null) {
        acc = new Acc();
        byAgency.put(d.agencyCode(), acc);
      }
      long[] k = acc.k;
      k[READ]++;
      int received = (int) d.receivedAt().toLocalDate().toEpochDay();
      boolean receivedIn = received >= start && received <= e;
      if (d.isNotAcceptedOrWithdrawn()) {
        k[receivedIn ? NOT_ACC : OUT]++;
        continue;
      }
      int p = procedureIndex.get(d.procedureCode());
      int due = day(d.dueAt());
      int finished = day(d.finishedAt());
      int returned = day(d.returnedAt());
      boolean touched = false;
      if (receivedIn) {
        touched = true;
        k[RECEIVED]++;
        boolean online = d.channel().isOnline();
        boolean postal = d.channel() == io.github.motcua.kpi.model.Channel.POSTAL;
        if (postal) {
          k[RECEIVED_POST]++;
        }
        int level = d.level().number();
        if (level == 3) {
          k[L3_TOTAL]++;
          if (online) {
            k[L3_ONLINE]++;
          }
        } else if (level == 4) {
          k[L4_TOTAL]++;
          if (online) {
            k[L4_ONLINE]++;
          }
        }
        if (d.feeBearing()) {
          k[FEE]++;
          if (d.paidOnline()) {
            k[PAID]++;
          }
        }
        if (d.digitised()) {
          k[DIGITISED_N]++;
        }
        if (due == NONE) {
          k[NO_DUE]++;
        }
        if (online && level >= 3) {
          acc.withOnline.set(p);
        }
        if (postal || d.resultByPost()) {
          acc.postalUsed.set(p);
        }
      }
      if (finished != NONE && finished >= start && finished <= e) {
        touched = true;
        k[FINISHED]++;
        if (due == NONE || finished <= due) {
          k[ON_TIME]++;
          if (due != NONE && finished < due) {
            k[EARLY]++;
          }
        } else {
          k[LATE]++;
          k[OVERDUE]++;
          if (d.apologyIssued()) {
            k[APOLOGISED]++;
          }
        }
      }
      if (returned != NONE && returned >= start && returned <= e) {
        touched = true;
        k[RETURNED]++;
        if (d.resultByPost()) {
          k[RETURNED_POST]++;
          acc.postalUsed.set(p);
        }
      }
      if (received <= e && (finished == NONE || finished > e)) {
        touched = true;
        if (due != NONE && due < e) {
          k[OPEN_OVERDUE]++;
          k[OVERDUE]++;
          if (d.apologyIssued()) {
            k[APOLOGISED]++;
          }
        } else {
          k[IN_PROGRESS_N]++;
          if (due != NONE && due <= e + 1) {
            k[DUE_24H]++;
          }
        }
      }
      if (touched) {
        acc.handled.set(p);
      } else {
        k[OUT]++;
      }
    }
    Map<String, long[]> out = new TreeMap<>();
    byAgency.forEach(
        (agency, acc) -> {
          acc.k[PROCEDURES] = acc.handled.cardinality();
          acc.k[WITH_ONLINE] = acc.withOnline.cardinality();
          acc.k[POSTAL_USED] = acc.postalUsed.cardinality();
          out.put(agency, acc.k);
        });
    return out;
  }
}
