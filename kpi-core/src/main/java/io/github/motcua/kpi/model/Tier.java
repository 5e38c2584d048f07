package io.github.motcua.kpi.model;

/**
 * The tier of government an agency belongs to (cấp chính quyền).
 *
 * <p>Directives set different targets per tier, e.g. work records processed online: 60 % for the
 * provincial tier, 30 % for the district tier (Công văn 2552/VPCP-KSTT as relayed by the provinces).
 */
public enum Tier {
  /**
   * Provincial departments and branches (cấp tỉnh — sở, ban, ngành), including central agencies
   * seated in the province (Bảo hiểm xã hội tỉnh, Công an tỉnh).
   */
  PROVINCIAL,
  /** District people's committees (cấp huyện — UBND huyện, thị xã, thành phố). */
  DISTRICT,
  /** Commune people's committees (cấp xã — UBND xã, phường, thị trấn). */
  COMMUNE
}
