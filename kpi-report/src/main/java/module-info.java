/**
 * The reports a provincial office files and signs: Biểu 06 of Thông tư 01/2020/TT-VPCP, the
 * directive report and the appendix of Công văn 1501/UBND-VX, in Vietnamese by default, as Excel
 * workbooks, HTML, CSV, JSON and text ({@link io.github.motcua.kpi.report}).
 */
module io.github.motcua.kpi.report {
  requires transitive io.github.motcua.kpi.core;
  requires org.dhatim.fastexcel;
  requires static org.immutables.value.annotations;

  exports io.github.motcua.kpi.report;

  opens io.github.motcua.kpi.report to com.fasterxml.jackson.databind;
}
