package io.github.motcua.kpi.cli.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.kpi.eval.AgencyReport;
import io.github.motcua.kpi.eval.IndicatorValue;
import io.github.motcua.kpi.eval.Report;
import io.github.motcua.kpi.eval.RuleResult;
import io.github.motcua.kpi.io.FormulaGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A report as CSV, written through jackson-dataformat-csv: {@code row,directive,period,as_of,
 * before_day_reading,agency,name,tier,rank,agency_points,rule,indicator,numerator,denominator,
 * percent,target,curve,verdict,points,task,due,done,detail,counted_under,rolled_up_to}. The {@code
 * row} column says what a row is: {@code warning} (report-level, its text in {@code detail}, first), then per agency {@code
 * indicator} (one per indicator the report carries) and {@code result} (one per rule result).
 * Percentages have two decimals (the report's own); blank cells are absent values. {@code
 * counted_under} ({@code RECEIVING} or {@code SETTLING}) and {@code rolled_up_to} (the tree level,
 * blank when nothing is pooled) are the report's, on every row. Every cell goes through {@link
 * FormulaGuard}: an agency named {@code =HYPERLINK(…)} opens as text in a spreadsheet.
 */
public final class ReportCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "row", "directive", "period", "as_of", "before_day_reading", "agency", "name", "tier", "rank",
          "agency_points", "rule", "indicator", "numerator", "denominator", "percent", "target", "curve",
          "verdict", "points", "task", "due", "done", "detail", "counted_under", "rolled_up_to");

  private ReportCsv() {}

  /** The CSV text. */
  public static String write(Report report) {
    return write(List.of(report));
  }

  /**
   * The CSV text of several reports (the parts of a period split at the reform), one header, the
   * rows of each report in turn, told apart by the {@code period} column.
   */
  public static String write(List<Report> reports) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build()).writeValues(out)) {
      for (Report report : reports) {
        rows(report, w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void rows(Report report, SequenceWriter w) throws IOException {
    for (String warning : report.warnings()) {
      List<String> row = head("warning", report);
      row.addAll(List.of("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", warning));
      write(w, row, report);
    }
    for (AgencyReport a : report.agencies()) {
      for (IndicatorValue v : a.indicators()) {
        List<String> row = agency("indicator", report, a);
        row.addAll(
            List.of(
                "", v.indicator(), text(v.numerator()), text(v.denominator()), v.percent().orElse(""), "", "", "",
                "", "", "", "", ""));
        write(w, row, report);
      }
      for (RuleResult r : a.results()) {
        List<String> row = agency("result", report, a);
        row.addAll(
            List.of(
                r.rule(),
                r.indicator().orElse(""),
                text(r.numerator()),
                text(r.denominator()),
                r.percent().orElse(""),
                r.target().orElse(""),
                r.curve().orElse(""),
                r.verdict().name(),
                r.points().map(BigDecimal::toPlainString).orElse(""),
                r.task().orElse(""),
                date(r.due()),
                date(r.done()),
                r.detail().orElse("")));
        write(w, row, report);
      }
    }
  }

  /** Writes {@code row} with the report-wide readings that close every row. */
  private static void write(SequenceWriter w, List<String> row, Report report) throws IOException {
    row.add(report.countedUnder().name());
    row.add(report.rolledUpTo().isPresent() ? Integer.toString(report.rolledUpTo().getAsInt()) : "");
    w.write(row.stream().map(FormulaGuard::neutralise).toList());
  }

  private static List<String> head(String kind, Report report) {
    List<String> row = new ArrayList<>();
    row.add(kind);
    row.add(report.directive());
    row.add(report.period().toString());
    row.add(report.asOf().toString());
    row.add(report.beforeDayReading().name());
    return row;
  }

  private static List<String> agency(String kind, Report report, AgencyReport a) {
    List<String> row = head(kind, report);
    row.add(a.agency());
    row.add(a.name());
    row.add(a.tier().name());
    row.add(Integer.toString(a.rank()));
    row.add(a.points().map(BigDecimal::toPlainString).orElse(""));
    return row;
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "";
  }

  private static String date(Optional<LocalDate> d) {
    return d.map(LocalDate::toString).orElse("");
  }
}
