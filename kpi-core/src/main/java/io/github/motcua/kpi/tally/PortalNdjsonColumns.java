package io.github.motcua.kpi.tally;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import java.util.EnumSet;
import java.util.Set;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads dossiers in the national portal's sync format (đồng bộ hồ sơ, {@code DongBoHoSoMC}), one
 * JSON object per line (NDJSON), straight into {@link DossierColumns}: a streaming parse with no
 * object per dossier, dates read from their 14 digits, codes mapped from the parser's buffer.
 *
 * <p>Fields read (docs/DIRECTIVES.md, "The national portal's sync fields"): {@code MaHoSo} (required,
 * not kept), {@code MaTTHC} (required, must be in the catalogue), {@code DonViXuLy} (required; a
 * new agency code is added to the batch), {@code KenhThucHien} (required: 1 direct, 2 online, 3
 * postal), {@code NgayTiepNhan} (required), {@code NgayHenTra}, {@code NgayKetThucXuLy}, {@code
 * NgayTra} (all {@code yyyyMMddHHmmss}; null or empty means none), {@code TrangThaiHoSo} (1 to 10;
 * 3 and 7 are "not accepted"), {@code HinhThuc} (1: result by post), {@code HoSoCoThanhPhanSoHoa}
 * (true/false or 1/0), {@code DuocThanhToanTrucTuyen} (0 or absent: not paid online; 1 national
 * portal; 2 local gateway), {@code DanhSachLePhi} (a non-empty list: fee-bearing; a record without the key carries a fee when
 * its procedure does in the catalogue, as the command line reads it). Numbers may be
 * sent as JSON numbers or as digit strings. Other fields (e.g. {@code MaLinhVuc}) are skipped.
 *
 * <p><b>Readings:</b> the sync format does not carry the level a dossier was received under, so it
 * is the procedure's level in the catalogue; nor whether an apology was issued, so that fact is
 * unknown (counters of apologies are not reported), as are the facts this reader does not read yet
 * (electronic result, components, VNeID account, sync, rating, supplements). Times
 * are checked in order to the second, as {@link io.github.motcua.kpi.model.Dossier} checks them.
 *
 * <p>Errors are {@link IllegalArgumentException}s naming the source, the line and the field:
 * {@code dossiers.ndjson:12, NgayHenTra: expected yyyyMMddHHmmss, got '2020-01-01'}. Nothing is
 * dropped silently: a bad record stops the read.
 */
public final class PortalNdjsonColumns {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final long NONE = Long.MAX_VALUE;

  /** The facts this reader does not read: counters testing them are not reported. */
  private static final Set<Fact> NOT_IN_FORMAT =
      EnumSet.of(
          Fact.APOLOGY, Fact.ELECTRONIC_RESULT, Fact.COMPONENT_DIGITISED, Fact.PERSONAL_STORE,
          Fact.NATIONAL_DATABASE, Fact.VNEID_ACCOUNT, Fact.SYNCED, Fact.RATING, Fact.SUPPLEMENTS);

  private final String source;
  private final DossierColumns.Builder builder;
  private final CodeTable procedures;
  private final CodeTable agencies;
  private final int[] procedureLevel;
  private final boolean[] procedureFee;
  private JsonParser parser;

  // The record being read.
  private boolean hasId;
  private boolean feesListed;
  private int procedure;
  private int agency;
  private int channel;
  private long received;
  private long due;
  private long finished;
  private long returned;
  private int status;
  private boolean byPost;
  private boolean digitised;
  private boolean fee;
  private int paid;

  private PortalNdjsonColumns(String source, DossierColumns.Builder builder) {
    this.source = source;
    this.builder = builder;
    builder.unknownFacts(NOT_IN_FORMAT);
    ProcedureCatalogue catalogue = builder.catalogue();
    List<Procedure> all = catalogue.procedures();
    this.procedures = new CodeTable(all.size());
    this.procedureLevel = new int[all.size()];
    this.procedureFee = new boolean[all.size()];
    for (int p = 0; p < all.size(); p++) {
      procedures.put(all.get(p).code(), p);
      procedureLevel[p] = all.get(p).level().number();
      procedureFee[p] = all.get(p).feeBearing();
    }
    List<String> codes = builder.agencyCodes();
    this.agencies = new CodeTable(Math.max(16, codes.size()));
    for (int a = 0; a < codes.size(); a++) {
      agencies.put(codes.get(a), a);
    }
  }

  /**
   * The dossiers of {@code ndjson} as columns counted against {@code catalogue}.
   *
   * @param source the name errors give the input, e.g. its file name
   * @throws IllegalArgumentException naming the line and field of the first bad record
   * @throws IOException if the stream cannot be read
   */
  public static DossierColumns read(InputStream ndjson, String source, ProcedureCatalogue catalogue)
      throws IOException {
    DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of(), 1024);
    readInto(ndjson, source, b);
    return b.build();
  }

  /**
   * As {@link #read(InputStream, String, ProcedureCatalogue)}, from bytes in memory.
   *
   * @throws IllegalArgumentException naming the line and field of the first bad record
   */
  public static DossierColumns read(byte[] ndjson, String source, ProcedureCatalogue catalogue) {
    DossierColumns.Builder b =
        DossierColumns.builder(catalogue, List.of(), Math.max(16, ndjson.length / 256));
    try (JsonParser p = FACTORY.createParser(ndjson)) {
      new PortalNdjsonColumns(source, b).readAll(p);
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory failed", e);
    }
    return b.build();
  }

  /**
   * Appends the dossiers of {@code ndjson} to {@code builder} (its agencies are kept; new agency
   * codes are added).
   *
   * @throws IllegalArgumentException naming the line and field of the first bad record; the
   *     records before it stay added
   * @throws IOException if the stream cannot be read
   */
  public static void readInto(InputStream ndjson, String source, DossierColumns.Builder builder)
      throws IOException {
    try (JsonParser p = FACTORY.createParser(ndjson)) {
      new PortalNdjsonColumns(source, builder).readAll(p);
    }
  }

  private void readAll(JsonParser p) throws IOException {
    this.parser = p;
    try {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.START_OBJECT) {
          throw bad(null, "expected a JSON object per line, got " + t);
        }
        readRecord();
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          where(e.getLocation() == null ? -1 : e.getLocation().getLineNr(), null)
              + "malformed JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  private void readRecord() throws IOException {
    hasId = false;
    feesListed = false;
    procedure = -1;
    agency = -1;
    channel = -1;
    received = NONE;
    due = NONE;
    finished = NONE;
    returned = NONE;
    status = 0;
    byPost = false;
    digitised = false;
    fee = false;
    paid = 0;
    JsonParser p = parser;
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "MaHoSo":
          hasId = (t == JsonToken.VALUE_STRING && !blank()) || t == JsonToken.VALUE_NUMBER_INT;
          if (!hasId) {
            throw bad(name, "dossier id is missing or blank");
          }
          break;
        case "MaTTHC":
          procedure = procedure(name, t);
          break;
        case "DonViXuLy":
          agency = agency(name, t);
          break;
        case "KenhThucHien":
          int k = integer(name, t, 0);
          if (k < 1 || k > 3) {
            throw bad(name, "must be 1 (direct), 2 (online) or 3 (postal), got " + k);
          }
          channel = k - 1;
          break;
        case "NgayTiepNhan":
          received = time(name, t);
          break;
        case "NgayHenTra":
          due = time(name, t);
          break;
        case "NgayKetThucXuLy":
          finished = time(name, t);
          break;
        case "NgayTra":
          returned = time(name, t);
          break;
        case "TrangThaiHoSo":
          status = integer(name, t, 0);
          if (t != JsonToken.VALUE_NULL && (status < 1 || status > 10)) {
            throw bad(name, "national status must be 1 to 10, got " + status);
          }
          break;
        case "HinhThuc":
          byPost = integer(name, t, 0) == 1;
          break;
        case "HoSoCoThanhPhanSoHoa":
          digitised = bool(name, t);
          break;
        case "DuocThanhToanTrucTuyen":
          paid = integer(name, t, 0);
          if (paid < 0 || paid > 2) {
            throw bad(name, "must be 0 (not paid online), 1 (national portal) or 2 (local gateway), got " + paid);
          }
          break;
        case "DanhSachLePhi":
          fee = fees(name, t);
          feesListed = true;
          break;
        default:
          p.skipChildren();
      }
    }
    finishRecord();
  }

  private void finishRecord() {
    if (!hasId) {
      throw bad(null, "missing MaHoSo (dossier id)");
    }
    if (procedure < 0) {
      throw bad(null, "missing MaTTHC (procedure code)");
    }
    if (agency < 0) {
      throw bad(null, "missing DonViXuLy (agency)");
    }
    if (channel < 0) {
      throw bad(null, "missing KenhThucHien (channel)");
    }
    if (received == NONE) {
      throw bad(null, "missing NgayTiepNhan (received time)");
    }
    notBefore("NgayHenTra", due, "NgayTiepNhan", received);
    notBefore("NgayKetThucXuLy", finished, "NgayTiepNhan", received);
    notBefore("NgayTra", returned, "NgayTiepNhan", received);
    if (finished != NONE) {
      notBefore("NgayTra", returned, "NgayKetThucXuLy", finished);
    }
    if (!feesListed && procedureFee[procedure]) {
      fee = true;
    }
    if (paid != 0 && !fee) {
      throw bad("DuocThanhToanTrucTuyen", "paid online (" + paid + ") but DanhSachLePhi lists no fee");
    }
    DossierColumns.Row row =
        builder
            .row()
            .agency(agency)
            .procedure(procedure)
            .level(ServiceLevel.of(procedureLevel[procedure]))
            .channel(Channel.values()[channel])
            .receivedAt(received)
            .dueAt(time(due))
            .finishedAt(time(finished))
            .returnedAt(time(returned))
            .nationalStatus(status)
            .resultByPost(byPost)
            .digitised(digitised)
            .fee(fee, Payment.ofCode(paid));
    try {
      builder.add(row);
    } catch (IllegalArgumentException e) {
      throw bad(null, e.getMessage());
    }
  }

  private static long time(long seconds) {
    return seconds == NONE ? DossierColumns.NO_TIME : seconds;
  }

  private void notBefore(String field, long later, String other, long earlier) {
    if (later != NONE && later < earlier) {
      throw bad(field, text(later) + " is before " + other + " " + text(earlier));
    }
  }

  private static String text(long seconds) {
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).toString();
  }

  private int procedure(String field, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      throw bad(field, "expected a procedure code, got " + t);
    }
    JsonParser p = parser;
    int i = procedures.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (i < 0) {
      throw bad(field, "unknown procedure '" + p.getText() + "' (not in the catalogue)");
    }
    return i;
  }

  private int agency(String field, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      throw bad(field, "expected an agency code, got " + t);
    }
    JsonParser p = parser;
    int i = agencies.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (i < 0) {
      String code = p.getText();
      if (code.isBlank()) {
        throw bad(field, "agency code is blank");
      }
      try {
        i = builder.agency(code);
      } catch (IllegalArgumentException e) {
        throw bad(field, e.getMessage());
      }
      agencies.put(code, i);
    }
    return i;
  }

  /** An integer sent as a number or a digit string; {@code absent} for null. */
  private int integer(String field, JsonToken t, int absent) throws IOException {
    JsonParser p = parser;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return absent;
    }
    if (t == JsonToken.VALUE_STRING) {
      char[] b = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      if (len > 0 && len <= 9) {
        int v = 0;
        for (int i = off; i < off + len; i++) {
          int d = b[i] - '0';
          if (d < 0 || d > 9) {
            throw bad(field, "expected a whole number, got '" + p.getText() + "'");
          }
          v = v * 10 + d;
        }
        return v;
      }
      throw bad(field, "expected a whole number, got '" + p.getText() + "'");
    }
    throw bad(field, "expected a whole number, got " + t);
  }

  private boolean bool(String field, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
      case VALUE_NULL:
        return false;
      default:
        int v = integer(field, t, 0);
        if (v != 0 && v != 1) {
          throw bad(field, "expected true/false or 1/0, got " + v);
        }
        return v == 1;
    }
  }

  private boolean fees(String field, JsonToken t) throws IOException {
    JsonParser p = parser;
    switch (t) {
      case START_ARRAY:
        boolean any = p.nextToken() != JsonToken.END_ARRAY;
        if (any) {
          p.skipChildren();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
          }
        }
        return any;
      case VALUE_NULL:
        return false;
      case VALUE_STRING:
        String s = p.getText().trim();
        return !s.isEmpty() && !s.equals("[]");
      default:
        throw bad(field, "expected a list of fees, got " + t);
    }
  }

  private boolean blank() throws IOException {
    JsonParser p = parser;
    char[] b = p.getTextCharacters();
    int off = p.getTextOffset();
    for (int i = off; i < off + p.getTextLength(); i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** Seconds since 1970-01-01T00:00 (local time) of a {@code yyyyMMddHHmmss} value, or NONE. */
  private long time(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return NONE;
    }
    JsonParser p = parser;
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      throw bad(field, "expected yyyyMMddHHmmss, got " + t);
    }
    int len = p.getTextLength();
    if (len == 0) {
      return NONE;
    }
    long v = Timestamps.parse(p.getTextCharacters(), p.getTextOffset(), len);
    if (v == Timestamps.INVALID) {
      throw bad(field, "expected a valid yyyyMMddHHmmss, got '" + p.getText() + "'");
    }
    return v;
  }

  private IllegalArgumentException bad(String field, String message) {
    int line = -1;
    if (parser != null) {
      line = parser.currentTokenLocation().getLineNr();
    }
    return new IllegalArgumentException(where(line, field) + message);
  }

  private String where(int line, String field) {
    return source + (line > 0 ? ":" + line : "") + (field == null ? ": " : ", " + field + ": ");
  }
}
