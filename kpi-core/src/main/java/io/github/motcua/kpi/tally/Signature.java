package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.model.Fact;

/**
 * The layout of a dossier's signature: every fact a counter may test, packed in one {@code long},
 * as of one evaluation (period, date, deadline reading). Dossiers with the same signature count
 * alike under every counter, so counting a batch is counting how many dossiers share each
 * signature, and every counter is a sum over the signatures that meet it.
 *
 * <pre>
 * bits  0-1  received  (When: 0 before, 1 in period, 2 after, 3 none)
 * bits  2-3  finished  (When)
 * bits  4-5  returned  (When)
 * bits  6-9  status    (DossierStatus ordinal)
 * bits 10-37 the dossier's own facts, copied from the batch's attribute column (A_* below)
 * bits 38-40 catalogue flags: on the national portal, approved list, paper result
 * bits 44-63 key: the field's position or the procedure's rank, when a counter tests them
 * </pre>
 */
final class Signature {
  private Signature() {}

  static final int RECEIVED = 0;
  static final int FINISHED = 2;
  static final int RETURNED = 4;
  static final int STATUS = 6;
  /** Where the attribute column's signature bits start. */
  static final int ATTRIBUTES = 10;
  static final int CATALOGUE = 38;
  static final int KEY = 44;
  static final int KEY_BITS = 20;

  // Positions in the attribute column (an int per dossier).
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
  /** The attribute bits that go into the signature. */
  static final int A_SIGNATURE_MASK = (1 << 28) - 1;
  /** Not in the signature: a supplement request is pending (the wait column holds its instant). */
  static final int A_SUPPLEMENT_PENDING = 28;

  /** Where {@code fact} sits in a signature (bit position), or -1 for a fact that is not there. */
  static int shift(Fact fact) {
    switch (fact) {
      case RECEIVED:
        return RECEIVED;
      case FINISHED:
        return FINISHED;
      case RETURNED:
        return RETURNED;
      case STATUS:
        return STATUS;
      case CHANNEL:
        return ATTRIBUTES + A_CHANNEL;
      case CHANNEL_STATED:
        return ATTRIBUTES + A_CHANNEL_STATED;
      case LEVEL:
        return ATTRIBUTES + A_LEVEL;
      case NATIONAL_STATUS:
        return ATTRIBUTES + A_NATIONAL_STATUS;
      case FEE:
        return ATTRIBUTES + A_FEE;
      case PAYMENT:
      case PAID_ONLINE:
        return ATTRIBUTES + A_PAYMENT;
      case DIGITISED:
        return ATTRIBUTES + A_DIGITISED;
      case APOLOGY:
        return ATTRIBUTES + A_APOLOGY;
      case RESULT_BY_POST:
        return ATTRIBUTES + A_RESULT_BY_POST;
      case DUE_DATE:
        return ATTRIBUTES + A_DUE_DATE;
      case DUE_DERIVED:
        return ATTRIBUTES + A_DUE_DERIVED;
      case ELECTRONIC_RESULT:
        return ATTRIBUTES + A_ELECTRONIC_RESULT;
      case COMPONENT_DIGITISED:
        return ATTRIBUTES + A_COMPONENT_DIGITISED;
      case PERSONAL_STORE:
        return ATTRIBUTES + A_PERSONAL_STORE;
      case NATIONAL_DATABASE:
        return ATTRIBUTES + A_NATIONAL_DATABASE;
      case VNEID_ACCOUNT:
        return ATTRIBUTES + A_VNEID_ACCOUNT;
      case SYNCED:
        return ATTRIBUTES + A_SYNCED;
      case SETTLED_ELSEWHERE:
        return ATTRIBUTES + A_SETTLED_ELSEWHERE;
      case RATING:
        return ATTRIBUTES + A_RATING;
      case SUPPLEMENTS:
        return ATTRIBUTES + A_SUPPLEMENTS;
      case NATIONAL_PORTAL:
        return CATALOGUE;
      case APPROVED_LIST:
        return CATALOGUE + 1;
      case PAPER_RESULT:
        return CATALOGUE + 2;
      case FIELD:
      case PROCEDURE:
        return KEY;
      case TIER:
      default:
        return -1;
    }
  }

  /** How many bits {@code fact} takes in a signature. */
  static int width(Fact fact) {
    switch (fact.domain()) {
      case BOOLEAN:
        return fact == Fact.PAID_ONLINE ? 2 : 1;
      case STATUS:
      case NATIONAL_STATUS:
        return 4;
      case TEXT:
        return KEY_BITS;
      default:
        return 2;
    }
  }

  /** The signature bits of {@code fact}. */
  static long mask(Fact fact) {
    int shift = shift(fact);
    return shift < 0 ? 0 : ((1L << width(fact)) - 1) << shift;
  }
}
