package io.github.motcua.kpi.tally;

import static io.github.motcua.kpi.tally.Counter.*;

import java.util.List;

/**
 * How one dossier adds to its agency's counters, on primitive values (epoch days and flag bits)
 * so that the object path and a columnar path share one definition.
 *
 * <p>With a period {@code [start, end]} and an effective end {@code e = min(end, asOf)}:
 *
 * <ul>
 *   <li>received in the period: {@code received_*}, {@code level3_*}/{@code level4_*} (by the level
 *       the dossier was received under), {@code fee_*}, {@code digitised}, and the procedure is
 *       handled; online at a level-3/4 procedure marks it "with online dossiers"; received by post
 *       or result returned by post marks it "postal used";
 *   <li>finished in the period: {@code finished_total}; on or before the due date (or no due date)
 *       {@code finished_on_time}, else late, which is {@code overdue_total} (and {@code
 *       overdue_apologised} when an apology was issued);
 *   <li>returned in the period: {@code returned_total}, {@code returned_postal} by post;
 *   <li>received by {@code e} and not finished by {@code e}: in progress; overdue when its due date
 *       is before {@code e} (counted in {@code overdue_total} as "đang xử lý quá hạn").
 * </ul>
 *
 * <p><b>Reading:</b> a dossier not accepted or withdrawn (national status 3 or 7) counts only as
 * {@code not_accepted}, never as received, finished or late. A dossier touching the period in none
 * of these ways counts as {@code out_of_period}, so every dossier read is accounted for.
 */
final class DossierCounting {
  /** No date (an unfinished dossier's finished day, a missing due day). */
  static final int NONE = Integer.MIN_VALUE;

  static final int RESULT_BY_POST = 1;
  static final int FEE = 1 << 1;
  static final int PAID_ONLINE = 1 << 2;
  static final int DIGITISED_FLAG = 1 << 3;
  static final int APOLOGY = 1 << 4;
  static final int NOT_ACCEPTED_FLAG = 1 << 5;

  /** Channel codes: the enum ordinals of {@link io.github.motcua.kpi.model.Channel}. */
  static final int ONLINE_CHANNEL = 1;

  static final int POSTAL_CHANNEL = 2;

  /** The counters a dossier tally reports (all zero when no dossier was read). */
  static final List<Counter> DOSSIER_COUNTERS =
      List.of(
          LEVEL3_ONLINE, LEVEL3_TOTAL, LEVEL4_ONLINE, LEVEL4_TOTAL, RECEIVED_TOTAL,
          RECEIVED_POSTAL, RETURNED_TOTAL, RETURNED_POSTAL, FINISHED_TOTAL, FINISHED_ON_TIME,
          OVERDUE_TOTAL, OVERDUE_APOLOGISED, FEE_TOTAL, FEE_PAID_ONLINE, Counter.DIGITISED,
          DOSSIERS_READ, OUT_OF_PERIOD, Counter.NOT_ACCEPTED, NO_DUE_DATE, FINISHED_EARLY,
          FINISHED_LATE, IN_PROGRESS, DUE_WITHIN_24H, IN_PROGRESS_OVERDUE);

  private static final int I_L3_ONLINE = LEVEL3_ONLINE.ordinal();
  private static final int I_L3_TOTAL = LEVEL3_TOTAL.ordinal();
  private static final int I_L4_ONLINE = LEVEL4_ONLINE.ordinal();
  private static final int I_L4_TOTAL = LEVEL4_TOTAL.ordinal();
  private static final int I_RECEIVED = RECEIVED_TOTAL.ordinal();
  private static final int I_RECEIVED_POSTAL = RECEIVED_POSTAL.ordinal();
  private static final int I_RETURNED = RETURNED_TOTAL.ordinal();
  private static final int I_RETURNED_POSTAL = RETURNED_POSTAL.ordinal();
  private static final int I_FINISHED = FINISHED_TOTAL.ordinal();
  private static final int I_ON_TIME = FINISHED_ON_TIME.ordinal();
  private static final int I_OVERDUE = OVERDUE_TOTAL.ordinal();
  private static final int I_APOLOGISED = OVERDUE_APOLOGISED.ordinal();
  private static final int I_FEE = FEE_TOTAL.ordinal();
  private static final int I_PAID = FEE_PAID_ONLINE.ordinal();
  private static final int I_DIGITISED = Counter.DIGITISED.ordinal();
  private static final int I_READ = DOSSIERS_READ.ordinal();
  private static final int I_OUT = OUT_OF_PERIOD.ordinal();
  private static final int I_NOT_ACCEPTED = Counter.NOT_ACCEPTED.ordinal();
  private static final int I_NO_DUE = NO_DUE_DATE.ordinal();
  private static final int I_EARLY = FINISHED_EARLY.ordinal();
  private static final int I_LATE = FINISHED_LATE.ordinal();
  private static final int I_IN_PROGRESS = IN_PROGRESS.ordinal();
  private static final int I_DUE_24H = DUE_WITHIN_24H.ordinal();
  private static final int I_OPEN_OVERDUE = IN_PROGRESS_OVERDUE.ordinal();

  private final int start;
  private final int end;
  private final int effectiveEnd;

  /** Counting for the period {@code [start, end]} as of {@code asOf}, all in epoch days. */
  DossierCounting(int start, int end, int asOf) {
    this.start = start;
    this.end = end;
    this.effectiveEnd = Math.min(end, asOf);
  }

  /**
   * Adds one dossier to {@code acc}.
   *
   * @param procedure the procedure's catalogue position
   * @param procedureOnline whether the procedure is offered at level 3 or 4
   * @param field the procedure's field position
   * @param level the level the dossier was received under (2, 3 or 4)
   * @param channel the channel ordinal (0 direct, 1 online, 2 postal)
   * @param received received day
   * @param due due day, or {@link #NONE}
   * @param finished finished day, or {@link #NONE}
   * @param returned returned day, or {@link #NONE}
   * @param flags the flag bits of this class
   */
  void count(
      AgencyAccumulator acc,
      int procedure,
      boolean procedureOnline,
      int field,
      int level,
      int channel,
      int received,
      int due,
      int finished,
      int returned,
      int flags) {
    long[] c = acc.counts;
    c[I_READ]++;
    boolean receivedIn = received >= start && received <= end;
    if ((flags & NOT_ACCEPTED_FLAG) != 0) {
      c[receivedIn ? I_NOT_ACCEPTED : I_OUT]++;
      return;
    }
    boolean touched = false;
    if (receivedIn) {
      touched = true;
      c[I_RECEIVED]++;
      boolean online = channel == ONLINE_CHANNEL;
      if (channel == POSTAL_CHANNEL) {
        c[I_RECEIVED_POSTAL]++;
      }
      if (level == 3) {
        c[I_L3_TOTAL]++;
        if (online) {
          c[I_L3_ONLINE]++;
        }
      } else if (level == 4) {
        c[I_L4_TOTAL]++;
        if (online) {
          c[I_L4_ONLINE]++;
        }
      }
      if ((flags & FEE) != 0) {
        c[I_FEE]++;
        if ((flags & PAID_ONLINE) != 0) {
          c[I_PAID]++;
        }
      }
      if ((flags & DIGITISED_FLAG) != 0) {
        c[I_DIGITISED]++;
      }
      if (due == NONE) {
        c[I_NO_DUE]++;
      }
      if (online && procedureOnline) {
        acc.withOnline.set(procedure);
      }
      if (channel == POSTAL_CHANNEL || (flags & RESULT_BY_POST) != 0) {
        acc.postalUsed.set(procedure);
      }
    }
    if (finished != NONE && finished >= start && finished <= end) {
      touched = true;
      c[I_FINISHED]++;
      if (due == NONE || finished <= due) {
        c[I_ON_TIME]++;
        if (due != NONE && finished < due) {
          c[I_EARLY]++;
        }
      } else {
        c[I_LATE]++;
        overdue(acc, c, field, flags);
      }
    }
    if (returned != NONE && returned >= start && returned <= end) {
      touched = true;
      c[I_RETURNED]++;
      if ((flags & RESULT_BY_POST) != 0) {
        c[I_RETURNED_POSTAL]++;
        acc.postalUsed.set(procedure);
      }
    }
    if (received <= effectiveEnd && (finished == NONE || finished > effectiveEnd)) {
      touched = true;
      if (due != NONE && due < effectiveEnd) {
        c[I_OPEN_OVERDUE]++;
        overdue(acc, c, field, flags);
      } else {
        c[I_IN_PROGRESS]++;
        if (due != NONE && due <= effectiveEnd + 1) {
          c[I_DUE_24H]++;
        }
      }
    }
    if (touched) {
      acc.handled.set(procedure);
    } else {
      c[I_OUT]++;
    }
  }

  private static void overdue(AgencyAccumulator acc, long[] c, int field, int flags) {
    c[I_OVERDUE]++;
    acc.overdueByField[field]++;
    if ((flags & APOLOGY) != 0) {
      c[I_APOLOGISED]++;
    }
  }
}
