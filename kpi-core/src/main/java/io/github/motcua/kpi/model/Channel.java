package io.github.motcua.kpi.model;

/**
 * How a dossier was submitted (kênh thực hiện), with the national portal's codes of
 * {@code KenhThucHien}.
 */
public enum Channel {
  /** In person at a one-stop-shop desk (trực tiếp), code 1. */
  DIRECT(1),
  /** Through a public-service portal (trực tuyến), code 2. */
  ONLINE(2),
  /** Through the public postal service (dịch vụ bưu chính công ích, BCCI), code 3. */
  POSTAL(3);

  private final int nationalCode;

  Channel(int nationalCode) {
    this.nationalCode = nationalCode;
  }

  /** The code in the national portal's {@code KenhThucHien} field. */
  public int nationalCode() {
    return nationalCode;
  }

  /**
   * The channel for a {@code KenhThucHien} code.
   *
   * @throws IllegalArgumentException if the code is not 1, 2 or 3
   */
  public static Channel ofNationalCode(int code) {
    for (Channel c : values()) {
      if (c.nationalCode == code) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "KenhThucHien must be 1 (direct), 2 (online) or 3 (postal), got " + code);
  }
}
