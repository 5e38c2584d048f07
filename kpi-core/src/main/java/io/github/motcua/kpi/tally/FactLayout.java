package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Fact;

/**
 * Where each {@link Fact} of a dossier sits when counting: in the <em>period index</em> (computed
 * per dossier as of the evaluation), in the batch's <em>attribute column</em> (one int per dossier,
 * read in three chunks), in the dossier's procedure, or in its agency.
 *
 * <pre>
 * period index (10 bits): received 0-1, finished 2-3, returned 4-5 ({@link
 *     io.github.motcua.kpi.model.When} ordinal), status 6-9 (DossierStatus ordinal)
 * attribute column: chunk 1 (bits 0-8): channel 0-1, channel stated 2, level 3-4 (level − 2),
 *     national status 5-8; chunk 2 (bits 9-18): fee 9, payment 10-11, digitised 12, apology 13,
 *     result by post 14, due date 15, due derived 16, electronic result 17, component digitised 18;
 *     chunk 3 (bits 19-27): personal store 19, national database 20, VNeID account 21, synced 22,
 *     settled elsewhere 23, rating 24-25, supplements 26-27; bit 28 (not a fact): a supplement
 *     request is pending
 * procedure: field, procedure code, on the national portal, approved list, paper result
 * agency: tier
 * </pre>
 */
final class FactLayout {
  private FactLayout() {}

  /** Where a fact is read from. */
  enum Source {
    PERIOD,
    CHUNK_1,
    CHUNK_2,
    CHUNK_3,
    PROCEDURE,
    AGENCY
  }

  static final int PERIOD_BITS = 10;
  static final int P_RECEIVED = 0;
  static final int P_FINISHED = 2;
  static final int P_RETURNED = 4;
  static final int P_STATUS = 6;

  static final int A_CHANNEL = 0;
  static final int A_CHANNEL_STATED = 2;
  static final int A_LEVEL = 3;
  static final int A_NATIONAL_STATUS = 5;
  static final int A_FEE = 9;
  static final int A_PAYMENT = 10;
  static final int A_DIGITISED = 12;
  static final int A_APOLOGY = 13;
  static final int A_RESULT_BY_POST = 14;
  static final int A_DUE_DATE = 15;
  static final int A_DUE_DERIVED = 16;
  static final int A_ELECTRONIC_RESULT = 17;
  static final int A_COMPONENT_DIGITISED = 18;
  static final int A_PERSONAL_STORE = 19;
  static final int A_NATIONAL_DATABASE = 20;
  static final int A_VNEID_ACCOUNT = 21;
  static final int A_SYNCED = 22;
  static final int A_SETTLED_ELSEWHERE = 23;
  static final int A_RATING = 24;
  static final int A_SUPPLEMENTS = 26;
  /** Not a fact: a supplement request is pending (the wait column then holds its instant). */
  static final int A_SUPPLEMENT_PENDING = 28;

  /** First bit and width of the three attribute chunks. */
  static final int CHUNK_2_START = 9;
  static final int CHUNK_3_START = 19;
  static final int CHUNK_1_BITS = 9;
  static final int CHUNK_2_BITS = 10;
  static final int CHUNK_3_BITS = 9;

  /** Where {@code fact} is read from. */
  static Source source(Fact fact) {
    switch (fact) {
      case RECEIVED:
      case FINISHED:
      case RETURNED:
      case STATUS:
        return Source.PERIOD;
      case CHANNEL:
      case CHANNEL_STATED:
      case LEVEL:
      case NATIONAL_STATUS:
        return Source.CHUNK_1;
      case FEE:
      case PAYMENT:
      case PAID_ONLINE:
      case DIGITISED:
      case APOLOGY:
      case RESULT_BY_POST:
      case DUE_DATE:
      case DUE_DERIVED:
      case ELECTRONIC_RESULT:
      case COMPONENT_DIGITISED:
        return Source.CHUNK_2;
      case PERSONAL_STORE:
      case NATIONAL_DATABASE:
      case VNEID_ACCOUNT:
      case SYNCED:
      case SETTLED_ELSEWHERE:
      case RATING:
      case SUPPLEMENTS:
        return Source.CHUNK_3;
      case TIER:
        return Source.AGENCY;
      default:
        return Source.PROCEDURE;
    }
  }

  /**
   * The code of {@code fact} (its value's position in its domain, {@link FactValues#domain}) in
   * {@code value}: the period index for a period fact, the attribute column for an attribute fact.
   */
  static int code(Fact fact, int value) {
    switch (fact) {
      case RECEIVED:
        return (value >>> P_RECEIVED) & 3;
      case FINISHED:
        return (value >>> P_FINISHED) & 3;
      case RETURNED:
        return (value >>> P_RETURNED) & 3;
      case STATUS:
        return (value >>> P_STATUS) & 15;
      case CHANNEL:
        return (value >>> A_CHANNEL) & 3;
      case CHANNEL_STATED:
        return (value >>> A_CHANNEL_STATED) & 1;
      case LEVEL:
        return (value >>> A_LEVEL) & 3;
      case NATIONAL_STATUS:
        return (value >>> A_NATIONAL_STATUS) & 15;
      case FEE:
        return (value >>> A_FEE) & 1;
      case PAYMENT:
        return (value >>> A_PAYMENT) & 3;
      case PAID_ONLINE:
        return ((value >>> A_PAYMENT) & 3) == 0 ? 0 : 1;
      case DIGITISED:
        return (value >>> A_DIGITISED) & 1;
      case APOLOGY:
        return (value >>> A_APOLOGY) & 1;
      case RESULT_BY_POST:
        return (value >>> A_RESULT_BY_POST) & 1;
      case DUE_DATE:
        return (value >>> A_DUE_DATE) & 1;
      case DUE_DERIVED:
        return (value >>> A_DUE_DERIVED) & 1;
      case ELECTRONIC_RESULT:
        return (value >>> A_ELECTRONIC_RESULT) & 1;
      case COMPONENT_DIGITISED:
        return (value >>> A_COMPONENT_DIGITISED) & 1;
      case PERSONAL_STORE:
        return (value >>> A_PERSONAL_STORE) & 1;
      case NATIONAL_DATABASE:
        return (value >>> A_NATIONAL_DATABASE) & 1;
      case VNEID_ACCOUNT:
        return (value >>> A_VNEID_ACCOUNT) & 1;
      case SYNCED:
        return (value >>> A_SYNCED) & 1;
      case SETTLED_ELSEWHERE:
        return (value >>> A_SETTLED_ELSEWHERE) & 1;
      case RATING:
        return (value >>> A_RATING) & 3;
      case SUPPLEMENTS:
        return (value >>> A_SUPPLEMENTS) & 3;
      default:
        throw new IllegalArgumentException(fact + " is not read from a dossier's columns");
    }
  }
}
