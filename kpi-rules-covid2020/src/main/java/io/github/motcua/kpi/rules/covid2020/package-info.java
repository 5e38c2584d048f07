/**
 * The COVID-2020 directives: three provinces relaying Công văn 2552/VPCP-KSTT of the Government
 * Office (2 Apr 2020, "tập trung ứng dụng CNTT trong giải quyết công việc, thủ tục hành chính thời
 * kỳ phòng, chống dịch COVID-19"). A common core (package-private) holds
 * the requirements they share; {@link io.github.motcua.kpi.rules.covid2020.Qt1501}, {@link
 * io.github.motcua.kpi.rules.covid2020.Tv1239} and {@link
 * io.github.motcua.kpi.rules.covid2020.Brvt404} are the directives; {@link
 * io.github.motcua.kpi.rules.covid2020.Covid2020Rules} provides them.
 */
package io.github.motcua.kpi.rules.covid2020;
