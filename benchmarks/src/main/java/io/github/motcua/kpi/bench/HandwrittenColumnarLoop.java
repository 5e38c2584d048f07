package io.github.motcua.kpi.bench;

import static io.github.motcua.kpi.bench.Counts.*;

import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a careful engineer writes without the library, over plain arrays: one pass, a {@code long[]}
 * of counters and three {@link BitSet}s per agency, the definitions of docs/DIRECTIVES.md spelled out.
 */
public final class HandwrittenColumnarLoop {
  private final int start;
  private final int end;
  private final int e;
  private final boolean[] procedureOnline;
  private final List<String> agencyCodes;

  public HandwrittenColumnarLoop(
      ProcedureCatalogue catalogue, List<String> agencyCodes, LocalDate from, LocalDate to, LocalDate asOf) {
    this.start = (int) from.toEpochDay();
    this.end = (int) to.toEpochDay();
    this.e = (int) Math.min(to.toEpochDay(), asOf.toEpochDay());
    this.agencyCodes = agencyCodes;
    this.procedureOnline = new boolean[catalogue.size()];
    for (int p = 0; p < catalogue.size(); p++) {
      procedureOnline[p] = catalogue.procedures().get(p).level().isOnline();
    }
  }

  public Map<String, long[]> count(RawDossiers r) {
    int agencies = agencyCodes.size();
    long[][] c = new long[agencies][SIZE];
    BitSet[] handled = new BitSet[agencies];
    BitSet[] withOnline = new BitSet[agencies];
    BitSet[] postalUsed = new BitSet[agencies];
    for (int a = 0; a < agencies; a++) {
      handled[a] = new BitSet();
      withOnline[a] = new BitSet();
      postalUsed[a] = new BitSet();
    }
    final int none = RawDossiers.NONE;
    for (int i = 0; i < r.size; i++) {
      int a = r.agency[i];
      long[] k = c[a];
      k[READ]++;
      int received = r.received[i];
      boolean receivedIn = received >= start && received <= end;
      if (r.notAccepted(i)) {
        k[receivedIn ? NOT_ACC : OUT]++;
        continue;
      }
      int p = r.procedure[i];
      int due = r.due[i];
      int finished = r.finished[i];
      int returned = r.returned[i];
      boolean touched = false;
      if (receivedIn) {
        touched = true;
        k[RECEIVED]++;
        boolean online = r.channel[i] == 1;
        boolean postal = r.channel[i] == 2;
        if (postal) {
          k[RECEIVED_POST]++;
        }
        if (r.level[i] == 3) {
          k[L3_TOTAL]++;
          if (online) {
            k[L3_ONLINE]++;
          }
        } else if (r.level[i] == 4) {
          k[L4_TOTAL]++;
          if (online) {
            k[L4_ONLINE]++;
          }
        }
        if (r.fee[i]) {
          k[FEE]++;
          if (r.paid[i]) {
            k[PAID]++;
          }
        }
        if (r.digitised[i]) {
          k[DIGITISED_N]++;
        }
        if (due == none) {
          k[NO_DUE]++;
        }
        if (online && procedureOnline[p]) {
          withOnline[a].set(p);
        }
        if (postal || r.byPost[i]) {
          postalUsed[a].set(p);
        }
      }
      if (finished != none && finished >= start && finished <= end) {
        touched = true;
        k[FINISHED]++;
        if (due == none || finished <= due) {
          k[ON_TIME]++;
          if (due != none && finished < due) {
            k[EARLY]++;
          }
        } else {
          k[LATE]++;
          k[OVERDUE]++;
          if (r.apology[i]) {
            k[APOLOGISED]++;
          }
        }
      }
      if (returned != none && returned >= start && returned <= end) {
        touched = true;
        k[RETURNED]++;
        if (r.byPost[i]) {
          k[RETURNED_POST]++;
          postalUsed[a].set(p);
        }
      }
      if (received <= e && (finished == none || finished > e)) {
        touched = true;
        if (due != none && due < e) {
          k[OPEN_OVERDUE]++;
          k[OVERDUE]++;
          if (r.apology[i]) {
            k[APOLOGISED]++;
          }
        } else {
          k[IN_PROGRESS_N]++;
          if (due != none && due <= e + 1) {
            k[DUE_24H]++;
          }
        }
      }
      if (touched) {
        handled[a].set(p);
      } else {
        k[OUT]++;
      }
    }
    Map<String, long[]> out = new TreeMap<>();
    for (int a = 0; a < agencies; a++) {
      if (c[a][READ] > 0) {
        c[a][PROCEDURES] = handled[a].cardinality();
        c[a][WITH_ONLINE] = withOnline[a].cardinality();
        c[a][POSTAL_USED] = postalUsed[a].cardinality();
        out.put(agencyCodes.get(a), c[a]);
      }
    }
    return out;
  }
}
