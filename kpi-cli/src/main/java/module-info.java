/**
 * The {@code kpi} command line: evaluates a directive over aggregate figures or dossier exports
 * (our CSV, the national portal's JSON and NDJSON) and prints a table, JSON, CSV, an Excel workbook
 * or an HTML page; Biểu 06 of Thông tư 01/2020/TT-VPCP; prints working days, lunar dates and due
 * dates.
 */
module io.github.motcua.kpi.cli {
  requires transitive io.github.motcua.kpi.core;
  requires io.github.motcua.kpi.calendar;
  requires io.github.motcua.kpi.io;
  requires io.github.motcua.kpi.report;
  requires transitive info.picocli;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports io.github.motcua.kpi.cli;

  opens io.github.motcua.kpi.cli to info.picocli;

  uses io.github.motcua.kpi.rules.RuleModule;
}
