/**
 * Files in and out of motcua-kpi: every input of an evaluation — the national portal's sync format
 * and our dossier CSV ({@link io.github.motcua.kpi.io.DossierReader}), aggregate figures, agencies,
 * procedures, work records, task completions, secondments — read with every problem named; and
 * directives as YAML or JSON files ({@link io.github.motcua.kpi.io.directive.DirectiveFiles}),
 * checked whole, with the format's JSON Schema.
 */
module io.github.motcua.kpi.io {
  requires transitive io.github.motcua.kpi.core;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires static org.immutables.value.annotations;

  exports io.github.motcua.kpi.io;
  exports io.github.motcua.kpi.io.directive;
}
