package io.github.motcua.kpi.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a JSON file of the national portal's sync format, streamed in blocks through
 * Jackson's parser with its read constraints set from {@link ReadLimits}, in either layout:
 *
 * <ul>
 *   <li>NDJSON, one object a line: records are located by physical line ({@code file:12}). A
 *       record that is malformed or breaks a limit is rejected, and reading resumes on the next
 *       line. Blank lines are skipped and counted.
 *   <li>a JSON array of objects: records are numbered from 1 ({@code file:record 3}). The array is
 *       first split into its elements by their brackets and quotes, so that a malformed element (or
 *       one that breaks a limit) is rejected and reading resumes at the next. Only an array whose
 *       structure breaks — not closed, text after its end, a trailing comma — stops the read, with
 *       a {@link BadInputException}: what follows cannot be located.
 * </ul>
 *
 * <p>The layout is told by the first character after any byte order mark and white space: {@code [}
 * for an array, anything else for NDJSON (an empty file holds no records). The records themselves
 * are read by a {@link Handler}; this class knows nothing of dossiers.
 */
final class JsonRecordsFile {
  /** What the file hands on. */
  interface Handler {
    /**
     * A record object: the parser is on its {@code START_OBJECT}; read it through to its {@code
     * END_OBJECT}. {@code line} is its first line; {@code record} its number in an array, 0 in NDJSON.
     * The file then says whether it was whole ({@link #complete}), or that it was not ({@link
     * #malformed}).
     *
     * @throws IOException if the JSON is malformed (the record is then rejected as such)
     */
    void object(JsonParser parser, long line, long record) throws IOException;

    /** The record just read is whole; {@code tooLong} says why it is rejected anyway, or is null. */
    void complete(String tooLong);

    /** A record that is no object, or not well-formed JSON, or too long; {@code value} its text. */
    void malformed(Location at, String message, String value);
  }

  private static final int INITIAL = 1 << 16;

  /** A record whose line ends before its value does. */
  static final String CUT_SHORT = "malformed JSON: the record is cut short (its line ends before its object closes)";

  private final String name;
  private final InputStream in;
  private final ReadLimits limits;
  private final JsonFactory factory;
  private byte[] buf = new byte[INITIAL];
  private int start;
  private int end;
  private boolean eof;
  private int lastByte = -1;
  private long blankLines;
  /** Whether the text is read as lines whatever its first character (one record's text). */
  private boolean linesOnly;

  JsonRecordsFile(String name, InputStream in, ReadLimits limits) {
    this.name = name;
    this.in = in;
    this.limits = limits;
    this.factory = factory(limits);
  }

  /**
   * The records of one text, {@code text} (a line of NDJSON, say), read through {@code factory} as
   * lines: a text that opens with {@code [} is a value that is no object, not an array of records.
   */
  JsonRecordsFile(String name, byte[] text, ReadLimits limits, JsonFactory factory) {
    this.name = name;
    this.in = InputStream.nullInputStream();
    this.limits = limits;
    this.factory = factory;
    this.buf = text;
    this.end = text.length;
    this.eof = true;
    this.lastByte = text.length == 0 ? -1 : text[text.length - 1];
    this.linesOnly = true;
  }

  /** A JSON factory whose read constraints are {@code limits}'. */
  static JsonFactory factory(ReadLimits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(limits.maxKeyLength())
                .build())
        .build();
  }

  /** The blank lines skipped (NDJSON). */
  long blankLines() {
    return blankLines;
  }

  /**
   * Reads every record.
   *
   * @throws BadInputException if a JSON array is not well-formed as an array
   * @throws IOException if the stream cannot be read
   */
  void read(Handler handler) throws IOException {
    fill();
    if (end - start >= 3 && (buf[start] & 0xFF) == 0xEF && (buf[start + 1] & 0xFF) == 0xBB && (buf[start + 2] & 0xFF) == 0xBF) {
      start += 3;
    }
    int first = firstNonBlank();
    if (first >= 0 && buf[first] == '[' && !linesOnly) {
      new ArrayReader(handler).read();
    } else {
      new LineReader(handler).read();
    }
  }

  /** The first byte that is not white space, reading more as needed; -1 at the end of the file. */
  private int firstNonBlank() throws IOException {
    int i = start;
    while (true) {
      while (i < end && isBlank(buf[i])) {
        i++;
      }
      if (i < end) {
        return i;
      }
      if (eof) {
        return -1;
      }
      int offset = i - start;
      if (end == buf.length && start == 0) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      fill();
      i = start + offset;
    }
  }

  /** Moves the unread bytes to the front and reads more; sets {@link #eof} at the end. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buf, start, buf, 0, end - start);
      end -= start;
      start = 0;
    }
    while (end < buf.length && !eof) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        end += n;
        lastByte = buf[end - 1];
      }
    }
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  private JsonParser parser(int from, int to) throws IOException {
    return factory.createParser(buf, from, to - from);
  }

  private String tooLong() {
    return "a record longer than " + limits.maxRecordBytes() + " bytes";
  }

  /** The message of a parse failure, in words. */
  private String message(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (original.contains("Invalid UTF-8")) {
      return Utf8Text.MESSAGE;
    }
    if (e instanceof StreamConstraintsException) {
      if (original.contains("String value length")) {
        return "a text value longer than " + limits.maxStringLength() + " characters";
      }
      if (original.contains("Number value length")) {
        return "a number longer than " + limits.maxNumberLength() + " digits";
      }
      if (original.contains("nesting depth")) {
        return "nested deeper than " + limits.maxNestingDepth() + " levels (a dossier record needs 3)";
      }
      if (original.contains("Name length")) {
        return "a key longer than " + limits.maxKeyLength() + " characters";
      }
      return "beyond the limits read: " + original;
    }
    return "malformed JSON: " + original;
  }

  /** The text of {@code buf[from, to)}, cut short, for a problem's value. */
  private String text(int from, int to) {
    int n = Math.max(0, Math.min(to - from, 400));
    return new String(buf, from, n, StandardCharsets.UTF_8).strip();
  }

  private int newlines(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  private int lineEnd(int from, int to) {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\n') {
        return i;
      }
    }
    return to;
  }

  // ---------------------------------------------------------------------------------- NDJSON

  /** NDJSON: blocks of whole lines, one parser a block; after a bad record, the next line. */
  private final class LineReader {
    private final Handler handler;
    /** The line of {@code buf[start]}. */
    private long line = 1;
    /** The last line a record (or a rejected line) took. */
    private long lastRecordLine;

    LineReader(Handler handler) {
      this.handler = handler;
    }

    void read() throws IOException {
      while (true) {
        int regionEnd = end;
        if (!eof) {
          regionEnd = start;
          for (int i = end - 1; i >= start; i--) {
            if (buf[i] == '\n') {
              regionEnd = i + 1;
              break;
            }
          }
          if (regionEnd == start) {
            if (end - start > limits.maxRecordBytes()) {
              skipLongLine();
              continue;
            }
            if (start == 0 && end == buf.length) {
              buf = Arrays.copyOf(buf, Math.min(buf.length * 2, limits.maxRecordBytes() + INITIAL));
            }
            fill();
            continue;
          }
        }
        region(start, regionEnd);
        start = regionEnd;
        if (eof && start == end) {
          break;
        }
        fill();
      }
      long last = lastByte == -1 ? 0 : lastByte == '\n' ? line - 1 : line;
      blankLines += Math.max(0, last - lastRecordLine);
    }

    /** A line longer than a record may be: rejected, and skipped to its end. */
    private void skipLongLine() throws IOException {
      handler.malformed(Location.line(name, line), tooLong(), text(start, end));
      blankLines += Math.max(0, line - lastRecordLine - 1);
      lastRecordLine = line;
      while (true) {
        int nl = lineEnd(start, end);
        if (nl < end) {
          start = nl + 1;
          line++;
          return;
        }
        start = end;
        if (eof) {
          line++;
          return;
        }
        fill();
      }
    }

    /** Reads the records of the whole lines {@code buf[from, to)}. */
    private void region(int from, int to) throws IOException {
      long base = line;
      JsonParser p = parser(from, to);
      int parserStart = from;
      // A position already passed and its line: bad values are located from it.
      int anchor = from;
      long anchorLine = base;
      while (true) {
        int recordStart = -1;
        long recordLine = 0;
        try {
          JsonToken t = p.nextToken();
          if (t == null) {
            line = base + p.currentLocation().getLineNr() - 1;
            p.close();
            return;
          }
          // ParserBase's token offset counts from 1 (checked against JsonLocation's byte offset).
          ParserBase pb = (ParserBase) p;
          recordLine = base + pb.getTokenLineNr() - 1;
          recordStart = parserStart + (int) pb.getTokenCharacterOffset() - 1;
          if (recordLine == lastRecordLine) {
            handler.malformed(Location.line(name, recordLine),
                "a second JSON value on one line: NDJSON holds one record a line", text(recordStart, lineEnd(recordStart, to)));
            p.skipChildren();
          } else {
            blankLines += Math.max(0, recordLine - lastRecordLine - 1);
            if (t == JsonToken.START_OBJECT) {
              handler.object(p, recordLine, 0);
              long bytes = parserStart + pb.getTokenCharacterOffset() - recordStart;
              handler.complete(bytes > limits.maxRecordBytes() ? tooLong() : null);
            } else {
              handler.malformed(Location.line(name, recordLine), "not a JSON object", text(recordStart, lineEnd(recordStart, to)));
              p.skipChildren();
            }
          }
          lastRecordLine = base + pb.getTokenLineNr() - 1;
          anchor = parserStart + (int) pb.getTokenCharacterOffset() - 1;
          anchorLine = lastRecordLine;
        } catch (JsonProcessingException e) {
          int at = recordStart;
          long badLine = recordLine;
          if (at < 0) {
            // Not even a value's first token: the bad text is where the parser stopped.
            long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            at = offset < 0 ? anchor : (int) Math.min(to - 1L, Math.max(anchor, parserStart + offset));
            while (at > anchor && at - 1 >= parserStart && buf[at - 1] != '\n' && !isBlank(buf[at - 1])) {
              at--;
            }
            badLine = anchorLine + newlines(anchor, at);
            blankLines += Math.max(0, badLine - lastRecordLine - 1);
          }
          int nl = lineEnd(at, to);
          String message = message(e);
          if (recordStart >= 0 && message.startsWith("malformed JSON: ")) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
            if (offset < 0 ? message.contains("end-of-input") : parserStart + offset >= nl) {
              // The record's line ended before its value did: what the parser met next is another line's.
              message = CUT_SHORT;
            }
          }
          handler.malformed(Location.line(name, badLine), message, text(at, nl));
          lastRecordLine = Math.max(lastRecordLine, badLine);
          p.close();
          int resume = nl + 1;
          if (resume >= to) {
            line = nl >= to ? badLine : badLine + 1;
            return;
          }
          base = badLine + 1;
          parserStart = resume;
          anchor = resume;
          anchorLine = base;
          p = parser(resume, to);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------- arrays

  /**
   * A JSON array: split into elements by brackets and quotes (the separating commas and the
   * brackets blanked), the complete elements of a block then parsed as a sequence with one parser,
   * a new one after a bad element.
   */
  private final class ArrayReader {
    private static final int BEFORE = 0;
    private static final int EXPECT_FIRST = 1;
    private static final int AFTER_VALUE = 2;
    private static final int EXPECT_VALUE = 3;
    private static final int IN_VALUE = 4;
    private static final int DONE = 5;

    private final Handler handler;
    private int state = BEFORE;
    private int pos;
    private long line = 1;
    // The element being scanned.
    private int valueStart;
    private long valueLine;
    private boolean missingComma;
    private boolean skipping;
    private int depth;
    private boolean inString;
    private boolean escape;
    private boolean scalar;
    private long records;
    // The complete elements of the block.
    private int count;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private long[] lines = new long[256];
    private long[] numbers = new long[256];
    private String[] rejected = new String[256];

    ArrayReader(Handler handler) {
      this.handler = handler;
      this.pos = start;
    }

    void read() throws IOException {
      while (true) {
        if (pos == end) {
          flushElements();
          if (eof) {
            finish();
            return;
          }
          int keep = state == IN_VALUE && !skipping ? valueStart : pos;
          if (state == IN_VALUE && !skipping && pos - valueStart > limits.maxRecordBytes()) {
            skipping = true;
            keep = pos;
          }
          int shift = keep - start;
          start = keep;
          if (start == 0 && end == buf.length) {
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, limits.maxRecordBytes() + INITIAL));
          }
          fill();
          pos -= shift;
          valueStart -= shift;
          continue;
        }
        byte c = buf[pos];
        switch (state) {
          case BEFORE:
            if (c == '[') {
              buf[pos] = ' ';
              state = EXPECT_FIRST;
            }
            break;
          case EXPECT_FIRST:
          case AFTER_VALUE:
          case EXPECT_VALUE:
            between(c);
            break;
          case IN_VALUE:
            if (scalar && (isBlank(c) || c == ',' || c == ']')) {
              complete(pos);
              between(c);
            } else {
              scan(c);
            }
            break;
          case DONE:
            if (!isBlank(c)) {
              throw fatal("malformed JSON: text after the closing ] of the array");
            }
            break;
          default:
            throw new AssertionError(state);
        }
        if (c == '\n') {
          line++;
        }
        pos++;
      }
    }

    private void between(byte c) {
      if (isBlank(c)) {
        return;
      }
      if (c == ']') {
        if (state == EXPECT_VALUE) {
          throw fatal("malformed JSON: a ',' right before the closing ] (a trailing comma)");
        }
        buf[pos] = ' ';
        state = DONE;
        return;
      }
      if (c == ',') {
        if (state != AFTER_VALUE) {
          throw fatal("malformed JSON: a ',' with no record before it");
        }
        buf[pos] = ' ';
        state = EXPECT_VALUE;
        return;
      }
      missingComma = state == AFTER_VALUE;
      state = IN_VALUE;
      valueStart = pos;
      valueLine = line;
      skipping = false;
      records++;
      depth = 0;
      inString = c == '"';
      escape = false;
      scalar = c != '{' && c != '[' && c != '"';
      if (c == '{' || c == '[') {
        depth = 1;
      }
    }

    private void scan(byte c) {
      if (inString) {
        if (escape) {
          escape = false;
        } else if (c == '\\') {
          escape = true;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            complete(pos + 1);
          }
        }
        return;
      }
      if (scalar) {
        return;
      }
      if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          complete(pos + 1);
        }
      }
    }

    /** The element ends before {@code after}. */
    private void complete(int after) {
      state = AFTER_VALUE;
      String why = null;
      if (skipping || after - valueStart > limits.maxRecordBytes()) {
        why = tooLong();
        if (!skipping) {
          Arrays.fill(buf, valueStart, after, (byte) ' ');
        }
      } else if (missingComma) {
        why = "malformed JSON: a ',' is missing before this record";
        Arrays.fill(buf, valueStart, after, (byte) ' ');
      }
      if (count == starts.length) {
        int n = count * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        lines = Arrays.copyOf(lines, n);
        numbers = Arrays.copyOf(numbers, n);
        rejected = Arrays.copyOf(rejected, n);
      }
      starts[count] = skipping ? after : valueStart;
      ends[count] = after;
      lines[count] = valueLine;
      numbers[count] = records;
      rejected[count] = why;
      count++;
      skipping = false;
    }

    /** Parses the complete elements of the block, in order. */
    private void flushElements() throws IOException {
      if (count == 0) {
        return;
      }
      int i = 0;
      while (i < count) {
        while (i < count && rejected[i] != null) {
          handler.malformed(Location.record(name, numbers[i]), rejected[i], null);
          i++;
        }
        if (i == count) {
          break;
        }
        int from = starts[i];
        int to = ends[count - 1];
        long base = lines[i];
        JsonParser p = parser(from, to);
        int failed = -1;
        for (; i < count; i++) {
          if (rejected[i] != null) {
            handler.malformed(Location.record(name, numbers[i]), rejected[i], null);
            continue;
          }
          try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
              handler.object(p, lines[i], numbers[i]);
              handler.complete(null);
            } else {
              handler.malformed(Location.record(name, numbers[i]), "not a JSON object", text(starts[i], ends[i]));
              p.skipChildren();
            }
          } catch (JsonProcessingException e) {
            long errorLine = e.getLocation() == null ? lines[i] : base + e.getLocation().getLineNr() - 1;
            String m = message(e);
            handler.malformed(
                Location.line(name, Math.max(errorLine, lines[i])),
                m.startsWith("malformed JSON: ") ? "malformed JSON in record " + numbers[i] + ": " + m.substring(16) : m + " (record " + numbers[i] + ")",
                text(starts[i], ends[i]));
            failed = i;
            break;
          }
        }
        p.close();
        if (failed >= 0) {
          i = failed + 1;
        }
      }
      count = 0;
    }

    private void finish() {
      if (state != DONE) {
        throw fatal("malformed JSON: the array is not closed after record " + records);
      }
    }

    private BadInputException fatal(String message) {
      return new BadInputException(Problem.of(Location.line(name, line), message));
    }
  }
}
