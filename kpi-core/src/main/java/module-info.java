/**
 * The province-neutral core of motcua-kpi: the model, exact indicators, tallies, the rule SPI and
 * the evaluator.
 */
module io.github.motcua.kpi.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;

  exports io.github.motcua.kpi.model;
  exports io.github.motcua.kpi.indicator;
  exports io.github.motcua.kpi.tally;
  exports io.github.motcua.kpi.rules;
  exports io.github.motcua.kpi.eval;
  exports io.github.motcua.kpi.json;
  // How this project generates its value types (KpiStyle): for its own modules, not an API.
  exports io.github.motcua.kpi.style to
      io.github.motcua.kpi.calendar,
      io.github.motcua.kpi.io,
      io.github.motcua.kpi.report;

  opens io.github.motcua.kpi.model to com.fasterxml.jackson.databind;
  opens io.github.motcua.kpi.indicator to com.fasterxml.jackson.databind;
  opens io.github.motcua.kpi.tally to com.fasterxml.jackson.databind;
  opens io.github.motcua.kpi.eval to com.fasterxml.jackson.databind;

  uses io.github.motcua.kpi.rules.RuleModule;
}
