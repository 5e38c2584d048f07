package io.github.motcua.kpi.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The tier of government an agency belongs to (cấp chính quyền).
 *
 * <p>Directives set different targets per tier, e.g. work records processed online: 60 % for the
 * provincial tier, 30 % for the district tier (Công văn 2552/VPCP-KSTT as relayed by the provinces).
 *
 * <p>From 1 July 2025 local government has two tiers, province and commune (Luật Tổ chức chính
 * quyền địa phương 72/2025/QH15; the Constitution as amended on 16 Jun 2025): the district tier
 * exists up to {@linkplain #lastDay() 30 Jun 2025} only. Directives issued before keep their three
 * tiers; they are history, evaluated on data of their time.
 */
public enum Tier {
  /**
   * Provincial departments and branches (cấp tỉnh — sở, ban, ngành), including central agencies
   * seated in the province (Bảo hiểm xã hội tỉnh, Công an tỉnh), and the province itself
   * (UBND tỉnh, the root of a province's tree of agencies).
   */
  PROVINCIAL,
  /**
   * District people's committees (cấp huyện — UBND huyện, thị xã, thành phố thuộc tỉnh), up to
   * 30 Jun 2025.
   */
  DISTRICT,
  /**
   * Commune people's committees (cấp xã — UBND xã, phường, thị trấn; since 1 Jul 2025 xã, phường
   * and đặc khu).
   */
  COMMUNE;

  /**
   * The first day of two-tier local government, 1 Jul 2025 (Luật 72/2025/QH15; Nghị quyết
   * 202/2025/QH15 for the 34 provinces): the day of the reform (sắp xếp đơn vị hành chính).
   */
  public static final LocalDate TWO_TIERS_FROM = LocalDate.of(2025, 7, 1);

  /**
   * The last day an agency of this tier can exist: 30 Jun 2025 for {@link #DISTRICT}, the day
   * before {@link #TWO_TIERS_FROM}; empty for the tiers that go on.
   */
  public Optional<LocalDate> lastDay() {
    return this == DISTRICT ? Optional.of(TWO_TIERS_FROM.minusDays(1)) : Optional.empty();
  }
}
