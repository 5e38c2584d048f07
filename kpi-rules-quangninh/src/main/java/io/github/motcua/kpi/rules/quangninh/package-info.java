/**
 * Quảng Ninh province (tỉnh Quảng Ninh): {@link io.github.motcua.kpi.rules.quangninh.Qn07}, Chỉ thị
 * 07/CT-UBND of 28 Sep 2018 on level-3/4 online public services (dịch vụ công trực tuyến mức độ 3,
 * mức độ 4) and the public postal service (dịch vụ bưu chính công ích), provided by {@link
 * io.github.motcua.kpi.rules.quangninh.QuangNinhRules}.
 */
package io.github.motcua.kpi.rules.quangninh;
