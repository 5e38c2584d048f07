package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random catalogues and dossiers around 2020, valid by construction. */
final class RandomDossiers {
  static final LocalDate FIRST = LocalDate.of(2019, 10, 1);

  private final Random random;

  RandomDossiers(long seed) {
    this.random = new Random(seed);
  }

  ProcedureCatalogue catalogue(int procedures, int fields, boolean offerings) {
    ProcedureCatalogue.Builder b = ProcedureCatalogue.builder();
    for (int i = 0; i < procedures; i++) {
      b.add(
          Procedure.builder()
              .code("P" + i)
              .name("Procedure " + i)
              .field("F" + random.nextInt(fields))
              .level(ServiceLevel.of(2 + random.nextInt(3)))
              .feeBearing(random.nextBoolean())
              .onNationalPortal(random.nextBoolean())
              .onApprovedList(random.nextBoolean())
              .build());
    }
    if (offerings) {
      for (int i = 0; i < 20; i++) {
        b.offer("A" + random.nextInt(6), "P" + random.nextInt(procedures));
      }
      b.offer("A-NO-DOSSIERS", "P0");
    }
    return b.build();
  }

  List<Dossier> dossiers(ProcedureCatalogue catalogue, int agencies, int n) {
    List<Dossier> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(dossier(catalogue, agencies, i));
    }
    return out;
  }

  Dossier dossier(ProcedureCatalogue catalogue, int agencies, int i) {
    Procedure p = catalogue.procedures().get(random.nextInt(catalogue.size()));
    LocalDateTime received = FIRST.plusDays(random.nextInt(460)).atTime(7 + random.nextInt(10), random.nextInt(60));
    boolean fee = random.nextInt(3) == 0;
    int status = random.nextInt(20);
    Dossier.Builder b =
        Dossier.builder()
            .id("HS" + i)
            .procedureCode(p.code())
            .agencyCode("A" + random.nextInt(agencies))
            .level(random.nextInt(5) == 0 ? ServiceLevel.of(2 + random.nextInt(3)) : p.level())
            .channel(Channel.values()[random.nextInt(4)])
            .channelStated(random.nextInt(12) != 0)
            .receivedAt(received)
            .resultByPost(random.nextInt(6) == 0)
            .feeBearing(fee)
            .payment(fee ? Payment.values()[random.nextInt(3)] : Payment.NONE)
            .digitised(random.nextBoolean())
            .apologyIssued(random.nextInt(4) == 0)
            .vneidAccount(random.nextInt(3) == 0)
            .synced(random.nextBoolean());
    if (random.nextInt(3) == 0) {
      b.resultCode("KQ" + i).resultLink("https://kq/" + i);
    }
    if (random.nextInt(4) == 0) {
      b.addComponents(
          DossierComponent.builder()
              .digitised(random.nextBoolean())
              .fromPersonalStore(random.nextInt(3) == 0)
              .build());
    }
    if (random.nextInt(5) == 0) {
      b.rating(random.nextBoolean() ? Rating.SATISFIED : Rating.DISSATISFIED);
    }
    if (random.nextInt(8) == 0) {
      b.settlingAgencyCode("A" + random.nextInt(agencies));
    }
    int supplements = random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0;
    for (int k = 0; k < supplements; k++) {
      LocalDateTime asked = received.plusHours(2 + 6 * k);
      b.addSupplements(
          k == supplements - 1 && random.nextBoolean()
              ? SupplementRequest.pending(asked)
              : SupplementRequest.supplied(asked, asked.plusHours(1 + random.nextInt(5))));
    }
    if (status <= 10 && status > 0) {
      b.nationalStatus(status);
    }
    if (random.nextInt(10) != 0) {
      b.dueAt(received.plusDays(random.nextInt(25)).withHour(17));
    }
    LocalDateTime finished = null;
    if (random.nextInt(10) < 7) {
      finished = received.plusDays(random.nextInt(40)).plusMinutes(random.nextInt(600));
      b.finishedAt(finished);
    }
    if (random.nextInt(10) < 5) {
      b.returnedAt((finished == null ? received : finished).plusDays(random.nextInt(5)));
    }
    return b.build();
  }
}
