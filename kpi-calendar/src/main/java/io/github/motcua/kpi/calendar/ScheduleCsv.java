package io.github.motcua.kpi.calendar;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a schedule file (CSV, UTF-8) through jackson-dataformat-csv: a header naming the columns
 * {@code date,status,name,source} and optionally {@code provisional}, in any order; lines starting
 * with {@code #} are comments; blank lines are skipped. Every problem is collected, named by file,
 * line and field, and thrown together as a {@link CalendarFileException}.
 */
final class ScheduleCsv {
  static final List<String> REQUIRED = List.of("date", "status", "name", "source");
  static final String PROVISIONAL = "provisional";
  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .enable(CsvParser.Feature.ALLOW_COMMENTS)
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .build();

  private final String file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<LocalDate, Long> lineOf = new HashMap<>();
  private final TreeMap<LocalDate, ScheduledDay> days = new TreeMap<>();

  private ScheduleCsv(String file) {
    this.file = file;
  }

  /** The days of the schedule in {@code bytes}, read from the file named {@code file}. */
  static List<ScheduledDay> read(String file, byte[] bytes) throws IOException {
    ScheduleCsv csv = new ScheduleCsv(file);
    csv.parse(utf8(file, bytes));
    if (!csv.problems.isEmpty()) {
      throw new CalendarFileException(csv.problems);
    }
    return new ArrayList<>(csv.days.values());
  }

  /** The text, or a problem naming the first line that is not UTF-8. */
  private static String utf8(String file, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (decodes(bytes, start, bytes.length)) {
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }
    long line = 1;
    int begin = start;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        if (!decodes(bytes, begin, i)) {
          break;
        }
        line++;
        begin = i + 1;
      }
    }
    throw new CalendarFileException(
        List.of(file + ":" + line + ": text is not UTF-8 (saved in another encoding?): save the file as UTF-8"));
  }

  private static boolean decodes(byte[] bytes, int from, int to) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private void parse(String text) throws IOException {
    try (CsvParser parser = FACTORY.createParser(new StringReader(text))) {
      Row header = next(parser);
      if (header == null) {
        problems.add(file + ": empty file: no header line (date,status,name,source)");
        return;
      }
      if (!readHeader(header)) {
        return;
      }
      Row row;
      while ((row = next(parser)) != null) {
        readRow(row, header.values.size());
      }
    } catch (StreamReadException e) {
      long line = rowLine > 0 ? rowLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      problems.add(file + (line > 0 ? ":" + line : "") + ": malformed CSV: " + e.getOriginalMessage()
          + (rowLine > 0 ? " (in the row starting on this line)" : ""));
    }
  }

  private boolean readHeader(Row header) {
    String at = file + ":" + header.line + ": ";
    for (int i = 0; i < header.values.size(); i++) {
      String column = header.values.get(i).toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(column) && !column.equals(PROVISIONAL)) {
        problems.add(at + "field '" + header.values.get(i) + "': unknown column (expected date,status,name,source[,provisional])");
      } else if (columns.putIfAbsent(column, i) != null) {
        problems.add(at + "field '" + column + "': column appears twice in the header");
      }
    }
    for (String c : REQUIRED) {
      if (!columns.containsKey(c)) {
        problems.add(at + "field '" + c + "': required column is missing from the header ('" + String.join(",", header.values) + "')");
      }
    }
    return problems.isEmpty();
  }

  private void readRow(Row row, int width) {
    String at = file + ":" + row.line + ": ";
    if (row.values.size() > width) {
      problems.add(at + "row has " + row.values.size() + " values but the header has " + width
          + " columns (an unquoted comma?) ('" + String.join(",", row.values) + "')");
      return;
    }
    int before = problems.size();
    String dateText = value(row, "date");
    LocalDate date = null;
    try {
      date = LocalDate.parse(dateText);
      if (date.getYear() < WorkingCalendar.FIRST_YEAR || date.getYear() > WorkingCalendar.LAST_YEAR) {
        problems.add(at + "field 'date': outside the years the calendar covers, "
            + WorkingCalendar.FIRST_YEAR + " to " + WorkingCalendar.LAST_YEAR + " ('" + dateText + "')");
      }
    } catch (DateTimeParseException e) {
      problems.add(at + "field 'date': " + (dateText.isEmpty() ? "missing" : "not a date yyyy-MM-dd") + " ('" + dateText + "')");
    }
    String statusText = value(row, "status");
    ScheduledDay.Status status = null;
    switch (statusText.toLowerCase(Locale.ROOT)) {
      case "off":
        status = ScheduledDay.Status.OFF;
        break;
      case "work":
        status = ScheduledDay.Status.WORK;
        break;
      default:
        problems.add(at + "field 'status': expected off or work ('" + statusText + "')");
    }
    String name = value(row, "name");
    if (name.isEmpty()) {
      problems.add(at + "field 'name': missing: say what the day is (e.g. Tết Nguyên đán, nghỉ bù, làm bù)");
    }
    String source = value(row, "source");
    if (source.isEmpty()) {
      problems.add(at + "field 'source': missing: name the notice or decision the day comes from");
    }
    boolean provisional = false;
    String p = columns.containsKey(PROVISIONAL) ? value(row, PROVISIONAL).toLowerCase(Locale.ROOT) : "";
    switch (p) {
      case "":
      case "no":
      case "0":
      case "false":
        break;
      case "yes":
      case "1":
      case "true":
        provisional = true;
        break;
      default:
        problems.add(at + "field 'provisional': expected yes or no ('" + value(row, PROVISIONAL) + "')");
    }
    if (date != null) {
      Long first = lineOf.putIfAbsent(date, row.line);
      if (first != null) {
        problems.add(at + "field 'date': " + date + " is already given on line " + first + " (one row per day)");
        return;
      }
    }
    if (problems.size() == before) {
      days.put(date, provisional
          ? ScheduledDay.provisional(date, status, name, source)
          : ScheduledDay.of(date, status, name, source));
    }
  }

  private String value(Row row, String column) {
    Integer i = columns.get(column);
    return i == null || i >= row.values.size() ? "" : row.values.get(i);
  }

  /** One row: the physical line it starts on and its trimmed, NFC-normalised values. */
  private static final class Row {
    final long line;
    final List<String> values;

    Row(long line, List<String> values) {
      this.line = line;
      this.values = values;
    }
  }

  /** The line the row being read starts on (0 before its first value). */
  private long rowLine;

  private Row next(CsvParser parser) throws IOException {
    rowLine = 0;
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
        rowLine = parser.currentTokenLocation().getLineNr();
      }
      String text = parser.getText();
      values.add(text == null ? "" : Normalizer.normalize(text.trim(), Normalizer.Form.NFC));
    }
    return new Row(rowLine, values);
  }
}
