package io.github.motcua.kpi.bench;

import static io.github.motcua.kpi.bench.Counts.*;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What users write with streams: {@code groupingBy(agency, collector)}, each dossier judged with
 * {@code LocalDate} comparisons and {@code Optional}s, distinct procedures in {@code
 * HashSet<String>}s. One pass (users often write one pass per counter, which is slower still).
 */
public final class IdiomaticStreams {
  private final Period period;
  private final Period effective;
  private final LocalDate effectiveEnd;
  private final ProcedureCatalogue catalogue;

  public IdiomaticStreams(ProcedureCatalogue catalogue, Period period, LocalDate asOf) {
    this.catalogue = catalogue;
    this.period = period;
    this.effectiveEnd = asOf.isBefore(period.end()) ? asOf : period.end();
    this.effective = Period.of(period.start(), effectiveEnd);
  }

  public Map<String, long[]> count(List<Dossier> dossiers) {
    return dossiers.stream()
        .collect(
            Collectors.groupingBy(
                Dossier::agencyCode,
                TreeMap::new,
                Collector.of(Stats::new, Stats::add, Stats::combine, Stats::values)));
  }

  private final class Stats {
    final long[] k = new long[SIZE];
    final Set<String> handled = new HashSet<>();
    final Set<String> withOnline = new HashSet<>();
    final Set<String> postalUsed = new HashSet<>();

    void add(Dossier d) {
      k[READ]++;
      LocalDate received = d.receivedOn();
      boolean receivedIn = effective.contains(received);
      if (d.isNotAcceptedOrWithdrawn()) {
        k[receivedIn ? NOT_ACC : OUT]++;
        return;
      }
      Optional<LocalDate> due = d.dueAt().map(LocalDateTime::toLocalDate);
      Optional<LocalDate> finished = d.finishedAt().map(LocalDateTime::toLocalDate);
      Optional<LocalDate> returned = d.returnedAt().map(LocalDateTime::toLocalDate);
      boolean touched = false;
      if (receivedIn) {
        touched = true;
        k[RECEIVED]++;
        if (d.channel() == Channel.POSTAL) {
          k[RECEIVED_POST]++;
        }
        switch (d.level()) {
          case LEVEL_3:
            k[L3_TOTAL]++;
            k[L3_ONLINE] += d.channel().isOnline() ? 1 : 0;
            break;
          case LEVEL_4:
            k[L4_TOTAL]++;
            k[L4_ONLINE] += d.channel().isOnline() ? 1 : 0;
            break;
          default:
        }
        k[FEE] += d.feeBearing() ? 1 : 0;
        k[PAID] += d.feeBearing() && d.paidOnline() ? 1 : 0;
        k[DIGITISED_N] += d.digitised() ? 1 : 0;
        k[NO_DUE] += due.isEmpty() ? 1 : 0;
        if (d.channel().isOnline() && d.level().isOnline()) {
          withOnline.add(d.procedureCode());
        }
        if (d.channel() == Channel.POSTAL || d.resultByPost()) {
          postalUsed.add(d.procedureCode());
        }
      }
      if (finished.filter(effective::contains).isPresent()) {
        touched = true;
        k[FINISHED]++;
        LocalDate f = finished.get();
        if (due.map(dd -> !f.isAfter(dd)).orElse(true)) {
          k[ON_TIME]++;
          k[EARLY] += due.map(f::isBefore).orElse(false) ? 1 : 0;
        } else {
          k[LATE]++;
          k[OVERDUE]++;
          k[APOLOGISED] += d.apologyIssued() ? 1 : 0;
        }
      }
      if (returned.filter(effective::contains).isPresent()) {
        touched = true;
        k[RETURNED]++;
        if (d.resultByPost()) {
          k[RETURNED_POST]++;
          postalUsed.add(d.procedureCode());
        }
      }
      if (!received.isAfter(effectiveEnd) && finished.map(f -> f.isAfter(effectiveEnd)).orElse(true)) {
        touched = true;
        if (due.map(dd -> dd.isBefore(effectiveEnd)).orElse(false)) {
          k[OPEN_OVERDUE]++;
          k[OVERDUE]++;
          k[APOLOGISED] += d.apologyIssued() ? 1 : 0;
        } else {
          k[IN_PROGRESS_N]++;
          k[DUE_24H] += due.map(dd -> !dd.isAfter(effectiveEnd.plusDays(1))).orElse(false) ? 1 : 0;
        }
      }
      if (touched) {
        handled.add(d.procedureCode());
      } else {
        k[OUT]++;
      }
    }

    Stats combine(Stats other) {
      for (int i = 0; i < SIZE; i++) {
        k[i] += other.k[i];
      }
      handled.addAll(other.handled);
      withOnline.addAll(other.withOnline);
      postalUsed.addAll(other.postalUsed);
      return this;
    }

    long[] values() {
      k[PROCEDURES] = handled.size();
      k[WITH_ONLINE] = withOnline.size();
      k[POSTAL_USED] = postalUsed.size();
      return k;
    }
  }
}
