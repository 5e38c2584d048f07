package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One dossier (hồ sơ TTHC): one application for one procedure at one agency.
 *
 * <p>Times are local date-times as the national portal sends them ({@code yyyyMMddHHmmss}, Vietnam
 * time); every deadline comparison in the library is made on their dates, as the official reports
 * count (a dossier finished on its due date is on time whatever the hour).
 *
 * <p>Validation: the due, finished and returned times may not precede the received time, the result
 * may not be returned before processing finished, a dossier cannot be paid online without carrying
 * a fee, and the national status code is 1 to 10.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDossier.class)
@JsonDeserialize(as = ImmutableDossier.class)
public abstract class Dossier {

  /** National status {@code TrangThaiHoSo} 3: not accepted (không tiếp nhận). */
  public static final int STATUS_NOT_ACCEPTED = 3;

  /** National status {@code TrangThaiHoSo} 7: withdrawn (rút hồ sơ). */
  public static final int STATUS_WITHDRAWN = 7;

  /** The dossier id ({@code MaHoSo}). */
  public abstract String id();

  /** The procedure's national code ({@code MaTTHC}). */
  public abstract String procedureCode();

  /** The code of the agency that received the dossier. */
  public abstract String agencyCode();

  /** The service level the dossier was received under. */
  public abstract ServiceLevel level();

  /** How the dossier was submitted ({@code KenhThucHien}). */
  public abstract Channel channel();

  /** When the dossier was received ({@code NgayTiepNhan}). */
  public abstract LocalDateTime receivedAt();

  /**
   * When the result is promised ({@code NgayHenTra}); empty for procedures without a deadline,
   * which count as on time (the national practice).
   */
  public abstract Optional<LocalDateTime> dueAt();

  /** When processing finished ({@code NgayKetThucXuLy}), if it has. */
  public abstract Optional<LocalDateTime> finishedAt();

  /** When the result was returned to the applicant ({@code NgayTra}), if it was. */
  public abstract Optional<LocalDateTime> returnedAt();

  /** Whether the result is returned through the public postal service ({@code HinhThuc} = 1). */
  @Value.Default
  public boolean resultByPost() {
    return false;
  }

  /** Whether the dossier carries a fee or charge ({@code DanhSachLePhi} non-empty). */
  @Value.Default
  public boolean feeBearing() {
    return false;
  }

  /** Whether the fee was paid online ({@code DuocThanhToanTrucTuyen} 1 or 2). */
  @Value.Default
  public boolean paidOnline() {
    return false;
  }

  /** Whether the dossier's components were digitised ({@code HoSoCoThanhPhanSoHoa}). */
  @Value.Default
  public boolean digitised() {
    return false;
  }

  /** Whether the written apology owed for a late dossier was issued (văn bản xin lỗi). */
  @Value.Default
  public boolean apologyIssued() {
    return false;
  }

  /** The national status code {@code TrangThaiHoSo} (1 new … 10 result returned), if known. */
  public abstract OptionalInt nationalStatus();

  /** A builder. */
  public static ImmutableDossier.Builder builder() {
    return ImmutableDossier.builder();
  }

  /** Whether the dossier was not accepted or withdrawn (national status 3 or 7). */
  @JsonIgnore
  public boolean isNotAcceptedOrWithdrawn() {
    if (nationalStatus().isEmpty()) {
      return false;
    }
    int s = nationalStatus().getAsInt();
    return s == STATUS_NOT_ACCEPTED || s == STATUS_WITHDRAWN;
  }

  /** The date the dossier was received. */
  public LocalDate receivedOn() {
    return receivedAt().toLocalDate();
  }

  @Value.Check
  protected void check() {
    checkArgument(!id().isBlank(), "dossier id (MaHoSo) is blank");
    checkArgument(!procedureCode().isBlank(), "dossier %s: procedure code is blank", id());
    checkArgument(!agencyCode().isBlank(), "dossier %s: agency code is blank", id());
    dueAt().ifPresent(due -> checkNotBefore(due, "due date", receivedAt(), "received date"));
    finishedAt()
        .ifPresent(done -> checkNotBefore(done, "finished date", receivedAt(), "received date"));
    returnedAt()
        .ifPresent(back -> checkNotBefore(back, "returned date", receivedAt(), "received date"));
    if (returnedAt().isPresent() && finishedAt().isPresent()) {
      checkNotBefore(returnedAt().get(), "returned date", finishedAt().get(), "finished date");
    }
    checkArgument(
        !paidOnline() || feeBearing(), "dossier %s: paid online but carries no fee", id());
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
