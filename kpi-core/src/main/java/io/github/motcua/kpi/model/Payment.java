package io.github.motcua.kpi.model;

/**
 * Whether and where a dossier's fee was paid online ({@code DuocThanhToanTrucTuyen}): 0 not
 * online, 1 on the national public-service portal's payment platform, 2 through a ministry's or
 * province's own gateway.
 */
public enum Payment {
  /** Not paid online (code 0, or absent). */
  NONE,
  /** Paid on the national portal's platform (code 1). */
  NATIONAL_PORTAL,
  /** Paid through a ministry's or province's gateway (code 2). */
  PROVINCIAL_GATEWAY;

  /** Whether the fee was paid online, on either platform. */
  public boolean isOnline() {
    return this != NONE;
  }

  /** The code of {@code DuocThanhToanTrucTuyen}: 0, 1 or 2. */
  public int code() {
    return ordinal();
  }

  /**
   * The payment for a {@code DuocThanhToanTrucTuyen} code.
   *
   * @throws IllegalArgumentException if the code is not 0, 1 or 2
   */
  public static Payment ofCode(int code) {
    if (code < 0 || code > 2) {
      throw new IllegalArgumentException(
          "DuocThanhToanTrucTuyen must be 0 (not online), 1 (national portal) or 2 (gateway), got "
              + code);
    }
    return values()[code];
  }
}
