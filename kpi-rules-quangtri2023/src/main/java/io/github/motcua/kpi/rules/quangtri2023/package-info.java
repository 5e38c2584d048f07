/**
 * Quảng Trị province, 2023: {@link io.github.motcua.kpi.rules.quangtri2023.Qt2023}, the letter
 * "V/v nâng cao chất lượng trong công tác cải cách TTHC" (…/UBND-NC), provided by {@link
 * io.github.motcua.kpi.rules.quangtri2023.QuangTri2023Rules}.
 */
package io.github.motcua.kpi.rules.quangtri2023;
