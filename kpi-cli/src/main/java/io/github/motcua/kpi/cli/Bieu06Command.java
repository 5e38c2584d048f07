package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.io.BadInputException;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.report.Bieu06;
import io.github.motcua.kpi.report.Bieu06Counters;
import io.github.motcua.kpi.report.Format;
import io.github.motcua.kpi.report.Lang;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kpi report bieu06}: Biểu 06 of Thông tư 01/2020/TT-VPCP counted from dossiers, read as
 * {@code evaluate} reads them ({@link InputFiles}).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "bieu06",
    sortOptions = false,
    description = {
      "Biểu số 06/VPCP/KSTT (Thông tư 01/2020/TT-VPCP): dossiers received (online, direct or by post,"
          + " carried over), settled (early, on time, late) and in progress (within or past the deadline),"
          + " per agency and field, grouped by tier; in Vietnamese unless --lang en.",
      "csv: agency,field,received_total,…,in_progress_overdue — a row per agency and field, a row per"
          + " agency with field *, one row *,* for the whole (UTF-8 with a byte order mark)."
    })
final class Bieu06Command implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dossiers", required = true, paramLabel = "<file>",
      description = "Dossiers: our CSV (with status, finished and due), or the national portal's JSON array or NDJSON.")
  Path dossiers;

  @Option(names = "--procedures", required = true, paramLabel = "<file.csv>", description = "Procedure catalogue (its fields are the form's rows).")
  Path procedures;

  @Option(names = "--agencies", required = true, paramLabel = "<file.csv>", description = "Agencies: agency,name,tier.")
  Path agencies;

  @Option(names = "--period", required = true, paramLabel = "<period>",
      description = "2026-Q1, 2026-H1, 2026, 2026-03 or 2026-01-01..2026-03-31.")
  String period;

  @Option(names = "--as-of", paramLabel = "<date>", description = "The date the figures are taken at, yyyy-MM-dd (default: the period's end).")
  String asOf;

  @Option(names = "--agency", paramLabel = "<code>", description = "One agency's form (default: every agency, grouped by tier).")
  String agency;

  @Option(names = "--reporting-unit", paramLabel = "<name>", description = "Đơn vị báo cáo, printed in the heading.")
  String reportingUnit;

  @Option(names = "--recipient", paramLabel = "<name>", description = "Đơn vị nhận báo cáo, printed in the heading.")
  String recipient;

  @Mixin CalendarFile calendarFile = new CalendarFile();

  @Option(names = "--format", paramLabel = "<format>", defaultValue = "table", converter = Formats.FormatConverter.class,
      description = "table, csv, xlsx (needs --output), html or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--lang", paramLabel = "<lang>", defaultValue = "vi", converter = Formats.LangConverter.class,
      description = "vi (default) or en, for table, xlsx and html; csv and json keep English keys.")
  Lang lang;

  @Option(names = "--output", paramLabel = "<file>", description = "Write the form here instead of standard output.")
  Path output;

  @Option(names = "--skip-invalid", description = "Count the valid records; the form states records read, accepted and rejected.")
  boolean skipInvalid;

  @Override
  public Integer call() throws IOException {
    Period p;
    try {
      p = Period.parse(period);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--period: " + e.getMessage());
    }
    LocalDate at = AsOfDate.of(spec, asOf, p);
    InputFiles files = new InputFiles();
    files.dossiers = dossiers;
    files.procedures = procedures;
    files.agencies = agencies;
    files.calendar = calendarFile.builder().build();
    InputFiles.Assembled in;
    InputSummary summary;
    try (ProblemLog log = new ProblemLog(null)) {
      in = files.read(catalogue -> Bieu06Counters.counters(catalogue.fields()), List.of(p), at, log);
      for (InputFiles.FileCounts f : in.files()) {
        if (!f.keysNotRead().isEmpty()) {
          spec.commandLine().getErr().println("kpi: note: " + f.file() + ": not read (no field of the format): "
              + String.join(", ", f.keysNotRead()));
        }
      }
      summary = in.summary();
      if (log.count() > 0) {
        if (!skipInvalid) {
          throw log.exception();
        }
        spec.commandLine().getErr().print(log.exception().describe(BadInputException.PRINT_LIMIT));
        spec.commandLine().getErr().println("kpi: read " + summary.read() + " records, accepted " + summary.accepted()
            + ", rejected " + summary.rejected());
      }
    }
    ProcedureCatalogue catalogue = in.catalogue().orElseThrow();
    Bieu06 form;
    try {
      form = Bieu06.of(p, at, in.agencies(), catalogue.fields(), in.tallies().get(0));
    } catch (IllegalArgumentException e) {
      throw new BadValue(e.getMessage());
    }
    form = Bieu06.builder().from(form)
        .files(List.of(dossiers.toString(), procedures.toString(), agencies.toString()))
        .input(summary).build();
    if (agency != null) {
      try {
        form = form.forAgency(agency);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--agency: " + e.getMessage());
      }
    }
    if (reportingUnit != null) {
      form = Bieu06.builder().from(form).reportingUnit(reportingUnit).build();
    }
    if (recipient != null) {
      form = Bieu06.builder().from(form).recipient(recipient).build();
    }
    ReportOutput.write(spec, form::write, format, lang, output);
    return KpiCli.OK;
  }
}
