package io.github.motcua.kpi.tally;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.SupplementRequest;
import java.util.Optional;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.quicktheories.core.Gen;

/**
 * A small generated province for kpi-core's own property tests: three agencies, five procedures in
 * two fields, dossiers around the first quarter of 2020, valid by construction. (Generators for
 * users live in kpi-testkit; core cannot depend on it.)
 */
final class SmallProvince {
  static final LocalDate BASE = LocalDate.of(2019, 12, 1);
  static final List<String> AGENCIES = List.of("A1", "A2", "A3");
  static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.builder()
          .add(procedure("P1", "Đất đai", ServiceLevel.LEVEL_3, true, true, true))
          .add(procedure("P2", "Đất đai", ServiceLevel.LEVEL_4, true, false, true))
          .add(procedure("P3", "Hộ tịch", ServiceLevel.AT_MOST_2, false, false, false))
          .add(procedure("P4", "Hộ tịch", ServiceLevel.LEVEL_3, false, true, false))
          .add(procedure("P5", "Hộ tịch", ServiceLevel.LEVEL_4, true, true, true))
          .offer("A1", "P3")
          .build();

  private static final AtomicLong IDS = new AtomicLong();

  private SmallProvince() {}

  static Procedure procedure(
      String code, String field, ServiceLevel level, boolean fee, boolean portal, boolean approved) {
    return Procedure.builder()
        .code(code)
        .name("Thủ tục " + code)
        .field(field)
        .level(level)
        .feeBearing(fee)
        .onNationalPortal(portal)
        .onApprovedList(approved)
        .build();
  }

  /** One dossier, valid by construction; days are offsets from {@link #BASE}. */
  static Gen<Dossier> dossiers() {
    Gen<int[]> days =
        integers().between(0, 150).zip(integers().between(-1, 40), integers().between(-1, 60), integers().between(-1, 5),
            (received, dueIn, finishIn, returnIn) -> new int[] {received, dueIn, finishIn, returnIn});
    Gen<int[]> picks =
        integers().between(0, 2).zip(integers().between(1, 5), integers().between(0, 2), integers().between(2, 4),
            (agency, proc, channel, level) -> new int[] {agency, proc, channel, level});
    Gen<int[]> flags =
        integers().between(0, (1 << 16) - 1).zip(integers().between(0, 12), integers().between(0, 9),
            (f, status, extra) -> new int[] {f, status, extra});
    return days.zip(picks, flags, SmallProvince::dossier);
  }

  /** The agencies with these tiers. */
  static List<Agency> agencies(java.util.Map<String, Tier> tiers) {
    return tiers.entrySet().stream()
        .map(e -> Agency.of(e.getKey(), "Cơ quan " + e.getKey(), e.getValue()))
        .toList();
  }

  static Gen<List<Dossier>> dossierLists() {
    return lists().of(dossiers()).ofSizeBetween(0, 14);
  }

  private static Dossier dossier(int[] days, int[] picks, int[] flags) {
    LocalDateTime received = BASE.plusDays(days[0]).atTime(8, 30);
    Dossier.Builder b =
        Dossier.builder()
            .id("HS-" + IDS.incrementAndGet())
            .agencyCode(AGENCIES.get(picks[0]))
            .procedureCode("P" + picks[1])
            .channel(Channel.values()[picks[2] == 2 && flags[2] == 9 ? 3 : picks[2]])
            .channelStated(flags[2] != 8)
            .level(ServiceLevel.of(picks[3]))
            .receivedAt(received);
    if (days[1] >= 0) {
      b.dueAt(received.plusDays(days[1]).withHour(17));
    }
    if (days[2] >= 0) {
      LocalDateTime finished = received.plusDays(days[2]).withHour(16);
      b.finishedAt(finished);
      if (days[3] >= 0) {
        b.returnedAt(finished.plusDays(days[3]));
      }
    }
    int f = flags[0];
    boolean fee = (f & 2) != 0;
    b.resultByPost((f & 1) != 0)
        .feeBearing(fee)
        .payment(fee ? Payment.values()[(f >>> 2) % 3] : Payment.NONE)
        .digitised((f & 8) != 0)
        .apologyIssued((f & 16) != 0)
        .vneidAccount((f & 32) != 0)
        .synced((f & 64) != 0);
    if ((f & 128) != 0) {
      b.resultCode("KQ").resultLink("https://kq/" + days[0]);
    }
    if ((f & 256) != 0) {
      b.addComponents(
          DossierComponent.builder()
              .digitised((f & 512) != 0)
              .fromPersonalStore((f & 1024) != 0)
              .databaseCode((f & 2048) != 0 ? Optional.of("CSDLQG-DC") : Optional.empty())
              .build());
    }
    if ((f & 4096) != 0) {
      b.rating((f & 8192) != 0 ? Rating.DISSATISFIED : Rating.SATISFIED);
    }
    if ((f & 16384) != 0) {
      b.settlingAgencyCode(AGENCIES.get((picks[0] + 1) % AGENCIES.size()));
    }
    int supplements = flags[2] % 3;
    for (int k = 0; k < supplements; k++) {
      LocalDateTime asked = received.plusHours(3 + 5 * k);
      b.addSupplements(
          k == supplements - 1 && (f & 32768) != 0
              ? SupplementRequest.pending(asked)
              : SupplementRequest.supplied(asked, asked.plusHours(2 + k)));
    }
    if (flags[1] >= 1 && flags[1] <= 10) {
      b.nationalStatus(flags[1]);
    }
    return b.build();
  }

}
