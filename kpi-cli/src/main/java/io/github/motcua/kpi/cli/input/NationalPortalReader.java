package io.github.motcua.kpi.cli.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads dossier records in the national portal's sync format ({@code DongBoHoSoMC}: {@code MaHoSo},
 * {@code MaTTHC}, {@code NgayTiepNhan} …) as raw records, streaming, in either layout:
 *
 * <ul>
 *   <li>a JSON array of objects: records are numbered from 1 ({@code file:record 3}); a syntax error
 *       stops the read, since what follows cannot be located;
 *   <li>NDJSON, one object a line: records are located by physical line ({@code file:12}); a line
 *       that is not a JSON object is reported and reading goes on; blank lines are skipped.
 * </ul>
 *
 * <p>The layout is told by the first character after any byte order mark and white space: {@code [}
 * for an array, an opening brace for NDJSON. The reader knows nothing of dossiers: {@link
 * DossierBinder} turns the records into values, so both could move to the core unchanged.
 */
public final class NationalPortalReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the reader hands on. */
  public interface Sink {
    /** A well-formed record. */
    void record(RawRecord record);

    /** A record that is not a JSON object; {@code value} is its text, shortened. */
    void malformed(Location location, String message, String value);
  }

  private NationalPortalReader() {}

  /**
   * Reads {@code path} (UTF-8).
   *
   * @throws BadInputException if a JSON array is not well-formed
   */
  public static void read(Path path, Sink sink) throws IOException {
    try (BufferedReader in = Utf8Text.open(path)) {
      read(path.toString(), in, sink);
    }
  }

  /** Reads text named {@code name} from {@code reader}. */
  public static void read(String name, Reader reader, Sink sink) throws IOException {
    BufferedReader in = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
    in.mark(1 << 16);
    int c;
    do {
      c = in.read();
    } while (c != -1 && Character.isWhitespace(c));
    in.reset();
    if (c == '[') {
      readArray(name, in, sink);
    } else {
      readLines(name, in, sink);
    }
  }

  /** Whether {@code path} starts (after a byte order mark and white space) with {@code [} or an opening brace. */
  public static boolean looksLikeJson(Path path) throws IOException {
    try (BufferedReader in = Utf8Text.open(path)) {
      int c;
      do {
        c = in.read();
      } while (c != -1 && (c == '\uFEFF' || Character.isWhitespace(c)));
      return c == '[' || c == '{';
    }
  }

  private static void readLines(String name, BufferedReader in, Sink sink) throws IOException {
    String line;
    long number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Location at = Location.line(name, number);
      if (Utf8Text.broken(line)) {
        sink.malformed(at, Utf8Text.MESSAGE, shorten(line));
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (StreamReadException e) {
        sink.malformed(at, "malformed JSON: " + e.getOriginalMessage(), shorten(line));
        continue;
      }
      if (node instanceof ObjectNode) {
        sink.record(new JsonRecord(at, (ObjectNode) node));
      } else {
        sink.malformed(at, "not a JSON object", shorten(line));
      }
    }
  }

  private static void readArray(String name, Reader in, Sink sink) throws IOException {
    long record = 0;
    try (JsonParser p = MAPPER.getFactory().createParser(in)) {
      try {
        p.nextToken();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new BadInputException(
                Problem.of(Location.file(name), "malformed JSON: the array is not closed after record " + record));
          }
          record++;
          Location at = Location.record(name, record);
          JsonNode node = p.readValueAsTree();
          if (node != null && Utf8Text.broken(node.toString())) {
            sink.malformed(at, Utf8Text.MESSAGE, shorten(node.toString()));
          } else if (node instanceof ObjectNode) {
            sink.record(new JsonRecord(at, (ObjectNode) node));
          } else {
            sink.malformed(at, "not a JSON object", shorten(String.valueOf(node)));
          }
        }
        if (p.nextToken() != null) {
          throw new BadInputException(
              Problem.of(
                  Location.line(name, p.currentTokenLocation().getLineNr()),
                  "malformed JSON: text after the closing ] of the array"));
        }
      } catch (StreamReadException e) {
        throw new BadInputException(
            Problem.of(
                Location.line(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                "malformed JSON in record " + Math.max(record, 1) + ": " + e.getOriginalMessage()));
      }
    }
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
