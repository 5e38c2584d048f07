package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.StatusChange;
import io.github.motcua.kpi.model.SupplementRequest;
import java.util.Optional;

/** Dossier facts into a {@link Dossier} value. */
final class ObjectSink {
  private final AgencyDirectory agencies;
  private final CatalogueLookup lookup;

  ObjectSink(AgencyDirectory agencies, CatalogueLookup lookup) {
    this.agencies = agencies;
    this.lookup = lookup;
  }

  /**
   * The dossier of {@code f}.
   *
   * @throws IllegalArgumentException if the core's own checks refuse it (a reader's checks come first)
   */
  Dossier dossier(DossierFacts f, Procedure offered) {
    Dossier.Builder b =
        Dossier.builder()
            .id(f.idText())
            .procedureCode(lookup.catalogue().procedures().get(f.procedure).code())
            .agencyCode(agencies.get(f.agency).code())
            .level(offered.level())
            .channel(f.channel)
            .channelStated(f.channelStated)
            .receivedAt(LocalTimes.time(f.received))
            .dueAt(time(f.due))
            .dueDerived(f.dueDerived)
            .finishedAt(time(f.finished))
            .returnedAt(time(f.returned))
            .submittedAt(time(f.submitted))
            .resultByPost(f.resultByPost)
            .payment(f.payment)
            .digitised(f.digitised)
            .apologyIssued(f.apology)
            .resultCode(Optional.ofNullable(f.resultCode))
            .resultLink(Optional.ofNullable(f.resultLink))
            .vneidAccount(f.vneidAccount)
            .synced(f.synced)
            .rating(Optional.ofNullable(f.rating));
    if (f.settling >= 0 && f.settling != f.agency) {
      b.settlingAgencyCode(agencies.get(f.settling).code());
    }
    if (f.nationalStatus > 0) {
      b.nationalStatus(f.nationalStatus);
    }
    boolean fee = f.feeBearing(offered.feeBearing());
    if (f.feesListed && !f.feeWithoutAmount && f.feeFlag < 0) {
      for (int i = 0; i < f.feeCount; i++) {
        b.addFeeLines(FeeLine.of(f.fees[i]));
      }
    }
    b.feeBearing(fee);
    for (int i = 0; i < f.history; i++) {
      b.addStatusHistory(StatusChange.of(f.historyStatus[i], LocalTimes.time(f.historyAt[i])));
    }
    for (int i = 0; i < f.supplements; i++) {
      b.addSupplements(
          f.supplied[i] == LocalTimes.NONE
              ? SupplementRequest.pending(LocalTimes.time(f.requested[i]))
              : SupplementRequest.supplied(LocalTimes.time(f.requested[i]), LocalTimes.time(f.supplied[i])));
    }
    for (int i = 0; i < f.components; i++) {
      b.addComponents(
          DossierComponent.builder()
              .digitised(f.componentDigitised[i])
              .fromPersonalStore(f.componentPersonal[i])
              .databaseCode(Optional.ofNullable(f.componentDatabase[i]))
              .build());
    }
    return b.build();
  }

  private static Optional<java.time.LocalDateTime> time(long seconds) {
    return seconds == LocalTimes.NONE ? Optional.empty() : Optional.of(LocalTimes.time(seconds));
  }
}
