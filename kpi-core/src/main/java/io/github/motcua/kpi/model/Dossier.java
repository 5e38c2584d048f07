package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One dossier (hồ sơ TTHC): one application for one procedure at one agency, with the facts of the
 * national portal's sync format that the indicators in use read.
 *
 * <p>Times are local date-times as the national portal sends them ({@code yyyyMMddHHmmss}, Vietnam
 * time). The report forms compare deadlines by date (a dossier finished on its due date is on time
 * whatever the hour); the national index compares instants — see the counting's deadline reading.
 *
 * <p>A fact the input does not carry at all is listed in {@link #unknownFacts()}: a counter that
 * tests it is then not reported, rather than counted as false. A record that leaves out an
 * optional flag its format has reads as false, as the national portal reads it.
 *
 * <p>Validation: the due, finished and returned times and the supplement requests may not precede
 * the received time, the result may not be returned before processing finished, a dossier cannot
 * be paid online without carrying a fee, a fee-bearing flag must agree with the fee lines given,
 * and national status codes are 1 to 10.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
public abstract class Dossier {
  Dossier() {}

  /** National status {@code TrangThaiHoSo} 3: not accepted (không được tiếp nhận). */
  public static final int STATUS_NOT_ACCEPTED = 3;

  /** National status {@code TrangThaiHoSo} 7: withdrawn by the applicant (rút hồ sơ). */
  public static final int STATUS_WITHDRAWN = 7;

  /** National status {@code TrangThaiHoSo} 5: supplement requested (yêu cầu bổ sung). */
  public static final int STATUS_SUPPLEMENT_REQUESTED = 5;

  /** The dossier id ({@code MaHoSo}). */
  public abstract String id();

  /** The procedure's national code ({@code MaTTHC}). */
  public abstract String procedureCode();

  /** The code of the agency that received the dossier (cơ quan tiếp nhận). */
  public abstract String agencyCode();

  /**
   * The code of the agency that settles it (cơ quan giải quyết) where it differs from the receiving
   * one: dossiers are received regardless of administrative boundary ("phi địa giới") since
   * Nghị định 118/2025/NĐ-CP.
   */
  public abstract Optional<String> settlingAgencyCode();

  /** The service level the dossier was received under. */
  public abstract ServiceLevel level();

  /** How the dossier was submitted ({@code KenhThucHien}). */
  public abstract Channel channel();

  /**
   * Whether the input stated the channel. A record without {@code KenhThucHien} is read as
   * direct, as the national portal reads it, and counted as not stated so a report can say how
   * many there were.
   */
  @Value.Default
  public boolean channelStated() {
    return true;
  }

  /** When the dossier was submitted ({@code NgayNopHoSo}), if given. */
  public abstract Optional<LocalDateTime> submittedAt();

  /**
   * When the dossier was received ({@code NgayTiepNhan}); readers fall back to the submitted
   * instant when it is missing.
   */
  public abstract LocalDateTime receivedAt();

  /**
   * When the result is promised ({@code NgayHenTra}); empty for procedures without a deadline,
   * which count as on time (the national practice).
   */
  public abstract Optional<LocalDateTime> dueAt();

  /** Whether {@link #dueAt()} was derived from the procedure's legal processing time. */
  @Value.Default
  public boolean dueDerived() {
    return false;
  }

  /** When processing finished ({@code NgayKetThucXuLy}), if it has. */
  public abstract Optional<LocalDateTime> finishedAt();

  /** When the result was returned to the applicant ({@code NgayTra}), if it was. */
  public abstract Optional<LocalDateTime> returnedAt();

  /** The national status code {@code TrangThaiHoSo} (1 new … 10 result returned), if known. */
  public abstract OptionalInt nationalStatus();

  /** The status history where the input gives it, in the order given. */
  public abstract List<StatusChange> statusHistory();

  /** The requests that the applicant supplement the dossier, in the order made. */
  public abstract List<SupplementRequest> supplements();

  /** Whether the result is returned through the public postal service ({@code HinhThuc} = 1). */
  @Value.Default
  public boolean resultByPost() {
    return false;
  }

  /** The fee lines ({@code DanhSachLePhi[].Gia}), where the input gives them. */
  public abstract List<FeeLine> feeLines();

  /**
   * Whether the dossier carries a fee or charge: by default, whether a fee line is above 0 (a
   * dossier whose every line is 0 carries none).
   */
  @Value.Default
  public boolean feeBearing() {
    return feeLines().stream().anyMatch(l -> l.amount() > 0);
  }

  /** Where the fee was paid online ({@code DuocThanhToanTrucTuyen} 0, 1 or 2). */
  @Value.Default
  public Payment payment() {
    return Payment.NONE;
  }

  /** Whether the dossier's components were digitised ({@code HoSoCoThanhPhanSoHoa}). */
  @Value.Default
  public boolean digitised() {
    return false;
  }

  /** The dossier's components, where the input lists them. */
  public abstract List<DossierComponent> components();

  /** Whether the written apology owed for a late dossier was issued (văn bản xin lỗi). */
  @Value.Default
  public boolean apologyIssued() {
    return false;
  }

  /** The code of the electronic result ({@code MaKetQua}), if any. */
  public abstract Optional<String> resultCode();

  /** The link to the electronic result's file ({@code DuongDanTepTinKetQua}), if any. */
  public abstract Optional<String> resultLink();

  /** Whether the applicant's account was authenticated with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID}). */
  @Value.Default
  public boolean vneidAccount() {
    return false;
  }

  /** Whether the dossier was synced to the national public-service portal. */
  @Value.Default
  public boolean synced() {
    return false;
  }

  /** The applicant's rating, where given. */
  public abstract Optional<Rating> rating();

  /** The facts the input did not carry at all (see {@link Fact}); empty: every fact is known. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Set<Fact> unknownFacts();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Dossier} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableDossier.Builder {}

  /** Whether the fee was paid online, on either platform. */
  public boolean paidOnline() {
    return payment().isOnline();
  }

  /** Whether the dossier has an electronic result: both its code and its file's link. */
  @JsonIgnore
  public boolean hasElectronicResult() {
    return resultCode().isPresent() && resultLink().isPresent();
  }

  /** Whether a component was digitised or reused. */
  @JsonIgnore
  public boolean hasDigitisedComponent() {
    return components().stream().anyMatch(DossierComponent::digitised);
  }

  /** Whether a component came from the citizen's personal data store. */
  @JsonIgnore
  public boolean hasComponentFromPersonalStore() {
    return components().stream().anyMatch(DossierComponent::fromPersonalStore);
  }

  /** Whether a component came from a national database. */
  @JsonIgnore
  public boolean hasComponentFromNationalDatabase() {
    return components().stream().anyMatch(c -> c.databaseCode().isPresent());
  }

  /** The code of the agency that settles the dossier: the settling one, else the receiving one. */
  public String settlingAgency() {
    return settlingAgencyCode().orElse(agencyCode());
  }

  /** Whether another agency than the receiving one settles it. */
  @JsonIgnore
  public boolean isSettledElsewhere() {
    return settlingAgencyCode().isPresent() && !settlingAgencyCode().get().equals(agencyCode());
  }

  /** Whether the dossier was not accepted (national status 3). */
  @JsonIgnore
  public boolean isNotAccepted() {
    return nationalStatus().isPresent() && nationalStatus().getAsInt() == STATUS_NOT_ACCEPTED;
  }

  /** Whether the dossier was withdrawn (national status 7). */
  @JsonIgnore
  public boolean isWithdrawn() {
    return nationalStatus().isPresent() && nationalStatus().getAsInt() == STATUS_WITHDRAWN;
  }

  /** Whether the dossier was not accepted or withdrawn (national status 3 or 7). */
  @JsonIgnore
  public boolean isNotAcceptedOrWithdrawn() {
    return isNotAccepted() || isWithdrawn();
  }

  /**
   * The first terminal status of the history and when, by priority (QĐ 766 2.1: 9 processed before
   * 10 result returned, then 8 stopped, 7 withdrawn or 3 not accepted, the earliest of those).
   */
  public Optional<StatusChange> firstTerminalStatus() {
    return statusHistory().stream()
        .filter(StatusChange::isTerminal)
        .min(
            Comparator.comparingInt(StatusChange::terminalPriority)
                .thenComparing(StatusChange::at));
  }

  /**
   * When processing ended: {@link #finishedAt()}, else the instant of the {@linkplain
   * #firstTerminalStatus() first terminal status} of the history.
   */
  public Optional<LocalDateTime> endOfProcessing() {
    return finishedAt().or(() -> firstTerminalStatus().map(StatusChange::at));
  }

  /** The time the applicant took to supply requested papers, over the supplied requests. */
  public Duration supplementWait() {
    return supplements().stream().map(SupplementRequest::waited).reduce(Duration.ZERO, Duration::plus);
  }

  /** The pending supplement request, if one awaits the applicant (the last one made). */
  public Optional<SupplementRequest> pendingSupplement() {
    return supplements().stream().filter(SupplementRequest::isPending).reduce((a, b) -> b);
  }

  /** The date the dossier was received. */
  public LocalDate receivedOn() {
    return receivedAt().toLocalDate();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "dossier id (MaHoSo) is blank");
    checkArgument(!procedureCode().isBlank(), "dossier %s: procedure code is blank", id());
    checkArgument(!agencyCode().isBlank(), "dossier %s: agency code is blank", id());
    settlingAgencyCode()
        .ifPresent(s -> checkArgument(!s.isBlank(), "dossier %s: settling agency code is blank", id()));
    dueAt().ifPresent(due -> checkNotBefore(due, "due date", receivedAt(), "received date"));
    finishedAt()
        .ifPresent(done -> checkNotBefore(done, "finished date", receivedAt(), "received date"));
    returnedAt()
        .ifPresent(back -> checkNotBefore(back, "returned date", receivedAt(), "received date"));
    if (returnedAt().isPresent() && finishedAt().isPresent()) {
      checkNotBefore(returnedAt().get(), "returned date", finishedAt().get(), "finished date");
    }
    for (SupplementRequest s : supplements()) {
      checkNotBefore(s.requestedAt(), "supplement request", receivedAt(), "received date");
    }
    checkArgument(
        feeLines().isEmpty() || feeBearing() == feeLines().stream().anyMatch(l -> l.amount() > 0),
        "dossier %s: the fee-bearing flag (%s) contradicts its fee lines %s",
        id(),
        feeBearing(),
        feeLines());
    checkArgument(
        !payment().isOnline() || feeBearing(), "dossier %s: paid online but carries no fee", id());
    if (nationalStatus().isPresent()) {
      int s = nationalStatus().getAsInt();
      checkArgument(s >= 1 && s <= 10, "dossier %s: national status must be 1 to 10, got %s", id(), s);
    }
  }

  private void checkNotBefore(LocalDateTime later, String what, LocalDateTime earlier, String than) {
    checkArgument(
        !later.isBefore(earlier), "dossier %s: %s %s is before its %s %s", id(), what, later, than,
        earlier);
  }
}
