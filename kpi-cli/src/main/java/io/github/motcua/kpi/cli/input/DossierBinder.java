package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.DossierComponent;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.FeeLine;
import io.github.motcua.kpi.model.ImmutableDossier;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.SupplementRequest;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a dossier record — a row of our dossier CSV or an object of the national portal's sync
 * format — into a {@link Dossier}, reporting each bad field with the record's {@code MaHoSo}.
 *
 * <p>The dossier's service level is its procedure's level for its agency in the catalogue (the
 * agency's offering, else the catalogue's default); its agency is found by
 * code or by name. Dates must be in order: due, finished and returned not before received, returned
 * not before finished. Portal fields read as the portal codes them: {@code KenhThucHien} 1/2/3,
 * {@code HinhThuc} 1 = result by post, {@code DuocThanhToanTrucTuyen} 1 or 2 = paid online (0 or
 * absent = not), {@code DanhSachLePhi} non-empty = fee-bearing (a record without the key takes the
 * procedure's fee flag from the catalogue), {@code HoSoCoThanhPhanSoHoa} yes/no.
 * {@code MaLinhVuc} is not read: the field comes from the catalogue.
 *
 * <p>Agencies that change: the agency ({@code agency} / {@code DonViXuLy}: a code, a portal code or
 * a name) is looked up on the day the dossier was received, and must exist that day (a district
 * after 30 Jun 2025 does not). Our CSV may name the agency that settles the dossier ({@code
 * settling_agency}) where another than the receiving one does ("phi địa giới"). VNeID: our CSV's
 * {@code vneid}; in the sync format, the {@code KenhThucHien} code configured for it, until one is
 * announced.
 */
public final class DossierBinder implements RecordBinder<Dossier> {
  private final boolean portal;
  private final ProcedureCatalogue catalogue;
  private final AgencyDirectory agencies;
  private final OptionalInt vneidCode;

  private DossierBinder(boolean portal, ProcedureCatalogue catalogue, AgencyDirectory agencies, OptionalInt vneidCode) {
    this.portal = portal;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.vneidCode = vneidCode;
  }

  /** A binder of national-portal records. */
  public static DossierBinder portal(ProcedureCatalogue catalogue, AgencyDirectory agencies) {
    return portal(catalogue, agencies, OptionalInt.empty());
  }

  /**
   * A binder of national-portal records reading {@code KenhThucHien} = {@code vneidCode} as VNeID:
   * the sync format has no announced code for it yet, so it is configured.
   *
   * @throws IllegalArgumentException if the code is one of the fixed channels' (1, 2, 3)
   */
  public static DossierBinder portal(ProcedureCatalogue catalogue, AgencyDirectory agencies, OptionalInt vneidCode) {
    checkVneidCode(vneidCode);
    return new DossierBinder(true, catalogue, agencies, vneidCode);
  }

  /** A binder of our dossier CSV's rows. */
  public static DossierBinder csv(ProcedureCatalogue catalogue, AgencyDirectory agencies) {
    return csv(catalogue, agencies, OptionalInt.empty());
  }

  /** A binder of our dossier CSV's rows, reading the number {@code vneidCode} as VNeID too. */
  public static DossierBinder csv(ProcedureCatalogue catalogue, AgencyDirectory agencies, OptionalInt vneidCode) {
    checkVneidCode(vneidCode);
    return new DossierBinder(false, catalogue, agencies, vneidCode);
  }

  private static void checkVneidCode(OptionalInt code) {
    if (code.isPresent() && code.getAsInt() >= 1 && code.getAsInt() <= 3) {
      throw new IllegalArgumentException(
          "the VNeID channel code must differ from 1 (direct), 2 (online) and 3 (postal), got " + code.getAsInt());
    }
  }


  private String name(DossierField field) {
    return portal ? field.portal() : field.csv();
  }

  @Override
  public Dossier bind(FieldReader f) {
    String id = f.required(name(DossierField.ID));
    if (id != null) {
      f.identify(id);
    }
    String receivedField = name(DossierField.RECEIVED);
    Optional<LocalDateTime> received = f.dateTime(receivedField);
    Optional<LocalDate> day = received.map(LocalDateTime::toLocalDate);
    Agency agency = agency(f, name(DossierField.AGENCY), day);
    Optional<Agency> settling =
        portal ? Optional.empty() : Optional.ofNullable(agency(f, DossierField.SETTLING_AGENCY.csv(), day));
    Procedure procedure = procedure(f, agency);
    Channel channel = channel(f);
    if (received.isEmpty() && f.text(receivedField).isEmpty()) {
      f.problem(receivedField, "is missing", null);
    }
    if (agency != null && day.isPresent() && !agency.isValidOn(day.get())) {
      f.problem(
          name(DossierField.AGENCY),
          "the agency " + agency.code() + " did not exist on the day the dossier was received ("
              + receivedField + " " + day.get() + "): it exists " + agency.validityText(),
          f.text(name(DossierField.AGENCY)).orElse(""));
    }
    Optional<LocalDateTime> due = f.dateTime(name(DossierField.DUE));
    Optional<LocalDateTime> finished = f.dateTime(name(DossierField.FINISHED));
    Optional<LocalDateTime> returned = f.dateTime(name(DossierField.RETURNED));
    received.ifPresent(r -> {
      notBefore(f, DossierField.DUE, due, "received", receivedField, r);
      notBefore(f, DossierField.FINISHED, finished, "received", receivedField, r);
      notBefore(f, DossierField.RETURNED, returned, "received", receivedField, r);
    });
    finished.ifPresent(
        done -> notBefore(f, DossierField.RETURNED, returned, "finished", name(DossierField.FINISHED), done));
    OptionalLong status = f.integer(name(DossierField.STATUS));
    if (status.isPresent() && (status.getAsLong() < 1 || status.getAsLong() > 10)) {
      f.problem(name(DossierField.STATUS), "national status must be 1 to 10", Long.toString(status.getAsLong()));
    }
    boolean byPost = portal ? code(f, DossierField.RESULT_BY_POST) == 1 : f.flag(name(DossierField.RESULT_BY_POST));
    boolean fee = fee(f, procedure);
    Payment paid = payment(f);
    boolean digitised = f.flag(name(DossierField.DIGITISED));
    boolean apology = !portal && f.flag(name(DossierField.APOLOGY));
    List<FeeLine> lines = portal ? feeLines(f) : List.of();
    if (!lines.isEmpty()) {
      fee = lines.stream().anyMatch(l -> l.amount() > 0);
    }
    if (paid.isOnline() && !fee) {
      f.problem(name(DossierField.PAID_ONLINE), "paid online, but the dossier carries no fee (" + name(DossierField.FEE)
              + " empty or every amount 0)",
          f.text(name(DossierField.PAID_ONLINE)).orElse(""));
    }
    List<SupplementRequest> supplements = portal ? supplements(f, received) : List.of();
    Optional<Rating> rating = portal ? rating(f) : Optional.empty();
    if (!f.ok()) {
      return null;
    }
    ImmutableDossier.Builder b =
        Dossier.builder()
            .id(id)
            .procedureCode(procedure.code())
            .agencyCode(agency.code())
            .settlingAgencyCode(settling.map(Agency::code))
            .level(procedure.level())
            .channel(channel)
            .channelStated(f.record().has(name(DossierField.CHANNEL)))
            .receivedAt(received.get())
            .dueAt(due)
            .finishedAt(finished)
            .returnedAt(returned)
            .resultByPost(byPost)
            .feeBearing(fee)
            .payment(paid)
            .digitised(digitised)
            .apologyIssued(apology)
            .feeLines(lines)
            .unknownFacts(unknownFacts(f));
    status.ifPresent(s -> b.nationalStatus((int) s));
    if (portal) {
      b.addAllSupplements(supplements)
          .rating(rating)
          .vneidAccount(f.flag(name(DossierField.VNEID_ACCOUNT)))
          .addAllComponents(components(f));
      electronicResult(f, b);
    }
    return b.build();
  }

  /**
   * The fee lines of {@code DanhSachLePhi} when every line gives its amount ({@code Gia}, else
   * {@code MucPhi}); none when a line gives none (the list then only says a fee is borne).
   */
  private List<FeeLine> feeLines(FieldReader f) {
    String field = name(DossierField.FEE);
    List<FeeLine> out = new ArrayList<>();
    for (RawRecord line : f.record().items(field)) {
      Optional<String> amount = line.get("Gia").or(() -> line.get("MucPhi"));
      if (amount.isEmpty()) {
        return List.of();
      }
      try {
        out.add(FeeLine.of(new BigDecimal(amount.get()).longValueExact()));
      } catch (ArithmeticException | NumberFormatException e) {
        f.problem(field + ".Gia", "not a whole amount of đồng", amount.get());
      } catch (IllegalArgumentException e) {
        f.problem(field + ".Gia", e.getMessage(), amount.get());
      }
    }
    return out;
  }

  /** The supplement requests of {@code DanhSachHoSoBoSung}, each not before the received time. */
  private List<SupplementRequest> supplements(FieldReader f, Optional<LocalDateTime> received) {
    String field = name(DossierField.SUPPLEMENTS);
    List<SupplementRequest> out = new ArrayList<>();
    for (RawRecord item : f.record().items(field)) {
      FieldReader r = new FieldReader(item);
      Optional<LocalDateTime> asked = r.dateTime("NgayYeuCauBoSung");
      Optional<LocalDateTime> supplied = r.dateTime("NgayBoSung");
      for (Problem p : r.problems()) {
        f.problem(field + "." + p.field().orElse(""), p.message(), p.value().orElse(null));
      }
      if (asked.isEmpty()) {
        if (r.ok()) {
          f.problem(field + ".NgayYeuCauBoSung", "is missing", null);
        }
        continue;
      }
      if (received.isPresent() && asked.get().isBefore(received.get())) {
        f.problem(field + ".NgayYeuCauBoSung", "is before the received date", item.get("NgayYeuCauBoSung").orElse(""));
        continue;
      }
      if (supplied.isPresent() && supplied.get().isBefore(asked.get())) {
        f.problem(field + ".NgayBoSung", "is before its request (NgayYeuCauBoSung)", item.get("NgayBoSung").orElse(""));
        continue;
      }
      out.add(supplied.map(s -> SupplementRequest.supplied(asked.get(), s)).orElse(SupplementRequest.pending(asked.get())));
    }
    out.sort(java.util.Comparator.comparing(SupplementRequest::requestedAt));
    return out;
  }

  private Optional<Rating> rating(FieldReader f) {
    String field = name(DossierField.RATING);
    long code = f.integer(field).orElse(0);
    if (code == 1) {
      return Optional.of(Rating.SATISFIED);
    }
    if (code == 2) {
      return Optional.of(Rating.DISSATISFIED);
    }
    if (code != 0) {
      f.problem(field, "must be 1 (satisfied), 2 (dissatisfied) or 0 (none)", Long.toString(code));
    }
    return Optional.empty();
  }

  /** The components of {@code TaiLieuNop}, and one per national database of {@code DSKetNoiCSDL}. */
  private List<DossierComponent> components(FieldReader f) {
    List<DossierComponent> out = new ArrayList<>();
    for (RawRecord item : f.record().items(name(DossierField.COMPONENTS))) {
      FieldReader r = new FieldReader(item);
      DossierComponent c =
          DossierComponent.builder()
              .digitised(r.flag("DuocSoHoa"))
              .fromPersonalStore(r.flag("DuocLayTuKhoDMQG"))
              .databaseCode(item.get("MaCSDL"))
              .build();
      for (Problem p : r.problems()) {
        f.problem(name(DossierField.COMPONENTS) + "." + p.field().orElse(""), p.message(), p.value().orElse(null));
      }
      out.add(c);
    }
    for (RawRecord item : f.record().items(name(DossierField.DATABASES))) {
      item.get("MaCSDL")
          .ifPresent(code -> out.add(DossierComponent.builder().digitised(false).fromPersonalStore(false).databaseCode(code).build()));
    }
    return out;
  }

  /** The electronic result: {@code MaKetQua} and its link, or the first result paper with both. */
  private void electronicResult(FieldReader f, ImmutableDossier.Builder b) {
    Optional<String> code = f.text(name(DossierField.RESULT_CODE));
    Optional<String> link = f.text(name(DossierField.RESULT_LINK));
    if (code.isPresent() && link.isPresent()) {
      b.resultCode(code).resultLink(link);
      return;
    }
    for (RawRecord paper : f.record().items(name(DossierField.RESULT_PAPERS))) {
      Optional<String> c = paper.get("MaGiayToKetQua");
      Optional<String> l = paper.get("DuongDanTepTinKetQua");
      if (c.isPresent() && l.isPresent()) {
        b.resultCode(c).resultLink(l);
        return;
      }
    }
    b.resultCode(code).resultLink(link);
  }

  /** The facts our CSV does not carry: counters testing them are not reported. */
  private static final Set<Fact> NOT_IN_CSV =
      EnumSet.of(
          Fact.ELECTRONIC_RESULT, Fact.COMPONENT_DIGITISED, Fact.PERSONAL_STORE,
          Fact.NATIONAL_DATABASE, Fact.VNEID_ACCOUNT, Fact.SYNCED, Fact.RATING, Fact.SUPPLEMENTS);

  /** The facts the portal's format does not carry. */
  private static final Set<Fact> NOT_IN_PORTAL_FORMAT = EnumSet.of(Fact.SYNCED, Fact.APOLOGY);

  /**
   * The facts the input does not carry: for the portal's format the apology and the sync (it has
   * no such field); for our CSV those it has no column for, and the optional columns it leaves out.
   */
  private Set<Fact> unknownFacts(FieldReader f) {
    if (portal) {
      return EnumSet.copyOf(NOT_IN_PORTAL_FORMAT);
    }
    Set<Fact> out = EnumSet.copyOf(NOT_IN_CSV);
    columnFact(f, DossierField.DUE, Fact.DUE_DATE, out);
    columnFact(f, DossierField.FINISHED, Fact.FINISHED, out);
    columnFact(f, DossierField.RETURNED, Fact.RETURNED, out);
    columnFact(f, DossierField.STATUS, Fact.NATIONAL_STATUS, out);
    columnFact(f, DossierField.RESULT_BY_POST, Fact.RESULT_BY_POST, out);
    columnFact(f, DossierField.DIGITISED, Fact.DIGITISED, out);
    columnFact(f, DossierField.APOLOGY, Fact.APOLOGY, out);
    if (!f.record().has(name(DossierField.PAID_ONLINE))) {
      out.add(Fact.PAID_ONLINE);
      out.add(Fact.PAYMENT);
    }
    return out;
  }

  private void columnFact(FieldReader f, DossierField field, Fact fact, Set<Fact> out) {
    if (!f.record().has(name(field))) {
      out.add(fact);
    }
  }

  /**
   * Whether the dossier carries a fee: its own field when the record has it ({@code DanhSachLePhi}
   * non-empty, or the CSV's {@code fee}); otherwise the procedure's {@code fee} flag in the catalogue.
   */
  private boolean fee(FieldReader f, Procedure procedure) {
    String field = name(DossierField.FEE);
    if (!f.record().has(field)) {
      return procedure != null && procedure.feeBearing();
    }
    return portal ? f.text(field).filter(t -> !t.equals("[]")).isPresent() : f.flag(field);
  }

  /** The procedure as the agency offers it (its level, fee), else as catalogued. */
  private Procedure procedure(FieldReader f, Agency agency) {
    String code = f.required(name(DossierField.PROCEDURE));
    if (code == null) {
      return null;
    }
    Optional<Procedure> p =
        agency == null ? catalogue.find(code) : catalogue.procedureFor(agency.code(), code);
    if (p.isEmpty()) {
      f.problem(name(DossierField.PROCEDURE), "unknown procedure (not in the procedures catalogue)", code);
    }
    return p.orElse(null);
  }

  /**
   * The agency {@code field} names, on the received day where it is known: required for the
   * receiving agency, optional for the settling one; null with a problem when unknown.
   */
  private Agency agency(FieldReader f, String field, Optional<LocalDate> day) {
    boolean receiving = field.equals(name(DossierField.AGENCY));
    Optional<String> text = receiving ? Optional.ofNullable(f.required(field)) : f.text(field);
    if (text.isEmpty()) {
      return null;
    }
    Optional<Agency> a = day.isPresent() ? agencies.find(text.get(), day.get()) : agencies.find(text.get());
    if (a.isEmpty()) {
      f.problem(field, "unknown agency (neither a code nor a name in the agencies file)", text.get());
    }
    return a.orElse(null);
  }

  private Channel channel(FieldReader f) {
    String field = name(DossierField.CHANNEL);
    String text = f.required(field);
    if (text == null) {
      return null;
    }
    if (vneidCode.isPresent() && text.equals(Integer.toString(vneidCode.getAsInt()))) {
      return Channel.VNEID;
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "1":
        return Channel.DIRECT;
      case "2":
        return Channel.ONLINE;
      case "3":
        return Channel.POSTAL;
      default:
        break;
    }
    if (!portal) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "direct":
        case "trực tiếp":
          return Channel.DIRECT;
        case "online":
        case "trực tuyến":
          return Channel.ONLINE;
        case "postal":
        case "bưu chính":
          return Channel.POSTAL;
        case "vneid":
          return Channel.VNEID;
        default:
          break;
      }
    }
    String vneid = vneidCode.isPresent() ? ", " + vneidCode.getAsInt() + " (VNeID, --vneid-code)" : "";
    f.problem(
        field,
        portal
            ? (vneid.isEmpty()
                ? "must be 1 (direct), 2 (online) or 3 (postal)"
                : "must be 1 (direct), 2 (online), 3 (postal)" + vneid)
            : "must be direct, online, postal, vneid or 1, 2, 3" + vneid,
        text);
    return null;
  }

  /**
   * Where the fee was paid online: the portal's code 0, 1 or 2; in our CSV also yes/no, yes read as
   * 1 (the national portal).
   */
  private Payment payment(FieldReader f) {
    String field = name(DossierField.PAID_ONLINE);
    Optional<String> text = f.text(field);
    if (!portal && text.isPresent() && !text.get().matches("\\d+")) {
      return f.flag(field) ? Payment.NATIONAL_PORTAL : Payment.NONE;
    }
    long c = code(f, DossierField.PAID_ONLINE);
    if (c < 0 || c > 2) {
      f.problem(field, "must be 0 (not paid online), 1 (national portal) or 2 (local gateway)", f.text(field).orElse(""));
      return Payment.NONE;
    }
    return Payment.ofCode((int) c);
  }

  /** A numeric portal code, 0 when absent. */
  private long code(FieldReader f, DossierField field) {
    return f.integer(name(field)).orElse(0);
  }

  private void notBefore(
      FieldReader f, DossierField later, Optional<LocalDateTime> value, String earlierWhat, String earlierField, LocalDateTime earlier) {
    if (value.isPresent() && value.get().isBefore(earlier)) {
      f.problem(
          name(later),
          "is before the " + earlierWhat + " date (" + earlierField + " " + f.text(earlierField).orElse("") + ")",
          f.text(name(later)).orElse(""));
    }
  }
}
