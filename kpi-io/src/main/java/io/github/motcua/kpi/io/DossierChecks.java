package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dossier record must satisfy beyond each field on its own, whatever its format — as the
 * core's {@link io.github.motcua.kpi.model.Dossier} checks it, but named by field: the received time
 * (or, missing, the submitted one it falls back to) is given; the due, finished and returned times,
 * the end of processing a status history gives, and the supplement requests do not precede it; the
 * result is not returned before processing finished; a supplement is not supplied before it was
 * requested; a dossier paid online carries a fee; the receiving agency exists on the day the dossier
 * was received (an agency that changes: {@link io.github.motcua.kpi.model.Agency#isValidOn}). Then
 * a dossier without a due date is given the
 * one its procedure's processing time sets, where a {@link DueDateDerivation} is given.
 */
final class DossierChecks {
  /** How a record's time fields read as text, for messages. */
  interface TimeText {
    String text(DossierField field, long seconds);
  }

  private final boolean portal;
  private final DueDateDerivation derivation;
  private final AgencyDirectory agencies;

  DossierChecks(boolean portal, DueDateDerivation derivation, AgencyDirectory agencies) {
    this.portal = portal;
    this.derivation = derivation;
    this.agencies = agencies;
  }

  private String name(DossierField field) {
    return field.name(portal);
  }

  /**
   * Checks {@code f} (whose own fields were read, bad ones reported), adding problems; derives its
   * due date if it has none. {@code offered} is its procedure as its agency offers it, or null if
   * either is unknown.
   */
  void check(DossierFacts f, Procedure offered, boolean badReceived, RecordProblems problems, TimeText text) {
    DossierField receivedField = DossierField.RECEIVED;
    if (f.received == LocalTimes.NONE && f.submitted != LocalTimes.NONE && !badReceived) {
      f.received = f.submitted;
      receivedField = DossierField.SUBMITTED;
    }
    if (f.received == LocalTimes.NONE) {
      if (!badReceived) {
        problems.add(name(DossierField.RECEIVED),
            portal ? "is missing (and there is no NgayNopHoSo to fall back on)" : "is missing", null);
      }
    } else {
      long r = f.received;
      long day = Math.floorDiv(r, 86_400L);
      if (f.agency >= 0 && !agencies.existsOn(f.agency, day)) {
        io.github.motcua.kpi.model.Agency a = agencies.get(f.agency);
        problems.add(name(DossierField.AGENCY),
            "the agency " + a.code() + " did not exist on the day the dossier was received (" + name(receivedField) + " "
                + java.time.LocalDate.ofEpochDay(day) + "): it exists " + a.validityText(),
            portal ? (f.agencyText != null ? f.agencyText : a.code()) : text.text(DossierField.AGENCY, 0));
      }
      notBefore(f.due, DossierField.DUE, r, receivedField, problems, text);
      notBefore(f.finished, DossierField.FINISHED, r, receivedField, problems, text);
      notBefore(f.returned, DossierField.RETURNED, r, receivedField, problems, text);
      for (int i = 0; i < f.history; i++) {
        if (f.historyAt[i] < r) {
          problems.add(name(DossierField.HISTORY),
              "status " + f.historyStatus[i] + " (entry " + (i + 1) + ") is before the " + what(receivedField, r, text),
              LocalTimes.portal(f.historyAt[i]));
        }
      }
      for (int i = 0; i < f.supplements; i++) {
        if (f.requested[i] < r) {
          problems.add(name(DossierField.SUPPLEMENTS) + ".NgayYeuCauBoSung",
              "a supplement request is before the " + what(receivedField, r, text),
              LocalTimes.portal(f.requested[i]));
        }
      }
    }
    for (int i = 0; i < f.supplements; i++) {
      if (f.supplied[i] != LocalTimes.NONE && f.supplied[i] < f.requested[i]) {
        problems.add(name(DossierField.SUPPLEMENTS) + ".NgayBoSung",
            "is before its request (NgayYeuCauBoSung " + LocalTimes.portal(f.requested[i]) + ")",
            LocalTimes.portal(f.supplied[i]));
      }
    }
    if (f.finished != LocalTimes.NONE) {
      notBefore(f.returned, DossierField.RETURNED, f.finished, DossierField.FINISHED, problems, text);
    }
    if (offered != null && f.payment.isOnline() && !f.feeBearing(offered.feeBearing())) {
      String why = f.feeFlag >= 0 || f.feesListed
          ? "(" + name(DossierField.FEE) + (portal ? " lists no fee above 0)" : " empty)")
          : "(no " + name(DossierField.FEE) + ", and its procedure carries no fee in the catalogue)";
      problems.add(name(DossierField.PAID_ONLINE), "paid online, but the dossier carries no fee " + why,
          portal ? Integer.toString(f.payment.code()) : text.text(DossierField.PAID_ONLINE, 0));
    }
    if (problems.ok() && f.due == LocalTimes.NONE && derivation != null && offered != null
        && offered.processingTime().isPresent()) {
      derive(f, offered, problems);
    }
  }

  private void derive(DossierFacts f, Procedure offered, RecordProblems problems) {
    List<SupplementRequest> requests = new ArrayList<>(f.supplements);
    for (int i = 0; i < f.supplements; i++) {
      LocalDateTime asked = LocalTimes.time(f.requested[i]);
      requests.add(
          f.supplied[i] == LocalTimes.NONE
              ? SupplementRequest.pending(asked)
              : SupplementRequest.supplied(asked, LocalTimes.time(f.supplied[i])));
    }
    try {
      LocalDateTime due = derivation.dueAt(offered, LocalTimes.time(f.received), requests);
      if (!LocalTimes.inRange(due) || LocalTimes.seconds(due) < f.received) {
        problems.add(name(DossierField.DUE), "the due date derived from the processing time ("
            + offered.processingTime().get() + ") is out of range", due.toString());
        return;
      }
      f.due = LocalTimes.seconds(due);
      f.dueDerived = true;
    } catch (IllegalArgumentException | ArithmeticException e) {
      problems.add(name(DossierField.DUE),
          "no due date given, and none can be derived from the processing time (" + offered.processingTime().get()
              + "): " + e.getMessage(), null);
    }
  }

  private void notBefore(
      long later, DossierField field, long earlier, DossierField earlierField, RecordProblems problems, TimeText text) {
    if (later != LocalTimes.NONE && later < earlier) {
      problems.add(name(field), "is before the " + what(earlierField, earlier, text), text.text(field, later));
    }
  }

  /** "received date (NgayTiepNhan 20230105080000)": the earlier field of a time out of order. */
  private String what(DossierField field, long seconds, TimeText text) {
    String kind = field == DossierField.FINISHED ? "finished" : "received";
    return kind + " date (" + name(field) + " " + text.text(field, seconds) + ")";
  }
}
