package io.github.motcua.kpi.rules.national766;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.When;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.Where;
import java.util.List;
import java.util.Set;

/**
 * The counters of the QĐ 766 index: one pair per scored indicator, with the ids of the aggregate
 * CSV (docs/INDEX-766.md, "Aggregate input: counter ids"; the portal's API field in each
 * description).
 *
 * <p>Indicators a province's own dossiers can give — 2.1, 3.3, 3.5a, 3.5b, 3.6, 4.1 to 4.5b, 5.4 —
 * are counters over the dossiers' facts, counted under {@link Qd766#DEADLINE_READING}; the same ids
 * may be given as aggregate figures instead. The others — 1.1 to 1.4, 3.1, 3.2, 4.6, 5.1 to 5.3 —
 * are only reported (catalogue publication events, synchronisation counts of the national report
 * system, petitions).
 *
 * <p><b>The cohort</b> of every dossier counter ({@link #COHORT}): dossiers received in the period
 * ({@code NgayTiepNhan} from the first day 00:00:00 to the last day 23:59:59, both included),
 * accepted — national status neither 1 (new) nor 3 (not accepted) — withdrawn ones (7) included,
 * counted under the receiving agency. [C: S1, S4, S6]
 */
public final class Qd766Counters {
  private Qd766Counters() {}

  /**
   * The cohort: received in the period, national status neither 1 nor 3 (withdrawn dossiers
   * included). A dossier without a national status is in it if accepted.
   */
  public static final Where COHORT =
      Where.builder()
          .received(When.IN_PERIOD)
          .status("accepted", "withdrawn")
          .fact(Fact.NATIONAL_STATUS, "none", "2", "4", "5", "6", "7", "8", "9", "10")
          .build();

  /**
   * On time by 2.1, under {@link Qd766#DEADLINE_READING}: finished on or before the due instant
   * (the supplement wait taken off), or still open at the period's end within it; a withdrawn
   * dossier with at most one supplement request counts on time (the counting does not judge the
   * deadline of a withdrawn dossier: see {@link Qd766#PROGRESS}).
   */
  public static final Where ON_TIME =
      Where.builder()
          .from(COHORT)
          .any(
              Where.builder().status("finished-early", "finished-on-time", "in-progress").build(),
              Where.builder().status("withdrawn").fact(Fact.SUPPLEMENTS, "0", "1").build())
          .build();

  // ---------------------------------------------------------------- group 1, reported

  /** 1.1 denominator: procedures published in the period ({@code PUBLISH_ON_TIME}). */
  public static final Counter PUBLISH_ON_TIME_BASE =
      Counter.reported("publish_on_time_base", "procedures whose publication decision falls in the period (PUBLISH_ON_TIME denominator)");

  /** 1.1 numerator: of those, published on time. */
  public static final Counter PUBLISH_ON_TIME =
      Counter.reported("publish_on_time", "procedures published on time (PUBLISH_ON_TIME numerator)")
          .ofThose(PUBLISH_ON_TIME_BASE);

  /** 1.2 denominator: procedures to update and publish ({@code PUBLIC_UPDATE_ON_TIME}). */
  public static final Counter PUBLIC_UPDATE_ON_TIME_BASE =
      Counter.reported("public_update_on_time_base", "procedures to be updated and made public in the period (PUBLIC_UPDATE_ON_TIME denominator)");

  /** 1.2 numerator: of those, made public on time. */
  public static final Counter PUBLIC_UPDATE_ON_TIME =
      Counter.reported("public_update_on_time", "procedures made public on time (PUBLIC_UPDATE_ON_TIME numerator)")
          .ofThose(PUBLIC_UPDATE_ON_TIME_BASE);

  /** 1.3 denominator: procedures public on the national database ({@code PUBLIC_CONTENT_FULL}). */
  public static final Counter PUBLIC_CONTENT_FULL_BASE =
      Counter.reported("public_content_full_base", "procedures public on the national procedure database (PUBLIC_CONTENT_FULL denominator)");

  /** 1.3 numerator: of those, with all seven mandatory parts. */
  public static final Counter PUBLIC_CONTENT_FULL =
      Counter.reported("public_content_full", "procedures public with every mandatory part (PUBLIC_CONTENT_FULL numerator)")
          .ofThose(PUBLIC_CONTENT_FULL_BASE);

  /** 1.4 denominator: dossiers to be synced ({@code DOSSIER_SYNC}). */
  public static final Counter DOSSIERS_SYNCED_BASE =
      Counter.reported("dossiers_synced_base", "dossiers to be synced to the national portal (DOSSIER_SYNC denominator)");

  /** 1.4 numerator: of those, synced. */
  public static final Counter DOSSIERS_SYNCED =
      Counter.reported("dossiers_synced", "dossiers synced to the national portal (DOSSIER_SYNC numerator)")
          .ofThose(DOSSIERS_SYNCED_BASE);

  // ---------------------------------------------------------------- group 2

  /** 2.1 denominator: the cohort ({@code totalReceived}). */
  public static final Counter PROGRESS_RECEIVED =
      Counter.dossiers("progress_received", "dossiers received and accepted in the period (totalReceived)", COHORT);

  /** 2.1 numerator: of those, on time ({@code totalOnTime}). */
  public static final Counter PROGRESS_ON_TIME =
      Counter.dossiers("progress_on_time", "dossiers processed on time or still within their deadline (totalOnTime)", ON_TIME)
          .ofThose(PROGRESS_RECEIVED);

  // ---------------------------------------------------------------- group 3a

  /** 3.1 denominator: procedures under the unit's authority ({@code authorityCount}). */
  public static final Counter PROCEDURES_IN_AUTHORITY =
      Counter.reported("procedures_in_authority", "procedures under the unit's authority (authorityCount)");

  /** 3.1 numerator: of those, with a published partial or full online service. */
  public static final Counter PROCEDURES_ONLINE =
      Counter.reported("procedures_online", "procedures with a published online service, partial or full (partialCount + fullCount)")
          .ofThose(PROCEDURES_IN_AUTHORITY);

  /** 3.2 denominator: online-service instances ({@code onlineServiceTotal}). */
  public static final Counter ONLINE_SERVICES =
      Counter.reported("online_services", "online-service instances public or being tested (onlineServiceTotal)");

  /** 3.2 numerator: of those, with an online dossier in the period. */
  public static final Counter ONLINE_SERVICES_WITH_DOSSIERS =
      Counter.reported("online_services_with_dossiers", "online-service instances with an online dossier in the period (onlineDossierCount)")
          .ofThose(ONLINE_SERVICES);

  /** 3.3 denominator: the cohort ({@code channelTotalSum}). */
  public static final Counter CHANNEL_TOTAL =
      Counter.dossiers("channel_total", "dossiers received, every channel (channelTotalSum)", COHORT);

  /** 3.3 numerator: of those, submitted online ({@code KenhThucHien} 2). */
  public static final Counter CHANNEL_ONLINE =
      Counter.dossiers("channel_online", "dossiers submitted online, KenhThucHien 2 (channelOnlineSum)", COHORT.and(Fact.CHANNEL, "ONLINE"))
          .ofThose(CHANNEL_TOTAL);

  // ---------------------------------------------------------------- group 3b

  private static final Where FEE_DOSSIERS = COHORT.and(Fact.FEE, "true");

  private static final Where FEE_OFFERED = Where.builder().flag(Fact.FEE, true).build();

  /**
   * 3.5a denominator: fee-bearing procedures ({@code totalFeeFormality}): offered by the agency with
   * a fee in the catalogue, or with a fee-bearing dossier in the cohort.
   */
  public static final Counter FEE_PROCEDURES =
      Counter.builder()
          .id("fee_procedures")
          .description("fee-bearing procedures of the unit (totalFeeFormality)")
          .kind(Counter.Kind.PROCEDURES)
          .where(FEE_DOSSIERS)
          .offered(FEE_OFFERED)
          .build();

  /** 3.5a numerator: of those, with a fee-bearing dossier in the cohort. */
  public static final Counter FEE_PROCEDURES_INTEGRATED =
      Counter.builder()
          .id("fee_procedures_integrated")
          .description("procedures with a dossier carrying a fee above 0 in the period (totalFeeDossierFormality)")
          .kind(Counter.Kind.PROCEDURES)
          .where(FEE_DOSSIERS)
          .whole(FEE_PROCEDURES)
          .build();

  /** 3.5b denominator ({@code totalFeeDossierFormalityDistinct}): as 3.5a's (the two agree). */
  public static final Counter FEE_PROCEDURES_WITH_DOSSIERS =
      Counter.builder()
          .id("fee_procedures_with_dossiers")
          .description("fee-bearing procedures of the unit (totalFeeDossierFormalityDistinct)")
          .kind(Counter.Kind.PROCEDURES)
          .where(FEE_DOSSIERS)
          .offered(FEE_OFFERED)
          .build();

  /** 3.5b numerator: of those, with a dossier paid online in the cohort. */
  public static final Counter FEE_PROCEDURES_PAID_ONLINE =
      Counter.builder()
          .id("fee_procedures_paid_online")
          .description("procedures with a dossier paid online in the period (totalDossierOnlineFormalityPaymentSuccess)")
          .kind(Counter.Kind.PROCEDURES)
          .where(FEE_DOSSIERS.and(Fact.PAID_ONLINE, "true"))
          .whole(FEE_PROCEDURES_WITH_DOSSIERS)
          .build();

  /** 3.6 denominator: fee-bearing dossiers of the cohort ({@code totalDossierFinancialObligation}). */
  public static final Counter DOSSIERS_FINANCIAL_OBLIGATION =
      Counter.dossiers("dossiers_financial_obligation", "dossiers carrying a fee above 0 (totalDossierFinancialObligation)", FEE_DOSSIERS);

  /** 3.6 numerator: of those, paid online ({@code DuocThanhToanTrucTuyen} 1 or 2). */
  public static final Counter DOSSIERS_PAID_ONLINE =
      Counter.dossiers("dossiers_paid_online", "fee-bearing dossiers paid online, DuocThanhToanTrucTuyen 1 or 2 (totalDossierOnlinePaymentSuccess)",
              FEE_DOSSIERS.and(Fact.PAID_ONLINE, "true"))
          .ofThose(DOSSIERS_FINANCIAL_OBLIGATION);

  // ---------------------------------------------------------------- group 4

  /** 4.1 denominator: the cohort. */
  public static final Counter ORIGINAL_RESULT_AVAILABLE_BASE =
      Counter.dossiers("original_result_available_base", "dossiers received (ORIGINAL_RESULT_AVAILABLE denominator)", COHORT);

  /** 4.1 numerator: of those, with an electronic result ({@code MaKetQua} and its file's link). */
  public static final Counter ORIGINAL_RESULT_AVAILABLE =
      Counter.dossiers("original_result_available", "dossiers with an electronic result (ORIGINAL_RESULT_AVAILABLE numerator)",
              COHORT.and(Fact.ELECTRONIC_RESULT, "true"))
          .ofThose(ORIGINAL_RESULT_AVAILABLE_BASE);

  /** 4.2 denominator: the cohort. */
  public static final Counter DOSSIERS_DIGITIZED_BASE =
      Counter.dossiers("dossiers_digitized_base", "dossiers received (SO_HOA_GIAY_TO_GIAI_QUYET denominator)", COHORT);

  /**
   * 4.2 numerator: of those, with digitised components ({@code HoSoCoThanhPhanSoHoa} 1) and, when
   * processed or returned (status 9 or 10), an electronic result.
   */
  public static final Counter DOSSIERS_DIGITIZED =
      Counter.dossiers(
              "dossiers_digitized",
              "dossiers digitised, with an electronic result once settled (SO_HOA_GIAY_TO_GIAI_QUYET numerator)",
              Where.builder()
                  .from(COHORT.and(Fact.DIGITISED, "true"))
                  .any(
                      Where.builder().fact(Fact.NATIONAL_STATUS, "none", "2", "4", "5", "6", "7", "8").build(),
                      Where.builder().flag(Fact.ELECTRONIC_RESULT, true).build())
                  .build())
          .ofThose(DOSSIERS_DIGITIZED_BASE);

  /** 4.3 denominator: the cohort. */
  public static final Counter REUSED_DIGITIZED_DATA_BASE =
      Counter.dossiers("reused_digitized_data_base", "dossiers received (REUSED_DIGITIZED_DATA denominator)", COHORT);

  /** 4.3 numerator: of those, reusing digitised data ({@code HoSoCoThanhPhanSoHoa} 1). */
  public static final Counter REUSED_DIGITIZED_DATA =
      Counter.dossiers("reused_digitized_data", "dossiers reusing digitised data, HoSoCoThanhPhanSoHoa 1 (REUSED_DIGITIZED_DATA numerator)",
              COHORT.and(Fact.DIGITISED, "true"))
          .ofThose(REUSED_DIGITIZED_DATA_BASE);

  /** 4.4 denominator: the cohort. */
  public static final Counter PERSONAL_STORAGE_BASE =
      Counter.dossiers("personal_storage_base", "dossiers received (SYNCED_WITH_DVCQG_PERSONAL_STORAGE denominator)", COHORT);

  /** 4.4 numerator: of those, with a component from the personal data store. */
  public static final Counter PERSONAL_STORAGE =
      Counter.dossiers("personal_storage", "dossiers with a component from the personal data store, DuocLayTuKhoDMQG 1 (SYNCED_WITH_DVCQG_PERSONAL_STORAGE numerator)",
              COHORT.and(Fact.PERSONAL_STORE, "true"))
          .ofThose(PERSONAL_STORAGE_BASE);

  private static final Where CITIZEN_DATA =
      Where.builder()
          .from(COHORT)
          .any(
              Where.builder().flag(Fact.VNEID_ACCOUNT, true).build(),
              Where.builder().flag(Fact.PERSONAL_STORE, true).build(),
              Where.builder().flag(Fact.NATIONAL_DATABASE, true).build())
          .build();

  /**
   * 4.5a denominator: procedures the unit handles — offered by it in the catalogue, or with a
   * dossier in the cohort (the catalogue does not say which procedures serve citizens).
   */
  public static final Counter CITIZEN_DATA_PROCEDURES_BASE =
      Counter.builder()
          .id("citizen_data_procedures_base")
          .description("procedures of the unit (CITIZEN_DATA_CONNECTED_FORMALITY denominator)")
          .kind(Counter.Kind.PROCEDURES)
          .where(COHORT)
          .offered(Where.all())
          .build();

  /** 4.5a numerator: of those, with a dossier using citizen data. */
  public static final Counter CITIZEN_DATA_PROCEDURES =
      Counter.builder()
          .id("citizen_data_procedures")
          .description("procedures with a dossier using citizen data (CITIZEN_DATA_CONNECTED_FORMALITY numerator)")
          .kind(Counter.Kind.PROCEDURES)
          .where(CITIZEN_DATA)
          .whole(CITIZEN_DATA_PROCEDURES_BASE)
          .build();

  /** 4.5b denominator: the cohort. */
  public static final Counter CITIZEN_DATA_DOSSIERS_BASE =
      Counter.dossiers("citizen_data_dossiers_base", "dossiers received (CITIZEN_DATA_CONNECTED_DOSSIER denominator)", COHORT);

  /** 4.5b numerator: of those, the applicant's account authenticated with VNeID. */
  public static final Counter CITIZEN_DATA_DOSSIERS =
      Counter.dossiers("citizen_data_dossiers", "dossiers whose applicant's account is authenticated with VNeID, TaiKhoanDuocXacThucVoiVNeID 1 (CITIZEN_DATA_CONNECTED_DOSSIER numerator)",
              COHORT.and(Fact.VNEID_ACCOUNT, "true"))
          .ofThose(CITIZEN_DATA_DOSSIERS_BASE);

  /** 4.6 denominator, reported only (the portal prints none): communes. */
  public static final Counter ELECTRONIC_CERTIFIED_COPY_BASE =
      Counter.reported("electronic_certified_copy_base", "communes (ELECTRONIC_CERTIFIED_COPY denominator; the portal prints none)");

  /** 4.6 numerator, reported only: communes offering electronic certified copies. */
  public static final Counter ELECTRONIC_CERTIFIED_COPY =
      Counter.reported("electronic_certified_copy", "communes offering electronic certified copies (ELECTRONIC_CERTIFIED_COPY numerator)")
          .ofThose(ELECTRONIC_CERTIFIED_COPY_BASE);

  // ---------------------------------------------------------------- group 5

  /** 5.1 denominator: petitions classified or to classify. */
  public static final Counter PETITIONS_CLASSIFIED_BASE =
      Counter.reported("petitions_classified_base", "petitions (PETITION_CLASSIFICATION denominator)");

  /** 5.1a: of those, about procedures and regulations. */
  public static final Counter PETITIONS_CLASSIFIED_PROCEDURE =
      Counter.reported("petitions_classified_procedure", "petitions about procedures and regulations (PETITION_CLASSIFICATION_TTHC)")
          .ofThose(PETITIONS_CLASSIFIED_BASE);

  /** 5.1b: of those, about staff. */
  public static final Counter PETITIONS_CLASSIFIED_STAFF =
      Counter.reported("petitions_classified_staff", "petitions about staff (PETITION_CLASSIFICATION_STAFF)")
          .ofThose(PETITIONS_CLASSIFIED_BASE);

  /** 5.2 denominator: petitions received or handled in the period. */
  public static final Counter PETITIONS_ON_TIME_BASE =
      Counter.reported("petitions_on_time_base", "petitions received or handled in the period (PETITION_PROCESSING_ON_TIME denominator)");

  /** 5.2 numerator: of those, handled on time or within their time at the period's end. */
  public static final Counter PETITIONS_ON_TIME =
      Counter.reported("petitions_on_time", "petitions handled on time or still within their time (PETITION_PROCESSING_ON_TIME numerator)")
          .ofThose(PETITIONS_ON_TIME_BASE);

  /** 5.3 denominator: petitions first received in the period. */
  public static final Counter PETITIONS_SATISFIED_BASE =
      Counter.reported("petitions_satisfied_base", "petitions first received in the period (PETITION_HANDLING_SATISFACTION denominator)");

  /** 5.3 numerator: of those, handled to the applicant's satisfaction. */
  public static final Counter PETITIONS_SATISFIED =
      Counter.reported("petitions_satisfied", "petitions handled to satisfaction (PETITION_HANDLING_SATISFACTION numerator)")
          .ofThose(PETITIONS_SATISFIED_BASE);

  /** 5.4 denominator: the cohort. */
  public static final Counter DOSSIERS_SATISFIED_BASE =
      Counter.dossiers("dossiers_satisfied_base", "dossiers received (DOSSIER_RECEIVING_SATISFACTION denominator)", COHORT);

  /** 5.4 numerator: of those, on time by 2.1 and not rated dissatisfied. */
  public static final Counter DOSSIERS_SATISFIED =
      Counter.dossiers("dossiers_satisfied", "dossiers on time and not rated dissatisfied (DOSSIER_RECEIVING_SATISFACTION numerator)",
              ON_TIME.and(Fact.RATING, "none", "satisfied"))
          .ofThose(DOSSIERS_SATISFIED_BASE);

  /**
   * Reported figures that count procedures, which do not add up over units: a pooled unit takes
   * them from its own row ({@link Qd766#poolable}). Distinct-procedure counters computed from
   * dossiers pool by union of their procedure codes.
   */
  static final Set<Counter> NOT_ADDITIVE =
      Set.of(
          PUBLISH_ON_TIME, PUBLISH_ON_TIME_BASE, PUBLIC_UPDATE_ON_TIME, PUBLIC_UPDATE_ON_TIME_BASE,
          PUBLIC_CONTENT_FULL, PUBLIC_CONTENT_FULL_BASE, PROCEDURES_ONLINE, PROCEDURES_IN_AUTHORITY);

  /** Every counter of the index, as the aggregate CSV's columns, in the order of the spec's table. */
  public static List<Counter> all() {
    return List.of(
        PUBLISH_ON_TIME, PUBLISH_ON_TIME_BASE, PUBLIC_UPDATE_ON_TIME, PUBLIC_UPDATE_ON_TIME_BASE,
        PUBLIC_CONTENT_FULL, PUBLIC_CONTENT_FULL_BASE, DOSSIERS_SYNCED, DOSSIERS_SYNCED_BASE,
        PROGRESS_ON_TIME, PROGRESS_RECEIVED, PROCEDURES_ONLINE, PROCEDURES_IN_AUTHORITY,
        ONLINE_SERVICES_WITH_DOSSIERS, ONLINE_SERVICES, CHANNEL_ONLINE, CHANNEL_TOTAL,
        FEE_PROCEDURES_INTEGRATED, FEE_PROCEDURES, FEE_PROCEDURES_PAID_ONLINE,
        FEE_PROCEDURES_WITH_DOSSIERS, DOSSIERS_PAID_ONLINE, DOSSIERS_FINANCIAL_OBLIGATION,
        ORIGINAL_RESULT_AVAILABLE, ORIGINAL_RESULT_AVAILABLE_BASE, DOSSIERS_DIGITIZED,
        DOSSIERS_DIGITIZED_BASE, REUSED_DIGITIZED_DATA, REUSED_DIGITIZED_DATA_BASE, PERSONAL_STORAGE,
        PERSONAL_STORAGE_BASE, CITIZEN_DATA_PROCEDURES, CITIZEN_DATA_PROCEDURES_BASE,
        CITIZEN_DATA_DOSSIERS, CITIZEN_DATA_DOSSIERS_BASE, ELECTRONIC_CERTIFIED_COPY,
        ELECTRONIC_CERTIFIED_COPY_BASE, PETITIONS_CLASSIFIED_PROCEDURE, PETITIONS_CLASSIFIED_STAFF,
        PETITIONS_CLASSIFIED_BASE, PETITIONS_ON_TIME, PETITIONS_ON_TIME_BASE, PETITIONS_SATISFIED,
        PETITIONS_SATISFIED_BASE, DOSSIERS_SATISFIED, DOSSIERS_SATISFIED_BASE);
  }
}
