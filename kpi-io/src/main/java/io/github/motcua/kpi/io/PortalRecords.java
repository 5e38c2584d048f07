package io.github.motcua.kpi.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Rating;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One object of the national portal's sync format into {@link DossierFacts}, straight off the
 * streaming parser: field names switched on, dates read from their digits, codes looked up in the
 * parser's buffer — no object per record unless the dossier's text is kept ({@code keepText}, for
 * {@link io.github.motcua.kpi.model.Dossier} values).
 *
 * <p>Each field is typed as the format types it, and anything else is a problem of the record
 * naming the field: text ({@code MaHoSo} as an object is not an id), codes (1 to 3 for {@code
 * KenhThucHien}, the configured VNeID code too), yes/no flags ({@code 1}/{@code 0}, {@code
 * true}/{@code false}, as numbers, strings or booleans), lists of objects ({@code DanhSachLePhi} as
 * {@code 0}, {@code false}, an object or a string is not a list). A key read given twice in one
 * object is a problem; so is a misspelt key ({@link SyncKeys}). {@code null} is "not given".
 */
final class PortalRecords {
  private static final String NOT_A_DATE = "not a date (yyyyMMddHHmmss, yyyy-MM-dd or yyyy-MM-ddTHH:mm)";
  private static final String UNKNOWN_AGENCY = "unknown agency (neither a code nor a name in the agencies file)";
  private static final String UNKNOWN_PROCEDURE = "unknown procedure (not in the procedures catalogue)";
  private static final String FLAG = "must be 1 or 0 (true or false)";
  private static final String PRESENT = "";
  private static final int BAD = Integer.MIN_VALUE;
  private static final int ABSENT = -1;
  /** An agency named by a name or portal code, found once the received day is read. */
  private static final int PENDING = -3;
  /** The payments by their {@code DuocThanhToanTrucTuyen} code 0, 1, 2. */
  private static final Payment[] PAYMENTS = Payment.values();
  /** The channels by their {@code KenhThucHien} code 1, 2, 3. */
  private static final Channel[] CHANNELS = {null, Channel.DIRECT, Channel.ONLINE, Channel.POSTAL};

  private final CatalogueLookup lookup;
  private final AgencyDirectory agencies;
  private final CodeIndex agencyCodes;
  private final ReadLimits limits;
  private final int vneidCode;
  private final boolean keepText;
  private final String channelMessage;
  private final SyncKeys keys = new SyncKeys();
  private final Set<String> ignored = new LinkedHashSet<>();

  /** The ids of the file, whose slot for a record's id is loaded as soon as the id is read. */
  IdSet ids;

  private JsonParser p;
  private DossierFacts f;
  private RecordProblems problems;
  /** Whether the received time was given but bad (so "is missing" is not said as well). */
  boolean badReceived;
  private long seenKeys;

  PortalRecords(CatalogueLookup lookup, AgencyDirectory agencies, ReadLimits limits, int vneidCode, boolean keepText) {
    this.lookup = lookup;
    this.agencies = agencies;
    List<String> codes = new java.util.ArrayList<>(agencies.size());
    for (int a = 0; a < agencies.size(); a++) {
      codes.add(agencies.get(a).code());
    }
    this.agencyCodes = new CodeIndex(codes);
    this.limits = limits;
    this.vneidCode = vneidCode;
    this.keepText = keepText;
    this.channelMessage =
        vneidCode > 0
            ? "must be 1 (direct), 2 (online), 3 (postal) or " + vneidCode + " (VNeID)"
            : "must be 1 (direct), 2 (online) or 3 (postal)";
  }

  /** The keys met that are not read (not misspellings of keys read), in the order met, at most 50. */
  Set<String> ignoredKeys() {
    return ignored;
  }

  /**
   * Reads the object whose {@code START_OBJECT} is the parser's current token into {@code facts},
   * problems into {@code problems}; the parser is left on its {@code END_OBJECT}.
   *
   * @throws IOException if the JSON is malformed or breaks a limit (the caller rejects the record)
   */
  void read(JsonParser parser, DossierFacts facts, RecordProblems recordProblems) throws IOException {
    this.p = parser;
    this.f = facts;
    this.problems = recordProblems;
    facts.clear();
    badReceived = false;
    seenKeys = 0;
    boolean badId = false;
    boolean badProcedure = false;
    boolean badAgency = false;
    String name;
    int previous = KEYS.size();
    while ((name = nextName(previous)) != null) {
      previous = lastIndex >= 0 ? lastIndex : previous;
      JsonToken t = p.nextToken();
      switch (lastIndex) {
        case ID:
          if (once(DossierField.ID, name)) {
            badId = !id(name, t);
          }
          break;
        case PROCEDURE:
          if (once(DossierField.PROCEDURE, name)) {
            f.procedure = procedure(name, t);
            badProcedure = f.procedure == BAD;
          }
          break;
        case AGENCY:
          if (once(DossierField.AGENCY, name)) {
            f.agency = agency(name, t);
            badAgency = f.agency == BAD;
          }
          break;
        case SETTLING:
          if (once(DossierField.SETTLING_AGENCY, name)) {
            f.settling = agency(name, t);
          }
          break;
        case CHANNEL:
          if (once(DossierField.CHANNEL, name)) {
            channel(name, t);
          }
          break;
        case SUBMITTED:
          if (once(DossierField.SUBMITTED, name)) {
            f.submitted = time(name, t);
          }
          break;
        case RECEIVED:
          if (once(DossierField.RECEIVED, name)) {
            long r = time(name, t);
            badReceived = r == LocalTimes.INVALID;
            f.received = r;
          }
          break;
        case DUE:
          if (once(DossierField.DUE, name)) {
            f.due = time(name, t);
          }
          break;
        case FINISHED:
          if (once(DossierField.FINISHED, name)) {
            f.finished = time(name, t);
          }
          break;
        case RETURNED:
          if (once(DossierField.RETURNED, name)) {
            f.returned = time(name, t);
          }
          break;
        case STATUS:
          if (once(DossierField.STATUS, name)) {
            int s = code(name, t, 0, 1, 10, "national status must be 1 to 10");
            f.nationalStatus = s == BAD ? 0 : s;
          }
          break;
        case BY_POST:
          if (once(DossierField.RESULT_BY_POST, name)) {
            f.resultByPost = code(name, t, 0, 0, 1, "must be 0 (result not by post) or 1 (result returned by post)") == 1;
          }
          break;
        case PAYMENT:
          if (once(DossierField.PAID_ONLINE, name)) {
            int c = code(name, t, 0, 0, 2, "must be 0 (not paid online), 1 (national portal) or 2 (local gateway)");
            f.payment = c == BAD ? Payment.NONE : PAYMENTS[c];
          }
          break;
        case DIGITISED:
          if (once(DossierField.DIGITISED, name)) {
            f.digitised = flag(name, t);
          }
          break;
        case VNEID:
          if (once(DossierField.VNEID_ACCOUNT, name)) {
            f.vneidAccount = flag(name, t);
          }
          break;
        case SYNCED:
          if (once(DossierField.SYNCED, name)) {
            f.synced = flag(name, t);
          }
          break;
        case RATING:
          if (once(DossierField.RATING, name)) {
            int r = code(name, t, 0, 0, 2, "must be 0 (not rated), 1 (satisfied) or 2 (dissatisfied)");
            f.rating = r == 1 ? Rating.SATISFIED : r == 2 ? Rating.DISSATISFIED : null;
          }
          break;
        case RESULT_CODE:
          if (once(DossierField.RESULT_CODE, name)) {
            String code = keptText(name, t);
            if (code != null) {
              f.hasResultCode = true;
              f.resultCode = keepText ? code : null;
            }
          }
          break;
        case RESULT_LINK:
          if (once(DossierField.RESULT_LINK, name)) {
            String link = keptText(name, t);
            if (link != null) {
              f.hasResultLink = true;
              f.resultLink = keepText ? link : null;
            }
          }
          break;
        case FEES:
          if (once(DossierField.FEE, name)) {
            fees(name, t);
          }
          break;
        case COMPONENTS:
          if (once(DossierField.COMPONENTS, name)) {
            list(name, t, "a list of components ([{\"DuocSoHoa\": 1}])", this::component);
          }
          break;
        case DATABASES:
          if (once(DossierField.DATABASES, name)) {
            list(name, t, "a list of databases ([{\"MaCSDL\": \"…\"}])", this::database);
          }
          break;
        case RESULT_PAPERS:
          if (once(DossierField.RESULT_PAPERS, name)) {
            list(name, t, "a list of result papers ([{\"MaGiayToKetQua\": …, \"DuongDanTepTinKetQua\": …}])", this::resultPaper);
          }
          break;
        case SUPPLEMENTS:
          if (once(DossierField.SUPPLEMENTS, name)) {
            list(name, t, "a list of supplement requests ([{\"NgayYeuCauBoSung\": …, \"NgayBoSung\": …}])", this::supplement);
          }
          break;
        case HISTORY:
          if (once(DossierField.HISTORY, name)) {
            list(name, t, "a list of status changes ([{\"TrangThai\": 9, \"ThoiDiemXuLy\": …}])", this::statusChange);
          }
          break;
        default:
          if (lastIndex < 0) {
            other(name, SyncKeys.RECORD_READ, SyncKeys.RECORD_KNOWN, "record");
          }
          p.skipChildren();
      }
    }
    if (!f.hasId() && !badId) {
      problem("MaHoSo", "is missing", f.has(DossierField.ID) ? "" : null);
    }
    if (f.procedure == ABSENT && !badProcedure) {
      problem("MaTTHC", "is missing", f.has(DossierField.PROCEDURE) ? "" : null);
    }
    if (f.agency == ABSENT && !badAgency) {
      problem("DonViXuLy", "is missing", f.has(DossierField.AGENCY) ? "" : null);
    }
    if (f.received == LocalTimes.INVALID) {
      f.received = LocalTimes.NONE;
    }
    if (f.procedure == BAD) {
      f.procedure = ABSENT;
    }
    if (f.agency == PENDING) {
      f.agency = resolve("DonViXuLy", f.agencyText);
    }
    if (f.settling == PENDING) {
      f.settling = resolve("DonViGiaiQuyet", f.settlingText);
    }
    if (f.agency == BAD) {
      f.agency = ABSENT;
    }
    if (f.settling == BAD) {
      f.settling = ABSENT;
    }
    f.sortSupplements();
    clean();
  }

  // The positions of the keys read in SyncKeys.RECORD_READ (checked when the class loads).
  private static final int ID = 0;
  private static final int PROCEDURE = 1;
  private static final int AGENCY = 2;
  private static final int SETTLING = 3;
  private static final int CHANNEL = 4;
  private static final int SUBMITTED = 5;
  private static final int RECEIVED = 6;
  private static final int DUE = 7;
  private static final int FINISHED = 8;
  private static final int RETURNED = 9;
  private static final int STATUS = 10;
  private static final int HISTORY = 11;
  private static final int SUPPLEMENTS = 12;
  private static final int BY_POST = 13;
  private static final int FEES = 14;
  private static final int PAYMENT = 15;
  private static final int DIGITISED = 16;
  private static final int COMPONENTS = 17;
  private static final int DATABASES = 18;
  private static final int RESULT_CODE = 19;
  private static final int RESULT_LINK = 20;
  private static final int RESULT_PAPERS = 21;
  private static final int VNEID = 22;
  private static final int SYNCED = 23;
  private static final int RATING = 24;

  static {
    List<String> expected = List.of("MaHoSo", "MaTTHC", "DonViXuLy", "DonViGiaiQuyet", "KenhThucHien", "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra", "TrangThaiHoSo", "QuaTrinhXuLy", "DanhSachHoSoBoSung", "HinhThuc", "DanhSachLePhi", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "TaiLieuNop", "DSKetNoiCSDL", "MaKetQua", "DuongDanTepTinKetQua", "DanhSachGiayToKetQua", "TaiKhoanDuocXacThucVoiVNeID", "TrangThaiDongBoDVC", "DanhGia");
    if (!SyncKeys.RECORD_READ.equals(expected)) {
      throw new AssertionError("SyncKeys.RECORD_READ is not in the order of PortalRecords' positions");
    }
  }

  /** The record's keys the reader knows (read, then not read), by position. */
  private static final List<String> KEYS = keys();
  private static final SerializedString[] NAMES = KEYS.stream().map(SerializedString::new).toArray(SerializedString[]::new);
  private static final Map<String, Integer> POSITIONS = positions();

  private static List<String> keys() {
    List<String> all = new java.util.ArrayList<>(SyncKeys.RECORD_READ);
    all.addAll(new java.util.TreeSet<>(SyncKeys.RECORD_KNOWN));
    return List.copyOf(all);
  }

  private static Map<String, Integer> positions() {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < KEYS.size(); i++) {
      out.put(KEYS.get(i), i);
    }
    return out;
  }

  /** For each key's position (and the start, at the end), the key that followed it last time. */
  private final int[] following = new int[KEYS.size() + 1];

  {
    java.util.Arrays.fill(following, -1);
  }

  /** The position of the name {@link #nextName} returned; -1 for a key the reader does not know. */
  private int lastIndex;

  /**
   * The next key of the object, or null at its end. Records of one export give their keys in one
   * order: the key that followed {@code previous} last time is tried first, matched on the parser's
   * bytes ({@link JsonParser#nextFieldName(com.fasterxml.jackson.core.SerializableString)}) without
   * decoding the name — most of a record's bytes are its keys.
   */
  private String nextName(int previous) throws IOException {
    int guess = following[previous];
    if (guess >= 0) {
      if (p.nextFieldName(NAMES[guess])) {
        lastIndex = guess;
        return KEYS.get(guess);
      }
      if (p.currentToken() != JsonToken.FIELD_NAME) {
        return null;
      }
    } else if (p.nextToken() != JsonToken.FIELD_NAME) {
      return null;
    }
    String name = p.currentName();
    Integer i = POSITIONS.get(name);
    lastIndex = i == null ? -1 : i;
    if (i != null) {
      following[previous] = i;
      return KEYS.get(i);
    }
    return name;
  }

  /** Times left {@link LocalTimes#INVALID} by a bad value read as none (the record is rejected anyway). */
  private void clean() {
    if (f.submitted == LocalTimes.INVALID) {
      f.submitted = LocalTimes.NONE;
    }
    if (f.due == LocalTimes.INVALID) {
      f.due = LocalTimes.NONE;
    }
    if (f.finished == LocalTimes.INVALID) {
      f.finished = LocalTimes.NONE;
    }
    if (f.returned == LocalTimes.INVALID) {
      f.returned = LocalTimes.NONE;
    }
  }

  /** Marks {@code field} given; false (with a problem) if it was given before in this record. */
  private boolean once(DossierField field, String name) throws IOException {
    if (f.has(field)) {
      problem(name, "given twice in one record (the sync format gives each key once)", null);
      p.skipChildren();
      return false;
    }
    f.carries(field);
    return true;
  }

  /** A key not read: a misspelling is a problem, another key is noted; given twice, a problem. */
  private void other(String name, List<String> read, Set<String> known, String object) {
    if (!known.contains(name)) {
      String meant = keys.misspelt(name, read, object);
      if (meant != null) {
        problem(name, "unknown key; did you mean '" + meant + "'? (keys are matched exactly as the sync format spells them)", null);
        return;
      }
      if (ignored.size() < 50) {
        ignored.add(object.equals("record") ? name : object + "[]." + name);
      }
    }
  }

  // ------------------------------------------------------------------ values

  private boolean id(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return true;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(field, t, "the dossier's id as text");
      return false;
    }
    char[] b = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    while (len > 0 && b[off + len - 1] <= ' ') {
      len--;
    }
    while (len > 0 && b[off] <= ' ') {
      off++;
      len--;
    }
    if (len == 0) {
      return true;
    }
    String wrong = keptProblem(b, off, len);
    if (wrong != null) {
      problem(field, wrong, p.getText());
      return false;
    }
    f.id(b, off, len);
    if (ids != null) {
      ids.touch(f.idHash);
    }
    return true;
  }

  private int procedure(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return ABSENT;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(field, t, "a procedure code as text");
      return BAD;
    }
    int i = lookup.procedure(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (i >= 0) {
      return i;
    }
    String text = p.getText().trim();
    if (text.isEmpty()) {
      return ABSENT;
    }
    i = lookup.procedure(text);
    if (i >= 0) {
      return i;
    }
    problem(field, UNKNOWN_PROCEDURE, text);
    return BAD;
  }

  private int agency(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return ABSENT;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(field, t, "an agency's code or name as text");
      return BAD;
    }
    int i = agencyCodes.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (i >= 0) {
      return i;
    }
    String text = p.getText().trim();
    if (text.isEmpty()) {
      return ABSENT;
    }
    if (field.equals("DonViXuLy")) {
      f.agencyText = text;
    } else {
      f.settlingText = text;
    }
    return PENDING;
  }

  /**
   * The agency a name or portal code {@code text} finds on the dossier's received day: the one
   * agency bearing it that exists that day (or the only one bearing it); a problem, and {@link #BAD},
   * if none or several do.
   */
  private int resolve(String field, String text) {
    long day = f.receivedDay();
    AgencyDirectory.Found found =
        agencies.lookup(text, day == Long.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(day));
    if (found.agency().isPresent()) {
      return agencies.indexOf(found.agency().get().code());
    }
    if (!found.sameName().isEmpty()) {
      problem(field, AgencyDirectory.ambiguous(found.sameName()), text);
    } else {
      problem(field, UNKNOWN_AGENCY, text);
    }
    return BAD;
  }

  private void channel(String field, JsonToken t) throws IOException {
    String message = channelMessage;
    int c = code(field, t, ABSENT, 1, Math.max(3, vneidCode), message);
    if (c == ABSENT || c == BAD) {
      f.channel = Channel.DIRECT;
      f.channelStated = false;
      return;
    }
    if (c > 3 && c != vneidCode) {
      problem(field, message, Integer.toString(c));
      return;
    }
    f.channel = c == vneidCode ? Channel.VNEID : CHANNELS[c];
    f.channelStated = true;
  }

  /** Seconds, {@link LocalTimes#NONE} if not given, {@link LocalTimes#INVALID} with a problem if bad. */
  private long time(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return LocalTimes.NONE;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(field, t, "a date as text (yyyyMMddHHmmss)");
      return LocalTimes.INVALID;
    }
    int len = p.getTextLength();
    if (len == 14) {
      long v = LocalTimes.parse(p.getTextCharacters(), p.getTextOffset(), 14);
      if (v >= 0) {
        return v;
      }
      if (v == LocalTimes.OUT) {
        problem(field, LocalTimes.OUT_OF_RANGE, p.getText());
        return LocalTimes.INVALID;
      }
    }
    String text = p.getText();
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return LocalTimes.NONE;
    }
    Optional<LocalDateTime> at = FieldReader.parseDateTime(trimmed);
    if (at.isEmpty()) {
      problem(field, NOT_A_DATE, text);
      return LocalTimes.INVALID;
    }
    if (!LocalTimes.inRange(at.get())) {
      problem(field, LocalTimes.OUT_OF_RANGE, text);
      return LocalTimes.INVALID;
    }
    return LocalTimes.seconds(at.get());
  }

  /** A whole-number code from {@code min} to {@code max}; {@code absent} if not given; {@link #BAD} with a problem. */
  private int code(String field, JsonToken t, int absent, int min, int max, String message) throws IOException {
    int v;
    if (t == JsonToken.VALUE_NULL) {
      return absent;
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() != JsonParser.NumberType.INT) {
        problem(field, message, p.getText());
        return BAD;
      }
      v = p.getIntValue();
    } else if (t == JsonToken.VALUE_STRING) {
      char[] b = p.getTextCharacters();
      int off = p.getTextOffset();
      int len = p.getTextLength();
      if (len == 0 || blank(b, off, len)) {
        return absent;
      }
      v = digits(b, off, len);
      if (v < 0) {
        problem(field, message, p.getText());
        return BAD;
      }
    } else {
      wrongType(field, t, "a code (" + message.replaceFirst("^must be ", "") + ")");
      return BAD;
    }
    if (v < min || v > max) {
      problem(field, message, Integer.toString(v));
      return BAD;
    }
    return v;
  }

  private boolean flag(String field, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
      case VALUE_NULL:
        return false;
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT && (p.getIntValue() == 0 || p.getIntValue() == 1)) {
          return p.getIntValue() == 1;
        }
        problem(field, FLAG, p.getText());
        return false;
      case VALUE_STRING:
        String s = p.getText().trim();
        if (s.isEmpty() || s.equals("0") || s.equalsIgnoreCase("false")) {
          return false;
        }
        if (s.equals("1") || s.equalsIgnoreCase("true")) {
          return true;
        }
        problem(field, FLAG, p.getText());
        return false;
      default:
        wrongType(field, t, "a yes/no flag (1 or 0)");
        return false;
    }
  }

  /** Text a dossier keeps (a code, a link): null if not given; {@link #PRESENT} when not kept. */
  private String keptText(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(field, t, "text");
      return null;
    }
    char[] b = p.getTextCharacters();
    int off = p.getTextOffset();
    int len = p.getTextLength();
    if (blank(b, off, len)) {
      return null;
    }
    String wrong = keptProblem(b, off, len);
    if (wrong != null) {
      problem(field, wrong, p.getText());
      return null;
    }
    return keepText ? p.getText().trim() : PRESENT;
  }

  private void wrongType(String field, JsonToken t, String expected) throws IOException {
    problem(field, "must be " + expected + ", not " + describe(t), shown(t));
    p.skipChildren();
  }

  private String shown(JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        return "{…}";
      case START_ARRAY:
        return "[…]";
      default:
        return p.getText();
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "true or false";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_STRING:
        return "text";
      default:
        return String.valueOf(t);
    }
  }

  // ------------------------------------------------------------------ lists

  /** Reads one element (an object, the parser on its START_OBJECT) of a list; {@code n} from 1. */
  @FunctionalInterface
  private interface Element {
    void read(String list, int n) throws IOException;
  }

  private void list(String name, JsonToken t, String expected, Element element) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t != JsonToken.START_ARRAY) {
      wrongType(name, t, expected);
      return;
    }
    int n = 0;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      n++;
      if (t != JsonToken.START_OBJECT) {
        problem(name, "entry " + n + " must be an object, not " + describe(t), shown(t));
        p.skipChildren();
        continue;
      }
      listName = name;
      entry = n;
      try {
        element.read(name, n);
      } finally {
        listName = null;
      }
    }
  }

  private void fees(String name, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.START_ARRAY) {
      f.feesListed = true;
    }
    list(name, t, "a list of fee lines ([{\"Gia\": 50000}], [] for no fee)", this::feeLine);
  }

  private void feeLine(String list, int n) throws IOException {
    long amount = -1;
    long other = -1;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      int bit = key.equals("Gia") ? 1 : key.equals("MucPhi") ? 2 : 0;
      if (bit != 0) {
        if ((seen & bit) != 0) {
          problem(key, "given twice in one fee line", null);
          p.skipChildren();
          continue;
        }
        seen |= bit;
        if (bit == 1) {
          amount = amount(key, t);
        } else {
          other = amount(key, t);
        }
      } else {
        nested(key, list, SyncKeys.FEE_READ, SyncKeys.FEE_KNOWN);
      }
    }
    if (amount == -1) {
      amount = other; // Gia, else MucPhi (the older name some portals still send)
    }
    if (amount == -1) {
      f.feeWithoutAmount = true;
    } else if (amount >= 0) {
      f.fee(amount);
    }
  }

  /** A fee amount in đồng: a whole number, 0 or more; -1 if not given; -2 with a problem. */
  private long amount(String field, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return -1;
    }
    String message = "must be the fee in đồng, a whole number 0 or more";
    if (t == JsonToken.VALUE_NUMBER_INT) {
      if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0) {
        problem(field, message, p.getText());
        return -2;
      }
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      java.math.BigDecimal d = p.getDecimalValue();
      if (d.signum() >= 0 && d.stripTrailingZeros().scale() <= 0 && d.compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return d.longValue();
      }
      problem(field, message, p.getText());
      return -2;
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      if (s.isEmpty()) {
        return -1;
      }
      if (s.matches("[0-9]{1,18}")) {
        return Long.parseLong(s);
      }
      problem(field, message, p.getText());
      return -2;
    }
    wrongType(field, t, "the fee in đồng, a number");
    return -2;
  }

  private void component(String list, int n) throws IOException {
    boolean digitised = false;
    boolean personal = false;
    String database = null;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      String field = key;
      switch (key) {
        case "DuocSoHoa":
          if (nestedOnce(seen, 1, field)) {
            seen |= 1;
            digitised = flag(field, t);
          }
          break;
        case "DuocLayTuKhoDMQG":
          if (nestedOnce(seen, 2, field)) {
            seen |= 2;
            personal = flag(field, t);
          }
          break;
        case "MaCSDL":
          if (nestedOnce(seen, 4, field)) {
            seen |= 4;
            database = keptText(field, t);
          }
          break;
        default:
          nested(key, list, SyncKeys.COMPONENT_READ, SyncKeys.COMPONENT_KNOWN);
      }
    }
    f.component(digitised, personal, database);
  }

  private void database(String list, int n) throws IOException {
    String database = null;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      if (key.equals("MaCSDL")) {
        if (nestedOnce(seen, 1, "MaCSDL")) {
          seen |= 1;
          database = keptText("MaCSDL", t);
        }
      } else {
        nested(key, list, SyncKeys.DATABASE_READ, SyncKeys.DATABASE_KNOWN);
      }
    }
    if (database != null) {
      f.component(false, false, database);
    }
  }

  private void resultPaper(String list, int n) throws IOException {
    String code = null;
    String link = null;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      String field = key;
      switch (key) {
        case "MaGiayToKetQua":
          if (nestedOnce(seen, 1, field)) {
            seen |= 1;
            code = keptText(field, t);
          }
          break;
        case "DuongDanTepTinKetQua":
          if (nestedOnce(seen, 2, field)) {
            seen |= 2;
            link = keptText(field, t);
          }
          break;
        default:
          nested(key, list, SyncKeys.RESULT_PAPER_READ, SyncKeys.RESULT_PAPER_KNOWN);
      }
    }
    if (code != null && link != null && !f.electronicResult()) {
      f.hasResultCode = true;
      f.hasResultLink = true;
      f.resultCode = keepText ? code : null;
      f.resultLink = keepText ? link : null;
    }
  }

  private void supplement(String list, int n) throws IOException {
    long requested = LocalTimes.NONE;
    long supplied = LocalTimes.NONE;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      String field = key;
      switch (key) {
        case "NgayYeuCauBoSung":
          if (nestedOnce(seen, 1, field)) {
            seen |= 1;
            requested = time(field, t);
          }
          break;
        case "NgayBoSung":
          if (nestedOnce(seen, 2, field)) {
            seen |= 2;
            supplied = time(field, t);
          }
          break;
        default:
          nested(key, list, SyncKeys.SUPPLEMENT_READ, SyncKeys.SUPPLEMENT_KNOWN);
      }
    }
    if (requested == LocalTimes.NONE) {
      problem("NgayYeuCauBoSung", "is missing: when the supplement was requested", null);
    } else if (requested != LocalTimes.INVALID && supplied != LocalTimes.INVALID) {
      f.supplement(requested, supplied);
    }
  }

  private void statusChange(String list, int n) throws IOException {
    int status = ABSENT;
    long at = LocalTimes.NONE;
    long seen = 0;
    String key;
    while ((key = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      String field = key;
      switch (key) {
        case "TrangThai":
          if (nestedOnce(seen, 1, field)) {
            seen |= 1;
            status = code(field, t, ABSENT, 1, 10, "must be a national status 1 to 10");
          }
          break;
        case "ThoiDiemXuLy":
          if (nestedOnce(seen, 2, field)) {
            seen |= 2;
            at = time(field, t);
          }
          break;
        default:
          nested(key, list, SyncKeys.HISTORY_READ, SyncKeys.HISTORY_KNOWN);
      }
    }
    if (status == ABSENT) {
      problem("TrangThai", "is missing: the status entered", null);
    }
    if (at == LocalTimes.NONE) {
      problem("ThoiDiemXuLy", "is missing: when the status was entered", null);
    }
    if (status > 0 && at >= 0) {
      f.history(status, at);
    }
  }

  private boolean nestedOnce(long seen, long bit, String field) throws IOException {
    if ((seen & bit) != 0) {
      problem(field, "given twice in one entry", null);
      p.skipChildren();
      return false;
    }
    return true;
  }

  private void nested(String key, String list, List<String> read, Set<String> known) throws IOException {
    other(key, read, known, list);
    p.skipChildren();
  }

  /** The list being read ({@code DanhSachLePhi}) and the entry (from 1), or null at the record's top. */
  private String listName;
  private int entry;

  /** A problem of {@code field} of the record, or of the entry being read ({@code DanhSachLePhi[2].Gia}). */
  private void problem(String field, String message, String value) {
    problems.add(listName == null || field == null ? field : listName + "[" + entry + "]." + field, message, value);
  }

  // ------------------------------------------------------------------ characters

  private static boolean blank(char[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      if (!Character.isWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  /** What is wrong with text a dossier keeps (an id, a code, a link), or null. */
  private String keptProblem(char[] b, int off, int len) {
    if (len > limits.maxFieldLength()) {
      return "longer than " + limits.maxFieldLength() + " characters (" + len + ")";
    }
    for (int i = off; i < off + len; i++) {
      char c = b[i];
      if (c < 0x20 || c == 0x7F || c >= 0xD800 && c <= 0xDFFF) {
        return keptProblemAt(b, off, len, i);
      }
    }
    return null;
  }

  /** The problem of a suspect character at {@code i} (a control character, or a surrogate that may be paired). */
  private static String keptProblemAt(char[] b, int off, int len, int from) {
    for (int i = from; i < off + len; i++) {
      char c = b[i];
      if (c < 0x20 || c == 0x7F) {
        return "contains a control character (" + String.format("U+%04X", (int) c) + "), which no id, code or link has";
      }
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < off + len && Character.isLowSurrogate(b[i + 1]))
          && !(Character.isLowSurrogate(c) && i > off && Character.isHighSurrogate(b[i - 1]))) {
        return "holds half of a character (a lone surrogate " + String.format("U+%04X", (int) c) + "): not Unicode text";
      }
    }
    return null;
  }

  /** The value of up to nine decimal digits, or -1. */
  private static int digits(char[] b, int off, int len) {
    while (len > 0 && b[off] == ' ') {
      off++;
      len--;
    }
    while (len > 0 && b[off + len - 1] == ' ') {
      len--;
    }
    if (len == 0 || len > 9) {
      return -1;
    }
    int v = 0;
    for (int i = off; i < off + len; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
