package io.github.motcua.kpi.io;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
 * <p>Blank lines (empty, or only spaces) are skipped and counted ({@link #blankLines()}). A file
 * that is not valid CSV (an unclosed quote) or holds a value longer than {@link
 * ReadLimits#maxStringLength()} stops reading with a {@link BadInputException} at the line where it
 * went wrong: what follows cannot be trusted.
 */
final class CsvFile implements Closeable {
  private final String name;
  private final ReadLimits limits;
  private final StrayQuotes quotes;
  private final CsvParser parser;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();
  private long blankLines;
  private long lastLine;
  private long lastEndLine;

  private CsvFile(String name, Reader reader, ReadLimits limits) throws IOException {
    this.name = name;
    this.limits = limits;
    this.quotes = new StrayQuotes(reader);
    CsvFactory factory =
        CsvFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxStringLength(limits.maxStringLength()).build())
            .build();
    this.parser = factory.createParser(quotes);
    List<String> first = nextNonBlankRow();
    if (first == null) {
      throw new BadInputException(Problem.of(Location.file(name), "empty file: no header line"));
    }
    this.header = first;
    List<Problem> problems = new ArrayList<>();
    long headerLine = lastLine;
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).toLowerCase(Locale.ROOT);
      String text = TextChecks.problem(column, limits.maxFieldLength());
      if (text != null) {
        problems.add(Problem.of(Location.line(name, headerLine), null, null, text, header.get(i)));
      } else if (column.isEmpty()) {
        problems.add(Problem.of(Location.line(name, headerLine), null, null, "blank column name in position " + (i + 1), null));
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.add(Problem.of(Location.line(name, headerLine), null, header.get(i), "column appears twice in the header", null));
      }
    }
    if (quotes.onLines(headerLine, lastEndLine)) {
      problems.add(Problem.of(Location.line(name, headerLine), null, null, STRAY_QUOTE, null));
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
  }

  private static final String STRAY_QUOTE =
      "a quote inside a field that is not quoted as a whole: quote the whole field and double the"
          + " quotes in it (\"Sở \"\"x\"\" Xây dựng\")";

  /** Opens {@code path} (UTF-8, with or without a byte order mark), reading its header. */
  static CsvFile open(Path path, ReadLimits limits) throws IOException {
    return open(path.toString(), Utf8Text.open(path), limits);
  }

  /** Reads CSV text from {@code reader}, naming it {@code name} in problems. */
  static CsvFile open(String name, Reader reader, ReadLimits limits) throws IOException {
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    return new CsvFile(name, in, limits);
  }

  /** The file name given. */
  String name() {
    return name;
  }

  /** The header's column names, as written. */
  List<String> header() {
    return header;
  }

  /** The blank lines skipped so far. */
  long blankLines() {
    return blankLines;
  }

  /** Whether the header has {@code column} (case-insensitive). */
  boolean hasColumn(String column) {
    return columns.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks the header has every one of {@code required}.
   *
   * @throws BadInputException naming every missing column, at line 1
   */
  void requireColumns(String... required) {
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
  List<String> columnsOtherThan(Set<String> known) {
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
   * The next row that is not blank, or empty at the end of the file.
   *
   * @throws BadInputException if the text is not valid CSV from here on
   */
  Optional<Row> next() throws IOException {
    List<String> values = nextNonBlankRow();
    return values == null ? Optional.empty() : Optional.of(new Row(lastLine, lastEndLine, values));
  }

  private List<String> nextNonBlankRow() throws IOException {
    List<String> values;
    while ((values = nextRow()) != null) {
      if (!values.stream().allMatch(String::isEmpty)) {
        return values;
      }
      blankLines++;
    }
    return null;
  }

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
      lastEndLine = Math.max(firstValueLine, parser.currentLocation().getLineNr() - 1);
      return values;
    } catch (StreamConstraintsException e) {
      long line = firstValueLine > 0 ? firstValueLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BadInputException(
          Problem.of(
              line > 0 ? Location.line(name, line) : Location.file(name),
              "a value longer than " + limits.maxStringLength() + " characters: no value of a one-stop"
                  + " file is that long (a quote left open?); the rest of the file is not read"));
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

  /** One row: its physical lines and values, looked up by column name. */
  final class Row implements RawRecord {
    private final long line;
    private final long endLine;
    private final List<String> values;

    private Row(long line, long endLine, List<String> values) {
      this.line = line;
      this.endLine = endLine;
      this.values = values;
    }

    @Override
    public Location location() {
      return Location.line(name, line);
    }

    /** The number of values on the row. */
    int size() {
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
     * What is wrong with the row as text, before its fields are read: more or fewer values than
     * the header has columns, a stray quote, values that are not UTF-8, hold a control character
     * or are too long.
     */
    List<Problem> textProblems() {
      List<Problem> out = new ArrayList<>();
      if (values.size() > header.size()) {
        out.add(
            Problem.of(
                location(),
                null,
                null,
                "row has " + values.size() + " values but the header has " + header.size() + " columns (an unquoted comma?)",
                String.join(",", values)));
      } else if (values.size() < header.size()) {
        out.add(
            Problem.of(
                location(),
                null,
                header.get(values.size()),
                "row has " + values.size() + " values but the header has " + header.size()
                    + " columns: a value is missing (leave it blank between commas to say it is not given)",
                String.join(",", values)));
      }
      if (quotes.onLines(line, endLine)) {
        out.add(Problem.of(location(), null, null, STRAY_QUOTE, String.join(",", values)));
      }
      for (int i = 0; i < values.size(); i++) {
        String text = TextChecks.problem(values.get(i), limits.maxFieldLength());
        if (text != null) {
          out.add(Problem.of(location(), null, i < header.size() ? header.get(i) : null, text, values.get(i)));
        }
      }
      return out;
    }
  }
}
