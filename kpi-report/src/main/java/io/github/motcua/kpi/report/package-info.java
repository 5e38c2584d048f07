/**
 * The reports a provincial office files and signs (báo cáo), computed from the core's tallies and
 * reports and printed for the people who sign them.
 *
 * <ul>
 *   <li>{@link io.github.motcua.kpi.report.Bieu06}: Biểu số 06/VPCP/KSTT of Thông tư
 *       01/2020/TT-VPCP (Tình hình, kết quả giải quyết TTHC), counted from dossiers through the
 *       counters of {@link io.github.motcua.kpi.report.Bieu06Counters};
 *   <li>{@link io.github.motcua.kpi.report.DirectiveReport}: a directive's report per agency and
 *       requirement, with totals per tier and for the province and ranks within a tier;
 *   <li>{@link io.github.motcua.kpi.report.Qt1501Appendix}: the appendix of Công văn 1501/UBND-VX
 *       in its printed layout.
 * </ul>
 *
 * <p>Each is written by {@code write(Format, Lang, OutputStream)}: Vietnamese by default ({@link
 * io.github.motcua.kpi.report.Lang#VI}: headings, verdict words, dd/mm/yyyy, decimal comma, "–" for
 * no value), English on request; JSON and CSV keep stable English keys whatever the language.
 */
@KpiStyle
package io.github.motcua.kpi.report;

import io.github.motcua.kpi.style.KpiStyle;
