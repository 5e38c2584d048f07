package io.github.motcua.kpi.report;

/**
 * The figures of Biểu 06 (columns 3 to 13; 1 is the row number, 2 the field), each with its column
 * number on the form and its stable English key, the column name of the CSV and the JSON.
 */
public enum Bieu06Column {
  /** (3) Số hồ sơ nhận giải quyết — tổng số: (4) + (5) + (6). */
  RECEIVED_TOTAL(3, "received_total"),
  /** (4) Mới tiếp nhận trong kỳ, trực tuyến (the national portal or VNeID). */
  RECEIVED_ONLINE(4, "received_online"),
  /** (5) Mới tiếp nhận trong kỳ, trực tiếp hoặc qua dịch vụ bưu chính. */
  RECEIVED_DIRECT_POSTAL(5, "received_direct_postal"),
  /** (6) Từ kỳ trước chuyển qua: received before the period, not settled when it began. */
  CARRIED_OVER(6, "carried_over"),
  /** (7) Số hồ sơ đã giải quyết — tổng số: (8) + (9) + (10). */
  SETTLED_TOTAL(7, "settled_total"),
  /** (8) Giải quyết trước hạn. */
  SETTLED_EARLY(8, "settled_early"),
  /** (9) Giải quyết đúng hạn. */
  SETTLED_ON_TIME(9, "settled_on_time"),
  /** (10) Giải quyết quá hạn. */
  SETTLED_LATE(10, "settled_late"),
  /** (11) Số hồ sơ đang giải quyết — tổng số: (12) + (13). */
  IN_PROGRESS_TOTAL(11, "in_progress_total"),
  /** (12) Đang giải quyết, trong hạn. */
  IN_PROGRESS_WITHIN(12, "in_progress_within"),
  /** (13) Đang giải quyết, quá hạn. */
  IN_PROGRESS_OVERDUE(13, "in_progress_overdue");

  private final int number;
  private final String key;

  Bieu06Column(int number, String key) {
    this.number = number;
    this.key = key;
  }

  /** The column's number on the printed form, 3 to 13. */
  public int number() {
    return number;
  }

  /** The stable English key, e.g. {@code received_online}. */
  public String key() {
    return key;
  }
}
