package io.github.motcua.kpi.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The rejects file (tệp bản ghi bị loại): one row per problem, {@code
 * file,line,record,id,field,problem,value} ({@code line} for CSV and NDJSON, {@code record} for a
 * JSON array's element, {@code id} the {@code MaHoSo} where there is one). Written as problems are
 * found ({@link #writer(Writer)}), so a file of any size is written in bounded memory. Every cell
 * goes through {@link FormulaGuard}: a rejected name such as {@code =HYPERLINK(…)} opens as text.
 */
public final class RejectsCsv implements Closeable, Flushable {
  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("file", "line", "record", "id", "field", "problem", "value");

  private static final CsvSchema SCHEMA;

  static {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    COLUMNS.forEach(schema::addColumn);
    SCHEMA = schema.build();
  }

  private final SequenceWriter out;

  private RejectsCsv(Writer writer) throws IOException {
    this.out =
        new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(SCHEMA).writeValues(writer);
  }

  /**
   * A rejects file written to {@code writer}, header first.
   *
   * @throws IOException if the header cannot be written
   */
  public static RejectsCsv writer(Writer writer) throws IOException {
    return new RejectsCsv(writer);
  }

  /**
   * Writes one problem's row.
   *
   * @throws IOException if it cannot be written
   */
  public void write(Problem p) throws IOException {
    out.write(
        List.of(
            FormulaGuard.neutralise(p.location().file()),
            p.location().line() > 0 ? Long.toString(p.location().line()) : "",
            p.location().record() > 0 ? Long.toString(p.location().record()) : "",
            FormulaGuard.neutralise(p.recordId().orElse("")),
            FormulaGuard.neutralise(p.field().orElse("")),
            FormulaGuard.neutralise(p.message()),
            FormulaGuard.neutralise(p.value().orElse(""))));
  }

  /** The CSV text of {@code problems}. */
  public static String write(List<Problem> problems) {
    StringWriter text = new StringWriter();
    try (RejectsCsv w = writer(text)) {
      for (Problem p : problems) {
        w.write(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
