package io.github.motcua.kpi.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) of the national catalogue.
 *
 * <p>A procedure belongs to a field (lĩnh vực, e.g. đất đai = land) and is offered online at a
 * {@link ServiceLevel}. The three flags feed the catalogue counters: fee-bearing (có thu phí, lệ
 * phí), integrated on the national public-service portal (tích hợp trên Cổng Dịch vụ công quốc
 * gia), and on the province's approved list of online services (danh mục đã được phê duyệt). The
 * legal {@linkplain #processingTime() processing time} gives a dossier without a due date one,
 * through a working calendar.
 *
 * <p>An agency may offer a procedure at another level, fee or processing time than the catalogue's
 * default: see {@link io.github.motcua.kpi.tally.Offering}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProcedure.class)
@JsonDeserialize(as = ImmutableProcedure.class)
public abstract class Procedure {
  Procedure() {}

  /** The national procedure code ({@code MaTTHC}). */
  public abstract String code();

  /** The procedure's name. */
  public abstract String name();

  /** The field (lĩnh vực) the procedure belongs to, e.g. {@code Đất đai}. */
  public abstract String field();

  /** The online service level at which the procedure is offered. */
  public abstract ServiceLevel level();

  /** Whether the procedure carries a fee or charge. */
  @Value.Default
  public boolean feeBearing() {
    return false;
  }

  /** Whether the online service is integrated on the national public-service portal. */
  @Value.Default
  public boolean onNationalPortal() {
    return false;
  }

  /** Whether the service is on the province's approved list of online services. */
  @Value.Default
  public boolean onApprovedList() {
    return false;
  }

  /** The legal processing time (thời hạn giải quyết), where the catalogue gives it. */
  public abstract java.util.Optional<ProcessingTime> processingTime();

  /** Whether the procedure's result must be issued on paper (kết quả bản giấy). */
  @Value.Default
  public boolean paperResultRequired() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Procedure} values: a setter per attribute, {@code from(value)} to start from a value,
   * then {@code build()}.
   */
  public static final class Builder extends ImmutableProcedure.Builder {}

  @Value.Check
  void check() {
    checkArgument(!code().isBlank(), "procedure code is blank (name '%s')", name());
    checkArgument(!field().isBlank(), "procedure %s has a blank field (lĩnh vực)", code());
  }
}
