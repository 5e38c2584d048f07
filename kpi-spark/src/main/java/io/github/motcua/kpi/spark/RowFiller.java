package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.tally.DossierColumns;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Fills the core's {@link DossierColumns.Row} from a Spark row of dossier-row columns (see {@link
 * DossierRows}), as {@code DossierColumns.Builder.add(Dossier)} fills it from a dossier. The
 * builder's checks then apply to it as to any row.
 */
final class RowFiller implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int agency;
  private final int settling;
  private final int procedure;
  private final int level;
  private final int channel;
  private final int channelStated;
  private final int received;
  private final int due;
  private final int dueDerived;
  private final int finished;
  private final int returned;
  private final int nationalStatus;
  private final int resultByPost;
  private final int fee;
  private final int payment;
  private final int digitised;
  private final int apology;
  private final int electronicResult;
  private final int componentDigitised;
  private final int personalStore;
  private final int nationalDatabase;
  private final int vneidAccount;
  private final int synced;
  private final int rating;
  private final int supplements;
  private final int supplementWait;
  private final int supplementPending;

  /** A filler of rows holding {@code columns}, in that order. */
  RowFiller(List<String> columns) {
    agency = columns.indexOf(DossierRows.AGENCY);
    settling = columns.indexOf(DossierRows.SETTLING_AGENCY);
    procedure = columns.indexOf(DossierRows.PROCEDURE);
    level = columns.indexOf(DossierRows.LEVEL);
    channel = columns.indexOf(DossierRows.CHANNEL);
    channelStated = columns.indexOf(DossierRows.CHANNEL_STATED);
    received = columns.indexOf(DossierRows.RECEIVED);
    due = columns.indexOf(DossierRows.DUE);
    dueDerived = columns.indexOf(DossierRows.DUE_DERIVED);
    finished = columns.indexOf(DossierRows.FINISHED);
    returned = columns.indexOf(DossierRows.RETURNED);
    nationalStatus = columns.indexOf(DossierRows.NATIONAL_STATUS);
    resultByPost = columns.indexOf(DossierRows.RESULT_BY_POST);
    fee = columns.indexOf(DossierRows.FEE);
    payment = columns.indexOf(DossierRows.PAYMENT);
    digitised = columns.indexOf(DossierRows.DIGITISED);
    apology = columns.indexOf(DossierRows.APOLOGY);
    electronicResult = columns.indexOf(DossierRows.ELECTRONIC_RESULT);
    componentDigitised = columns.indexOf(DossierRows.COMPONENT_DIGITISED);
    personalStore = columns.indexOf(DossierRows.PERSONAL_STORE);
    nationalDatabase = columns.indexOf(DossierRows.NATIONAL_DATABASE);
    vneidAccount = columns.indexOf(DossierRows.VNEID_ACCOUNT);
    synced = columns.indexOf(DossierRows.SYNCED);
    rating = columns.indexOf(DossierRows.RATING);
    supplements = columns.indexOf(DossierRows.SUPPLEMENTS);
    supplementWait = columns.indexOf(DossierRows.SUPPLEMENT_WAIT);
    supplementPending = columns.indexOf(DossierRows.SUPPLEMENT_PENDING);
  }

  /**
   * Adds the dossier of {@code in} to {@code b}.
   *
   * @throws IllegalArgumentException naming the row's agency, procedure and received time if a
   *     value is missing or invalid (an unknown procedure, a time before the received time …)
   */
  void add(DossierColumns.Builder b, Row in) {
    String agencyCode = in.isNullAt(agency) ? null : in.getString(agency);
    try {
      DossierColumns.Row r = b.row();
      r.agency(b.agency(required(agencyCode, DossierRows.AGENCY)))
          .procedure(b.procedure(required(text(in, procedure), DossierRows.PROCEDURE)))
          .level(ServiceLevel.of(in.getInt(required(in, level, DossierRows.LEVEL))))
          .channel(
              Channel.valueOf(required(text(in, channel), DossierRows.CHANNEL)),
              channelStated < 0 || in.isNullAt(channelStated) || in.getBoolean(channelStated))
          .receivedAt(seconds(required(DossierRows.time(in, received), DossierRows.RECEIVED)))
          .dueAt(seconds(DossierRows.time(in, due)), flag(in, dueDerived))
          .finishedAt(seconds(DossierRows.time(in, finished)))
          .returnedAt(seconds(DossierRows.time(in, returned)))
          .nationalStatus(nationalStatus < 0 || in.isNullAt(nationalStatus) ? 0 : in.getInt(nationalStatus))
          .resultByPost(flag(in, resultByPost))
          .fee(flag(in, fee), payment < 0 || in.isNullAt(payment) ? Payment.NONE : Payment.valueOf(in.getString(payment)))
          .digitised(flag(in, digitised))
          .apology(flag(in, apology))
          .electronicResult(flag(in, electronicResult))
          .components(flag(in, componentDigitised), flag(in, personalStore), flag(in, nationalDatabase))
          .vneidAccount(flag(in, vneidAccount))
          .synced(flag(in, synced))
          .rating(rating < 0 || in.isNullAt(rating) ? null : Rating.valueOf(in.getString(rating)));
      String settledBy = text(in, settling);
      if (settledBy != null) {
        r.settlingAgency(b.agency(settledBy));
      }
      if (supplements >= 0 && !in.isNullAt(supplements)) {
        r.supplements(
            in.getInt(supplements),
            supplementWait < 0 || in.isNullAt(supplementWait) ? 0 : in.getLong(supplementWait),
            seconds(DossierRows.time(in, supplementPending)));
      }
      b.add(r);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "dossier row (agency "
              + agencyCode
              + ", procedure "
              + text(in, procedure)
              + ", received "
              + DossierRows.time(in, received)
              + "): "
              + e.getMessage(),
          e);
    }
  }

  private static String text(Row in, int i) {
    return i < 0 || in.isNullAt(i) ? null : in.getString(i);
  }

  private static boolean flag(Row in, int i) {
    return i >= 0 && !in.isNullAt(i) && in.getBoolean(i);
  }

  private static <T> T required(T value, String column) {
    if (value == null) {
      throw new IllegalArgumentException(column + " is missing");
    }
    return value;
  }

  private static int required(Row in, int i, String column) {
    if (in.isNullAt(i)) {
      throw new IllegalArgumentException(column + " is missing");
    }
    return i;
  }

  private static long seconds(LocalDateTime t) {
    return t == null ? DossierColumns.NO_TIME : DossierColumns.seconds(t);
  }
}
