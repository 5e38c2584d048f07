package io.github.motcua.kpi.cli.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A report as CSV, one row per agency and rule result, written through jackson-dataformat-csv:
 * {@code directive,period,as_of,agency,name,tier,rank,agency_points,rule,indicator,numerator,
 * denominator,percent,target,verdict,points,task,due,done,detail}. Percentages have two decimals
 * (the report's own); blank cells are absent values.
 */
public final class ReportCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "directive", "period", "as_of", "agency", "name", "tier", "rank", "agency_points", "rule",
          "indicator", "numerator", "denominator", "percent", "target", "verdict", "points", "task",
          "due", "done", "detail");

  private ReportCsv() {}

  /** The CSV text. */
  public static String write(Report report) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build()).writeValues(out)) {
      for (AgencyReport a : report.agencies()) {
        for (RuleResult r : a.results()) {
          w.write(
              List.of(
                  report.directive(),
                  report.period().toString(),
                  report.asOf().toString(),
                  a.agency(),
                  a.name(),
                  a.tier().name(),
                  Integer.toString(a.rank()),
                  a.points().map(BigDecimal::toPlainString).orElse(""),
                  r.rule(),
                  r.indicator().orElse(""),
                  text(r.numerator()),
                  text(r.denominator()),
                  r.percent().orElse(""),
                  r.target().orElse(""),
                  r.verdict().name(),
                  r.points().map(BigDecimal::toPlainString).orElse(""),
                  r.task().orElse(""),
                  date(r.due()),
                  date(r.done()),
                  r.detail().orElse("")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }
}
