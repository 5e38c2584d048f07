package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A row of our dossier CSV into {@link DossierFacts}: {@code id,procedure,agency,channel,received}
 * and, optionally, {@code submitted,settling_agency,due,finished,returned,status,result_by_post,
 * fee,paid_online,digitised,apology,result_code,result_link,vneid_account,synced,rating}.
 *
 * <p>{@code channel} is {@code direct}, {@code online}, {@code postal}, {@code vneid} (or the
 * Vietnamese {@code trực tiếp}, {@code trực tuyến}, {@code bưu chính}) or the portal's 1, 2, 3;
 * {@code paid_online} is the portal's 0, 1, 2 or yes/no (yes: the national portal); {@code rating}
 * is {@code satisfied}/{@code 1} or {@code dissatisfied}/{@code 2}; the other flags are yes/no.
 * Without a {@code fee} column a dossier carries a fee when its procedure does in the catalogue.
 */
final class CsvDossiers {
  /** The columns our dossier CSV must have; the others may be left out. */
  static final List<String> REQUIRED =
      List.of(DossierField.ID.csv(), DossierField.PROCEDURE.csv(), DossierField.AGENCY.csv(),
          DossierField.CHANNEL.csv(), DossierField.RECEIVED.csv());

  private static final String UNKNOWN_AGENCY = "unknown agency (neither a code nor a name in the agencies file)";

  private final CatalogueLookup lookup;
  private final AgencyDirectory agencies;

  CsvDossiers(CatalogueLookup lookup, AgencyDirectory agencies) {
    this.lookup = lookup;
    this.agencies = agencies;
  }

  /** Reads the row of {@code r} into {@code f}; problems of single fields on {@code r}. */
  void read(FieldReader r, DossierFacts f, CsvFile csv) {
    f.clear();
    for (DossierField field : DossierField.values()) {
      if (field.csv() != null && csv.hasColumn(field.csv())) {
        f.carries(field);
      }
    }
    String id = r.required(DossierField.ID.csv());
    if (id != null) {
      String wrong = TextChecks.problem(id, r.limits().maxFieldLength());
      if (wrong == null) {
        f.id(id);
        r.identify(id);
      }
    }
    f.submitted = time(r, DossierField.SUBMITTED);
    f.received = time(r, DossierField.RECEIVED);
    long day = f.receivedDay();
    java.time.LocalDate on = day == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(day);
    f.agency = agency(r, DossierField.AGENCY, true, on);
    f.settling = agency(r, DossierField.SETTLING_AGENCY, false, on);
    String code = r.required(DossierField.PROCEDURE.csv());
    if (code != null) {
      f.procedure = lookup.procedure(code);
      if (f.procedure < 0) {
        r.problem(DossierField.PROCEDURE.csv(), "unknown procedure (not in the procedures catalogue)", code);
      }
    }
    channel(r, f);
    f.due = time(r, DossierField.DUE);
    f.finished = time(r, DossierField.FINISHED);
    f.returned = time(r, DossierField.RETURNED);
    OptionalLong status = r.integer(DossierField.STATUS.csv());
    if (status.isPresent()) {
      if (status.getAsLong() < 1 || status.getAsLong() > 10) {
        r.problem(DossierField.STATUS.csv(), "national status must be 1 to 10", Long.toString(status.getAsLong()));
      } else {
        f.nationalStatus = (int) status.getAsLong();
      }
    }
    f.resultByPost = r.flag(DossierField.RESULT_BY_POST.csv());
    if (csv.hasColumn(DossierField.FEE.csv()) && r.text(DossierField.FEE.csv()).isPresent()) {
      f.feeFlag = r.flag(DossierField.FEE.csv()) ? 1 : 0;
    } else if (csv.hasColumn(DossierField.FEE.csv())) {
      f.feeFlag = 0;
    }
    f.payment = payment(r);
    f.digitised = r.flag(DossierField.DIGITISED.csv());
    f.apology = r.flag(DossierField.APOLOGY.csv());
    f.vneidAccount = r.flag(DossierField.VNEID_ACCOUNT.csv());
    f.synced = r.flag(DossierField.SYNCED.csv());
    f.rating = rating(r);
    r.text(DossierField.RESULT_CODE.csv()).ifPresent(c -> {
      f.hasResultCode = true;
      f.resultCode = c;
    });
    r.text(DossierField.RESULT_LINK.csv()).ifPresent(l -> {
      f.hasResultLink = true;
      f.resultLink = l;
    });
  }

  private int agency(FieldReader r, DossierField field, boolean required, java.time.LocalDate day) {
    if (!required && r.text(field.csv()).isEmpty()) {
      return -1;
    }
    Agency a = r.agency(field.csv(), agencies, UNKNOWN_AGENCY, day);
    return a == null ? -1 : agencies.indexOf(a.code());
  }

  private static long time(FieldReader r, DossierField field) {
    Optional<LocalDateTime> t = r.dateTime(field.csv());
    return t.map(LocalTimes::seconds).orElse(LocalTimes.NONE);
  }

  private static void channel(FieldReader r, DossierFacts f) {
    String field = DossierField.CHANNEL.csv();
    String text = r.required(field);
    if (text == null) {
      return;
    }
    Channel c;
    switch (text.toLowerCase(Locale.ROOT)) {
      case "1":
      case "direct":
      case "trực tiếp":
        c = Channel.DIRECT;
        break;
      case "2":
      case "online":
      case "trực tuyến":
        c = Channel.ONLINE;
        break;
      case "3":
      case "postal":
      case "bưu chính":
        c = Channel.POSTAL;
        break;
      case "vneid":
        c = Channel.VNEID;
        break;
      default:
        r.problem(field, "must be direct, online, postal, vneid or 1, 2, 3", text);
        return;
    }
    f.channel = c;
    f.channelStated = true;
  }

  /** The portal's code 0, 1 or 2, or yes/no (yes read as 1, the national portal). */
  private static Payment payment(FieldReader r) {
    String field = DossierField.PAID_ONLINE.csv();
    Optional<String> text = r.text(field);
    if (text.isEmpty()) {
      return Payment.NONE;
    }
    if (!text.get().matches("[0-9]+")) {
      return r.flag(field) ? Payment.NATIONAL_PORTAL : Payment.NONE;
    }
    switch (text.get()) {
      case "0":
        return Payment.NONE;
      case "1":
        return Payment.NATIONAL_PORTAL;
      case "2":
        return Payment.PROVINCIAL_GATEWAY;
      default:
        r.problem(field, "must be 0 (not paid online), 1 (national portal) or 2 (local gateway)", text.get());
        return Payment.NONE;
    }
  }

  private static Rating rating(FieldReader r) {
    String field = DossierField.RATING.csv();
    Optional<String> text = r.text(field);
    if (text.isEmpty()) {
      return null;
    }
    switch (text.get().toLowerCase(Locale.ROOT)) {
      case "0":
      case "none":
        return null;
      case "1":
      case "satisfied":
      case "hài lòng":
        return Rating.SATISFIED;
      case "2":
      case "dissatisfied":
      case "không hài lòng":
        return Rating.DISSATISFIED;
      default:
        r.problem(field, "must be satisfied (1), dissatisfied (2) or blank", text.get());
        return null;
    }
  }
}
