package io.github.motcua.kpi.model;

import java.util.OptionalInt;

/**
 * How a dossier was submitted (kênh thực hiện), with the national portal's codes of
 * {@code KenhThucHien} where one is fixed.
 *
 * <p>{@link #VNEID} is the fourth channel of Nghị định 367/2025/NĐ-CP (amending Nghị định
 * 118/2025/NĐ-CP): submission through the national identification app. The sync format has no
 * announced code for it yet, so it has no {@link #nationalCode()}; readers map a configured code.
 */
public enum Channel {
  /** In person at a one-stop-shop desk (trực tiếp), code 1. */
  DIRECT(1),
  /** Through a public-service portal (trực tuyến), code 2. */
  ONLINE(2),
  /** Through the public postal service (dịch vụ bưu chính công ích, BCCI), code 3. */
  POSTAL(3),
  /** Through the VNeID app (ứng dụng định danh quốc gia), from Nghị định 367/2025/NĐ-CP. */
  VNEID(0);

  private final int nationalCode;

  Channel(int nationalCode) {
    this.nationalCode = nationalCode;
  }

  /** The code in the national portal's {@code KenhThucHien} field; empty for {@link #VNEID}. */
  public OptionalInt nationalCode() {
    return nationalCode == 0 ? OptionalInt.empty() : OptionalInt.of(nationalCode);
  }

  /** Whether the channel is online: the portal, or VNeID. */
  public boolean isOnline() {
    return this == ONLINE || this == VNEID;
  }

  /**
   * The channel for a {@code KenhThucHien} code.
   *
   * @throws IllegalArgumentException if the code is not 1, 2 or 3
   */
  public static Channel ofNationalCode(int code) {
    for (Channel c : values()) {
      if (c.nationalCode != 0 && c.nationalCode == code) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "KenhThucHien must be 1 (direct), 2 (online) or 3 (postal), got " + code);
  }
}
