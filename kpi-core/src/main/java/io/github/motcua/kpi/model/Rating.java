package io.github.motcua.kpi.model;

/**
 * The applicant's rating of how a dossier was received and settled (đánh giá mức độ hài lòng),
 * where the input gives one. QĐ 766 indicator 5.4 counts a dossier rated dissatisfied ({@code
 * DanhGia} 2) against the agency.
 */
public enum Rating {
  /** Satisfied (hài lòng, rất hài lòng). */
  SATISFIED,
  /** Dissatisfied (không hài lòng). */
  DISSATISFIED
}
