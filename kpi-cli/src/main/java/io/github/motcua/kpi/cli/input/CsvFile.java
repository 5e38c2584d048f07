package io.github.motcua.kpi.cli.input;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file read through jackson-dataformat-csv, row by row, with the physical line each row
 * starts on (the header is line 1): quoted fields (a name with a comma, even a line break), a UTF-8
 * byte order mark, CRLF line ends and Vietnamese text all read as written. Column names are
 * matched case-insensitively; values are trimmed and NFC-normalised.
 *
 * <p>A file that is not valid CSV (an unclosed quote) stops reading with a {@link
 * BadInputException} at the line where it went wrong: what follows cannot be trusted.
 */
public final class CsvFile implements Closeable {
  private static final CsvFactory FACTORY = new CsvFactory();

  private final String name;
  private final CsvParser parser;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();

  private CsvFile(String name, Reader reader) throws IOException {
    this.name = name;
    this.parser = FACTORY.createParser(reader);
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    List<String> first = nextRow();
    if (first == null) {
      throw new BadInputException(Problem.of(Location.file(name), "empty file: no header line"));
    }
    this.header = first;
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).toLowerCase(Locale.ROOT);
      if (Utf8Text.broken(column)) {
        problems.add(Problem.of(Location.line(name, 1), null, null, Utf8Text.MESSAGE, header.get(i)));
      } else if (column.isEmpty()) {
        problems.add(Problem.of(Location.line(name, 1), null, null, "blank column name in position " + (i + 1), null));
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.add(Problem.of(Location.line(name, 1), null, header.get(i), "column appears twice in the header", null));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  /** Opens {@code path} (UTF-8, with or without a byte order mark), reading its header. */
  public static CsvFile open(Path path) throws IOException {
    return open(path.toString(), Utf8Text.open(path));
  }

  /** Reads CSV text from {@code reader}, naming it {@code name} in problems. */
  public static CsvFile open(String name, Reader reader) throws IOException {
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return new CsvFile(name, in);
  }

  /** The file name given. */
  public String name() {
    return name;
  }

  /** The header's column names, as written. */
  public List<String> header() {
    return header;
  }

  /** Whether the header has {@code column} (case-insensitive). */
  public boolean hasColumn(String column) {
    return columns.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks the header has every one of {@code required}.
   *
   * @throws BadInputException naming every missing column, at line 1
   */
  public void requireColumns(String... required) {
    List<Problem> problems = new ArrayList<>();
    for (String c : required) {
      if (!hasColumn(c)) {
        problems.add(
            Problem.of(Location.line(name, 1), null, c, "required column is missing from the header", String.join(",", header)));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  /** Header columns not in {@code known} (case-insensitive), as written. */
  public List<String> columnsOtherThan(Set<String> known) {
    Set<String> lower = new LinkedHashSet<>();
    known.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
    List<String> out = new ArrayList<>();
    for (String h : header) {
      if (!lower.contains(h.toLowerCase(Locale.ROOT))) {
        out.add(h);
      }
    }
    return out;
  }

  /**
   * The next row, or empty at the end of the file.
   *
   * @throws BadInputException if the text is not valid CSV from here on
   */
  public Optional<Row> next() throws IOException {
    List<String> values = nextRow();
    return values == null ? Optional.empty() : Optional.of(new Row(lastLine, values));
  }

  private long lastLine;

  private List<String> nextRow() throws IOException {
    long firstValueLine = 0;
    try {
      JsonToken t = parser.nextToken();
      while (t != null && t != JsonToken.START_ARRAY) {
        t = parser.nextToken();
      }
      if (t == null) {
        return null;
      }
      List<String> values = new ArrayList<>();
      while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
        if (values.isEmpty()) {
          firstValueLine = parser.currentTokenLocation().getLineNr();
        }
        String text = parser.getText();
        values.add(text == null ? "" : Normalizer.normalize(text.trim(), Normalizer.Form.NFC));
      }
      lastLine = firstValueLine;
      return values;
    } catch (StreamReadException e) {
      long line = firstValueLine > 0 ? firstValueLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadInputException(
          Problem.of(
              line > 0 ? Location.line(name, line) : Location.file(name),
              "malformed CSV: " + e.getOriginalMessage() + (firstValueLine > 0 ? " (in the row starting on this line)" : "")));
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  /** One row: its physical line and values, looked up by column name. */
  public final class Row implements RawRecord {
    private final long line;
    private final List<String> values;

    private Row(long line, List<String> values) {
      this.line = line;
      this.values = values;
    }

    @Override
    public Location location() {
      return Location.line(name, line);
    }

    /** The number of values on the row. */
    public int size() {
      return values.size();
    }

    @Override
    public Optional<String> get(String field) {
      Integer i = columns.get(field.toLowerCase(Locale.ROOT));
      if (i == null || i >= values.size() || values.get(i).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(values.get(i));
    }

    @Override
    public boolean has(String field) {
      return columns.containsKey(field.toLowerCase(Locale.ROOT));
    }

    /**
     * What is wrong with the row as text, before its fields are read: more values than the header
     * has columns, or values that are not UTF-8.
     */
    public List<Problem> textProblems() {
      List<Problem> out = new ArrayList<>();
      if (values.size() > header.size()) {
        out.add(
            Problem.of(
                location(),
                null,
                null,
                "row has " + values.size() + " values but the header has " + header.size() + " columns (an unquoted comma?)",
                String.join(",", values)));
      }
      for (int i = 0; i < values.size(); i++) {
        if (Utf8Text.broken(values.get(i))) {
          out.add(Problem.of(location(), null, i < header.size() ? header.get(i) : null, Utf8Text.MESSAGE, values.get(i)));
        }
      }
      return out;
    }
  }
}
