package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The meaning of every fact and counter, written independently of the counting code: plain Java
 * over {@link Dossier} objects, one dossier at a time, as docs/DIRECTIVE-FILES.md and
 * docs/DIRECTIVES.md say. The property tests compare every path of the library with it.
 */
final class FactOracle {
  private final LocalDateTime start;
  private final LocalDateTime endExclusive;
  private final LocalDate effectiveEnd;
  private final ProcedureCatalogue catalogue;
  private final Map<String, Tier> tiers;
  private final DeadlineReading reading;

  FactOracle(Period period, LocalDate asOf, ProcedureCatalogue catalogue, Map<String, Tier> tiers, DeadlineReading reading) {
    this.effectiveEnd = asOf.isBefore(period.end()) ? asOf : period.end();
    this.start = period.start().atStartOfDay();
    this.endExclusive = effectiveEnd.plusDays(1).atStartOfDay();
    this.catalogue = catalogue;
    this.tiers = tiers;
    this.reading = reading;
  }

  private String when(Optional<LocalDateTime> t) {
    if (t.isEmpty()) {
      return "none";
    }
    if (t.get().isBefore(start)) {
      return "before-period";
    }
    return t.get().isBefore(endExclusive) ? "in-period" : "after-period";
  }

  DossierStatus status(Dossier d) {
    if (!d.receivedAt().isBefore(endExclusive)) {
      return DossierStatus.NOT_RECEIVED_YET;
    }
    int national = d.nationalStatus().orElse(0);
    if (national == 3) {
      return DossierStatus.NOT_ACCEPTED;
    }
    if (national == 7) {
      return DossierStatus.WITHDRAWN;
    }
    Optional<LocalDateTime> end = d.endOfProcessing();
    boolean finished = end.isPresent() && end.get().isBefore(endExclusive);
    Optional<LocalDateTime> due = d.dueAt();
    if (reading.comparison() == DeadlineReading.Comparison.BY_DATE) {
      if (finished) {
        if (due.isEmpty() || end.get().toLocalDate().isEqual(due.get().toLocalDate())) {
          return DossierStatus.FINISHED_ON_TIME;
        }
        return end.get().toLocalDate().isBefore(due.get().toLocalDate())
            ? DossierStatus.FINISHED_EARLY
            : DossierStatus.FINISHED_LATE;
      }
      if (due.isEmpty()) {
        return DossierStatus.IN_PROGRESS;
      }
      LocalDate dueDay = due.get().toLocalDate();
      if (dueDay.isBefore(effectiveEnd)) {
        return DossierStatus.IN_PROGRESS_OVERDUE;
      }
      return dueDay.isAfter(effectiveEnd.plusDays(1))
          ? DossierStatus.IN_PROGRESS
          : DossierStatus.IN_PROGRESS_DUE_WITHIN_24H;
    }
    int requests = d.supplements().size();
    boolean tooMany =
        reading.overdueAboveSupplements().isPresent()
            && Math.min(requests, 2) > reading.overdueAboveSupplements().getAsInt();
    boolean pending = d.supplements().stream().anyMatch(SupplementRequest::isPending);
    if (finished) {
      LocalDateTime doneAt =
          reading.subtractSupplementWait() && !pending
              ? end.get().minus(d.supplementWait())
              : end.get();
      boolean late = due.isPresent() && (doneAt.isAfter(due.get()) || tooMany);
      if (late) {
        return DossierStatus.FINISHED_LATE;
      }
      return due.isPresent() && doneAt.isBefore(due.get())
          ? DossierStatus.FINISHED_EARLY
          : DossierStatus.FINISHED_ON_TIME;
    }
    if (due.isEmpty()) {
      return DossierStatus.IN_PROGRESS;
    }
    LocalDateTime judgedAt =
        reading.subtractSupplementWait() && pending && requests == 1
            ? d.pendingSupplement().orElseThrow().requestedAt()
            : endExclusive.minusSeconds(1);
    if (due.get().isBefore(judgedAt) || tooMany) {
      return DossierStatus.IN_PROGRESS_OVERDUE;
    }
    // Due soon: by the end of the day after the effective end.
    return due.get().isBefore(endExclusive.plus(Duration.ofDays(1)))
        ? DossierStatus.IN_PROGRESS_DUE_WITHIN_24H
        : DossierStatus.IN_PROGRESS;
  }

  /** The value of {@code fact} for {@code d}, in the canonical text of directive files. */
  String value(Fact fact, Dossier d) {
    Procedure p = catalogue.find(d.procedureCode()).orElseThrow();
    switch (fact) {
      case RECEIVED:
        return when(Optional.of(d.receivedAt()));
      case FINISHED:
        return when(d.endOfProcessing());
      case RETURNED:
        return when(d.returnedAt());
      case STATUS:
        return status(d).key();
      case CHANNEL:
        return d.channel().name();
      case CHANNEL_STATED:
        return Boolean.toString(d.channelStated());
      case LEVEL:
        return Integer.toString(d.level().number());
      case TIER:
        Tier t = tiers.get(d.agencyCode());
        return t == null ? null : t.name();
      case FIELD:
        return p.field();
      case PROCEDURE:
        return p.code();
      case NATIONAL_STATUS:
        return d.nationalStatus().isPresent() ? Integer.toString(d.nationalStatus().getAsInt()) : "none";
      case FEE:
        return Boolean.toString(d.feeBearing());
      case PAID_ONLINE:
        return Boolean.toString(d.paidOnline());
      case PAYMENT:
        return d.payment().name().toLowerCase(Locale.ROOT).replace('_', '-');
      case DIGITISED:
        return Boolean.toString(d.digitised());
      case APOLOGY:
        return Boolean.toString(d.apologyIssued());
      case RESULT_BY_POST:
        return Boolean.toString(d.resultByPost());
      case DUE_DATE:
        return Boolean.toString(d.dueAt().isPresent());
      case DUE_DERIVED:
        return Boolean.toString(d.dueDerived());
      case ELECTRONIC_RESULT:
        return Boolean.toString(d.resultCode().isPresent() && d.resultLink().isPresent());
      case COMPONENT_DIGITISED:
        return Boolean.toString(d.components().stream().anyMatch(c -> c.digitised()));
      case PERSONAL_STORE:
        return Boolean.toString(d.components().stream().anyMatch(c -> c.fromPersonalStore()));
      case NATIONAL_DATABASE:
        return Boolean.toString(d.components().stream().anyMatch(c -> c.databaseCode().isPresent()));
      case VNEID_ACCOUNT:
        return Boolean.toString(d.vneidAccount());
      case SYNCED:
        return Boolean.toString(d.synced());
      case SETTLED_ELSEWHERE:
        return Boolean.toString(d.settlingAgencyCode().isPresent() && !d.settlingAgencyCode().get().equals(d.agencyCode()));
      case RATING:
        return d.rating().map(r -> r == Rating.SATISFIED ? "satisfied" : "dissatisfied").orElse("none");
      case SUPPLEMENTS:
        int n = d.supplements().size();
        return n >= 2 ? "many" : Integer.toString(n);
      case NATIONAL_PORTAL:
        return Boolean.toString(p.onNationalPortal());
      case APPROVED_LIST:
        return Boolean.toString(p.onApprovedList());
      case PAPER_RESULT:
        return Boolean.toString(p.paperResultRequired());
      default:
        throw new AssertionError(fact);
    }
  }

  /** The value of a procedure fact for a procedure as an agency offers it. */
  private static String value(Fact fact, Procedure p) {
    switch (fact) {
      case LEVEL:
        return Integer.toString(p.level().number());
      case FIELD:
        return p.field();
      case PROCEDURE:
        return p.code();
      case FEE:
        return Boolean.toString(p.feeBearing());
      case NATIONAL_PORTAL:
        return Boolean.toString(p.onNationalPortal());
      case APPROVED_LIST:
        return Boolean.toString(p.onApprovedList());
      case PAPER_RESULT:
        return Boolean.toString(p.paperResultRequired());
      default:
        throw new AssertionError(fact);
    }
  }

  boolean matches(Where w, Dossier d) {
    for (Map.Entry<Fact, ? extends Set<String>> c : w.conditions().entrySet()) {
      String v = value(c.getKey(), d);
      if (v == null || !c.getValue().contains(v)) {
        return false;
      }
    }
    return w.any().isEmpty() || w.any().stream().anyMatch(a -> matches(a, d));
  }

  private static boolean matches(Where w, Procedure p) {
    for (Map.Entry<Fact, ? extends Set<String>> c : w.conditions().entrySet()) {
      if (!c.getValue().contains(value(c.getKey(), p))) {
        return false;
      }
    }
    return w.any().isEmpty() || w.any().stream().anyMatch(a -> matches(a, p));
  }

  private static boolean testsTier(Counter c) {
    return c.facts().contains(Fact.TIER);
  }

  /**
   * The tallies the counting must give: per agency with a dossier or declared offerings, each
   * computed counter by filtering its dossiers (and, for procedure counters, its offerings).
   */
  ProvinceTally expected(List<Dossier> dossiers, List<Counter> counters) {
    Map<String, List<Dossier>> byAgency = new TreeMap<>();
    for (Dossier d : dossiers) {
      byAgency.computeIfAbsent(d.agencyCode(), k -> new ArrayList<>()).add(d);
    }
    for (String a : catalogue.agenciesWithOfferings()) {
      byAgency.computeIfAbsent(a, k -> new ArrayList<>());
    }
    Map<String, Tally> out = new TreeMap<>();
    byAgency.forEach(
        (agency, list) -> {
          Tally.Builder b = Tally.builder();
          for (Counter c : counters) {
            if (!c.isComputed() || testsTier(c) && !tiers.containsKey(agency)) {
              continue;
            }
            if (!c.isDistinct()) {
              b.set(c, list.stream().filter(d -> matches(c.where(), d)).count());
              continue;
            }
            Set<String> codes = new TreeSet<>();
            list.stream().filter(d -> matches(c.where(), d)).forEach(d -> codes.add(d.procedureCode()));
            if (c.offered().isPresent() && (!testsTier(c) || tiers.containsKey(agency))) {
              for (Offering o : catalogue.offeringsOf(agency)) {
                Procedure p = o.applyTo(catalogue.find(o.procedureCode()).orElseThrow());
                if (matchesOffered(c.offered().get(), p, agency)) {
                  codes.add(p.code());
                }
              }
            }
            b.procedures(c, codes);
          }
          out.put(agency, b.build());
        });
    return ProvinceTally.of(out);
  }

  private boolean matchesOffered(Where w, Procedure p, String agency) {
    for (Map.Entry<Fact, ? extends Set<String>> c : w.conditions().entrySet()) {
      String v = c.getKey() == Fact.TIER ? tiers.get(agency).name() : value(c.getKey(), p);
      if (!c.getValue().contains(v)) {
        return false;
      }
    }
    return w.any().isEmpty() || w.any().stream().anyMatch(a -> matchesOffered(a, p, agency));
  }
}
