package io.github.motcua.kpi.tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.AgencyTree;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The year 2025 straddles the reform of 1 Jul 2025. Counted in two parts (1 Jan – 30 Jun, in the
 * three-tier structure; 1 Jul – 31 Dec, in the two-tier one), each dossier under the agency that
 * received it, and rolled up to the province, the two parts add up to the roll-up of the whole
 * year for every counter of dossiers received, finished or returned in the period (flows), distinct
 * procedures by union. (Counters of dossiers open at the period's end are stocks: the two parts'
 * do not add up, and are not claimed to.)
 */
class StraddlingPeriodProperties {
  private static final LocalDate REFORM = Tier.TWO_TIERS_FROM;
  private static final Period YEAR = Period.year(2025);
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 31);
  private static final AtomicLong IDS = new AtomicLong();
  /** SmallProvince's procedures, offered by no agency (an offering would tally an agency outside the tree). */
  private static final ProcedureCatalogue CATALOGUE = ProcedureCatalogue.of(SmallProvince.CATALOGUE.procedures());

  /** A province, one department, a district with two communes up to 30 Jun 2025, two communes after. */
  static final List<Agency> AGENCIES =
      List.of(
          Agency.builder().code("QN").name("UBND tỉnh Quảng Ninh").tier(Tier.PROVINCIAL).statisticalCode("22").build(),
          Agency.builder().code("QN-S01").name("Sở Tư pháp").tier(Tier.PROVINCIAL).parent("QN").build(),
          Agency.builder().code("QN-D01").name("UBND huyện Cô Tô").tier(Tier.DISTRICT).parent("QN")
              .addSuccessors("QN-X01").build(),
          Agency.builder().code("QN-C01").name("UBND thị trấn Cô Tô").tier(Tier.COMMUNE).parent("QN-D01")
              .validTo(REFORM.minusDays(1)).addSuccessors("QN-X01").build(),
          Agency.builder().code("QN-C02").name("UBND xã Thanh Lân").tier(Tier.COMMUNE).parent("QN-D01")
              .validTo(REFORM.minusDays(1)).addSuccessors("QN-X01").build(),
          Agency.builder().code("QN-X01").name("UBND đặc khu Cô Tô").tier(Tier.COMMUNE).parent("QN")
              .validFrom(REFORM).build(),
          Agency.builder().code("QN-X02").name("UBND phường Bãi Cháy").tier(Tier.COMMUNE).parent("QN")
              .validFrom(REFORM).build());

  static final AgencyTree TREE = AgencyTree.of(AGENCIES);

  /** Counters of events in the period: received, finished or returned in it. */
  static final List<Counter> FLOWS =
      List.of(
          Counter.RECEIVED_TOTAL, Counter.RECEIVED_ONLINE, Counter.RECEIVED_POSTAL, Counter.LEVEL3_TOTAL,
          Counter.LEVEL3_ONLINE, Counter.LEVEL4_TOTAL, Counter.LEVEL4_ONLINE, Counter.FINISHED_TOTAL,
          Counter.FINISHED_ON_TIME, Counter.RETURNED_TOTAL, Counter.RETURNED_POSTAL, Counter.FEE_TOTAL,
          Counter.FEE_PAID_ONLINE, Counter.DIGITISED, Counter.NOT_ACCEPTED, Counter.PROCEDURES_TOTAL,
          Counter.PROCEDURES_LEVEL34_WITH_ONLINE, Counter.PROCEDURES_POSTAL_USED);

  private static final Period BEFORE = YEAR.partBefore(REFORM).orElseThrow();
  private static final Period AFTER = YEAR.partFrom(REFORM).orElseThrow();
  private static final Tallies WHOLE_YEAR = Tallies.of(YEAR, AS_OF, CATALOGUE).counting(FLOWS);
  private static final Tallies FIRST_PART = Tallies.of(BEFORE, AS_OF, CATALOGUE).counting(FLOWS);
  private static final Tallies SECOND_PART = Tallies.of(AFTER, AS_OF, CATALOGUE).counting(FLOWS);

  /**
   * A dossier of 2025 (received 1 Jan – 31 Dec), received by an agency that exists on that day; its
   * status, where given, is final (not accepted, withdrawn).
   */
  static Gen<Dossier> dossiers() {
    Gen<int[]> days =
        integers().between(0, 364).zip(integers().between(-1, 40), integers().between(-1, 60), integers().between(-1, 5),
            (received, dueIn, finishIn, returnIn) -> new int[] {received, dueIn, finishIn, returnIn});
    Gen<int[]> picks =
        integers().between(0, 5).zip(integers().between(1, 5), integers().between(0, 3), integers().between(0, 63),
            (agency, proc, channel, flags) -> new int[] {agency, proc, channel, flags});
    return days.zip(picks, StraddlingPeriodProperties::dossier);
  }

  private static Dossier dossier(int[] days, int[] picks) {
    LocalDate day = YEAR.start().plusDays(days[0]);
    List<Agency> existing = AGENCIES.stream().filter(a -> a.isValidOn(day)).toList();
    LocalDateTime received = day.atTime(9, 0);
    int f = picks[3];
    boolean fee = (f & 1) != 0;
    Dossier.Builder b =
        Dossier.builder()
            .id("HS-" + IDS.incrementAndGet())
            .agencyCode(existing.get(picks[0] % existing.size()).code())
            .procedureCode("P" + picks[1])
            .level(CATALOGUE.find("P" + picks[1]).orElseThrow().level())
            .channel(Channel.values()[picks[2]])
            .receivedAt(received)
            .feeBearing(fee)
            .payment(fee && (f & 2) != 0 ? Payment.NATIONAL_PORTAL : Payment.NONE)
            .resultByPost((f & 4) != 0)
            .digitised((f & 8) != 0);
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
    if ((f & 48) == 16) {
      b.nationalStatus(Dossier.STATUS_NOT_ACCEPTED);
    } else if ((f & 48) == 32) {
      b.nationalStatus(Dossier.STATUS_WITHDRAWN);
    }
    return b.build();
  }

  private static Tally province(List<Dossier> dossiers, Tallies tallies) {
    ProvinceTally byAgency = tallies.dossiers(dossiers);
    return ProvinceTally.of(TREE.rollUp(byAgency.byAgency(), 0, tallies.period().end(), Tally::merge)).get("QN");
  }

  @Test
  void theTwoPartsOfAStraddlingPeriodAddUpToItsRollUpToTheProvince() {
    qt().forAll(lists().of(dossiers()).ofSizeBetween(0, 20))
        .checkAssert(
            dossiers -> {
              Tally parts = province(dossiers, FIRST_PART).merge(province(dossiers, SECOND_PART));
              assertEquals(province(dossiers, WHOLE_YEAR), parts, dossiers::toString);
            });
  }

  @Test
  void eachAgencysTwoPartsAddUpToItsWholeYear() {
    qt().forAll(lists().of(dossiers()).ofSizeBetween(0, 20))
        .checkAssert(
            dossiers -> {
              ProvinceTally whole = WHOLE_YEAR.dossiers(dossiers);
              ProvinceTally parts = FIRST_PART.dossiers(dossiers).merge(SECOND_PART.dossiers(dossiers));
              for (Agency a : AGENCIES) {
                assertEquals(
                    whole.get(a.code()).get(Counter.RECEIVED_TOTAL),
                    parts.get(a.code()).get(Counter.RECEIVED_TOTAL),
                    a.code());
                assertEquals(whole.get(a.code()), parts.get(a.code()), a.code() + " in " + dossiers);
              }
            });
  }
}
