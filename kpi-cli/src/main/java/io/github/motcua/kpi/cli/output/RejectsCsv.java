package io.github.motcua.kpi.cli.output;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.motcua.kpi.cli.input.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The rejects file of {@code --skip-invalid}: one row per problem, {@code
 * file,line,record,id,field,problem,value} ({@code line} for CSV and NDJSON, {@code record} for a
 * JSON array's element, {@code id} the {@code MaHoSo} where there is one).
 */
public final class RejectsCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("file", "line", "record", "id", "field", "problem", "value");

  private RejectsCsv() {}

  /** The CSV text. */
  public static String write(List<Problem> problems) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (SequenceWriter w = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build()).writeValues(out)) {
      for (Problem p : problems) {
        w.write(
            List.of(
                p.location().file(),
                p.location().line() > 0 ? Long.toString(p.location().line()) : "",
                p.location().record() > 0 ? Long.toString(p.location().record()) : "",
                p.recordId().orElse(""),
                p.field().orElse(""),
                p.message(),
                p.value().orElse("")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
