package io.github.motcua.kpi.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fact about one dossier (or its procedure, or its agency) that a counter may test — the
 * vocabulary of {@code where} clauses in directive files (docs/DIRECTIVE-FILES.md). Each has the key a
 * file uses and the values it takes.
 *
 * <p>A fact the input does not carry at all (a CSV without the column, a format without the field)
 * is <em>unknown</em>: a counter that tests it is not reported, rather than counted as if every
 * dossier had it false. {@link #isOptional()} says which facts an input may leave out; {@link
 * #STATUS} is unknown when {@link #FINISHED} or {@link #DUE_DATE} is.
 */
public enum Fact {
  /** When the dossier was received ({@link When}); a missing received time falls back to submitted. */
  RECEIVED("received", Domain.WHEN, false),
  /** When processing finished ({@link When}). */
  FINISHED("finished", Domain.WHEN, true),
  /** When the result was returned ({@link When}). */
  RETURNED("returned", Domain.WHEN, true),
  /** The dossier's status as of the evaluation ({@link DossierStatus}, with group names). */
  STATUS("status", Domain.STATUS, false),
  /** How it was submitted ({@link Channel}). */
  CHANNEL("channel", Domain.CHANNEL, false),
  /** Whether the input stated the channel ({@code KenhThucHien} present); if not, it is direct. */
  CHANNEL_STATED("channel-stated", Domain.BOOLEAN, false),
  /** The online service level the dossier was received under: 2, 3 or 4. */
  LEVEL("level", Domain.LEVEL, false),
  /** The tier of the agency it is counted under ({@link Tier}). */
  TIER("tier", Domain.TIER, false),
  /** The procedure's field (lĩnh vực), as text. */
  FIELD("field", Domain.TEXT, false),
  /** The procedure's national code. */
  PROCEDURE("procedure", Domain.TEXT, false),
  /** The national status code {@code TrangThaiHoSo}, 1 to 10 (0: not given). */
  NATIONAL_STATUS("national-status", Domain.NATIONAL_STATUS, true),
  /** Whether the dossier carries a fee or charge (a fee line above 0). */
  FEE("fee", Domain.BOOLEAN, true),
  /** Whether the fee was paid online, on either platform ({@link Payment#isOnline()}). */
  PAID_ONLINE("paid-online", Domain.BOOLEAN, true),
  /** Where the fee was paid ({@link Payment}). */
  PAYMENT("payment", Domain.PAYMENT, true),
  /** Whether the dossier's components were digitised ({@code HoSoCoThanhPhanSoHoa}). */
  DIGITISED("digitised", Domain.BOOLEAN, true),
  /** Whether the apology owed for a late dossier was issued. */
  APOLOGY("apology", Domain.BOOLEAN, true),
  /** Whether the result is returned by post ({@code HinhThuc} 1). */
  RESULT_BY_POST("result-by-post", Domain.BOOLEAN, true),
  /** Whether the dossier has a due date. */
  DUE_DATE("due-date", Domain.BOOLEAN, true),
  /** Whether its due date was derived from the procedure's legal processing time. */
  DUE_DERIVED("due-derived", Domain.BOOLEAN, true),
  /** Whether it has an electronic result ({@code MaKetQua} and {@code DuongDanTepTinKetQua}). */
  ELECTRONIC_RESULT("electronic-result", Domain.BOOLEAN, true),
  /** Whether a component was digitised or reused ({@code DuocSoHoa}). */
  COMPONENT_DIGITISED("component-digitised", Domain.BOOLEAN, true),
  /** Whether a component came from the personal data store ({@code DuocLayTuKhoDMQG}). */
  PERSONAL_STORE("personal-store", Domain.BOOLEAN, true),
  /** Whether a component was taken from a national database ({@code MaCSDL} given). */
  NATIONAL_DATABASE("national-database", Domain.BOOLEAN, true),
  /** Whether the applicant's account was authenticated with VNeID ({@code TaiKhoanDuocXacThucVoiVNeID}). */
  VNEID_ACCOUNT("vneid-account", Domain.BOOLEAN, true),
  /** Whether the dossier was synced to the national portal. */
  SYNCED("synced", Domain.BOOLEAN, true),
  /** Whether an agency other than the receiving one settles it ("phi địa giới"). */
  SETTLED_ELSEWHERE("settled-elsewhere", Domain.BOOLEAN, false),
  /** The applicant's rating: {@code satisfied}, {@code dissatisfied} or {@code none}. */
  RATING("rating", Domain.RATING, true),
  /** How many supplement requests were made: {@code 0}, {@code 1} or {@code many}. */
  SUPPLEMENTS("supplements", Domain.SUPPLEMENTS, true),
  /** Whether the procedure's online service is integrated on the national portal (catalogue). */
  NATIONAL_PORTAL("national-portal", Domain.BOOLEAN, false),
  /** Whether the procedure is on the province's approved list of online services (catalogue). */
  APPROVED_LIST("approved-list", Domain.BOOLEAN, false),
  /** Whether the procedure requires a paper result (catalogue). */
  PAPER_RESULT("paper-result", Domain.BOOLEAN, false);

  /** The kinds of value a fact takes. */
  public enum Domain {
    /** {@link When}: {@code before-period}, {@code in-period}, {@code after-period}, {@code none}. */
    WHEN,
    /** A {@link DossierStatus} or a group of them. */
    STATUS,
    /** A {@link Channel}. */
    CHANNEL,
    /** A service level: 2, 3, 4 ({@code partial} = 3, {@code full} = 4). */
    LEVEL,
    /** A {@link Tier}. */
    TIER,
    /** Free text: a field name or a procedure code. */
    TEXT,
    /** A national status code, 1 to 10. */
    NATIONAL_STATUS,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A {@link Payment}: {@code none}, {@code national-portal}, {@code provincial-gateway}. */
    PAYMENT,
    /** A {@link Rating} or {@code none}. */
    RATING,
    /** {@code 0}, {@code 1} or {@code many}. */
    SUPPLEMENTS
  }

  private static final Map<String, Fact> BY_KEY =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Fact::key, Function.identity()));

  private final String key;
  private final Domain domain;
  private final boolean optional;

  Fact(String key, Domain domain, boolean optional) {
    this.key = key;
    this.domain = domain;
    this.optional = optional;
  }

  /** The key a directive file uses, e.g. {@code paid-online}. */
  public String key() {
    return key;
  }

  /** The kind of value the fact takes. */
  public Domain domain() {
    return domain;
  }

  /** Whether an input may leave the fact out, making it unknown. */
  public boolean isOptional() {
    return optional;
  }

  /** The fact with this key, if any. */
  public static Optional<Fact> byKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key.trim().toLowerCase(Locale.ROOT)));
  }
}
