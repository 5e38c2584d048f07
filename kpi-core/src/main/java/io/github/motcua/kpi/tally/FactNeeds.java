package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.DossierStatus;
import io.github.motcua.kpi.model.Fact;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The facts a counter needs known to be reported: those its conditions test, and for a condition
 * on the status, what that condition tells apart — the finished instant when it separates finished
 * from open dossiers, the due date when it separates early, on time and late (or in progress, due
 * soon and overdue). "Accepted" needs neither: it holds whether the dossier finished or not.
 */
final class FactNeeds {
  private static final Set<String> FINISHED = keys(DossierStatus.byName("finished").orElseThrow());
  private static final Set<String> OPEN = keys(DossierStatus.byName("open").orElseThrow());

  private FactNeeds() {}

  private static Set<String> keys(Set<DossierStatus> statuses) {
    Set<String> out = new java.util.HashSet<>();
    statuses.forEach(s -> out.add(s.key()));
    return out;
  }

  /** The facts {@code counter} needs known. */
  static Set<Fact> of(Counter counter) {
    Set<Fact> out = EnumSet.noneOf(Fact.class);
    add(counter.where(), out);
    counter.offered().ifPresent(o -> add(o, out));
    return out;
  }

  private static void add(Where where, Set<Fact> out) {
    for (Map<Fact, Set<String>> d : where.disjuncts()) {
      d.forEach(
          (fact, values) -> {
            if (fact != Fact.STATUS) {
              out.add(fact);
              return;
            }
            boolean someFinished = values.stream().anyMatch(FINISHED::contains);
            boolean allFinished = values.containsAll(FINISHED);
            boolean someOpen = values.stream().anyMatch(OPEN::contains);
            boolean allOpen = values.containsAll(OPEN);
            if ((someFinished || someOpen) && !(allFinished && allOpen)) {
              out.add(Fact.FINISHED);
            }
            if (someFinished && !allFinished || someOpen && !allOpen) {
              out.add(Fact.DUE_DATE);
            }
          });
    }
  }
}
