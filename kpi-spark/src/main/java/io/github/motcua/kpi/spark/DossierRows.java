package io.github.motcua.kpi.spark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Dossier rows (hồ sơ, một dòng một hồ sơ): the schema a {@link TallyAggregator} counts — one row
 * per dossier, one column per fact the counters read, as {@code DossierColumns.Builder.add(Dossier)}
 * takes them from a {@link Dossier}.
 *
 * <table>
 *   <caption>The columns</caption>
 *   <tr><th>column</th><th>type</th><th>what</th><th>fact unknown when left out</th></tr>
 *   <tr><td>{@code id}</td><td>string</td><td>the dossier id ({@code MaHoSo}); not counted</td><td>—</td></tr>
 *   <tr><td>{@code agency}</td><td>string</td><td>the receiving agency's code (required)</td><td>—</td></tr>
 *   <tr><td>{@code settling_agency}</td><td>string</td><td>the settling agency's code where another
 *       agency settles it, else null</td><td>—</td></tr>
 *   <tr><td>{@code procedure}</td><td>string</td><td>the procedure's code, in the catalogue (required)</td><td>—</td></tr>
 *   <tr><td>{@code level}</td><td>int</td><td>the service level it was received under: 2, 3 or 4 (required)</td><td>—</td></tr>
 *   <tr><td>{@code channel}</td><td>string</td><td>{@code DIRECT}, {@code ONLINE}, {@code POSTAL} or
 *       {@code VNEID} (required)</td><td>—</td></tr>
 *   <tr><td>{@code channel_stated}</td><td>boolean</td><td>whether the input stated the channel (true
 *       when left out)</td><td>—</td></tr>
 *   <tr><td>{@code received}</td><td>timestamp_ntz</td><td>received, local time (required)</td><td>—</td></tr>
 *   <tr><td>{@code due}</td><td>timestamp_ntz</td><td>due</td><td>{@code due-date}</td></tr>
 *   <tr><td>{@code due_derived}</td><td>boolean</td><td>due date derived from the processing time</td><td>{@code due-derived}</td></tr>
 *   <tr><td>{@code finished}</td><td>timestamp_ntz</td><td>end of processing ({@link
 *       Dossier#endOfProcessing()})</td><td>{@code finished}</td></tr>
 *   <tr><td>{@code returned}</td><td>timestamp_ntz</td><td>result returned</td><td>{@code returned}</td></tr>
 *   <tr><td>{@code national_status}</td><td>int</td><td>{@code TrangThaiHoSo} 1–10, null if not given</td><td>{@code national-status}</td></tr>
 *   <tr><td>{@code result_by_post}</td><td>boolean</td><td>result returned by post</td><td>{@code result-by-post}</td></tr>
 *   <tr><td>{@code fee}</td><td>boolean</td><td>carries a fee</td><td>{@code fee}</td></tr>
 *   <tr><td>{@code payment}</td><td>string</td><td>{@code NONE}, {@code NATIONAL_PORTAL} or {@code
 *       PROVINCIAL_GATEWAY}; needs {@code fee}</td><td>{@code payment}, {@code paid-online}</td></tr>
 *   <tr><td>{@code digitised}</td><td>boolean</td><td>components digitised</td><td>{@code digitised}</td></tr>
 *   <tr><td>{@code apology}</td><td>boolean</td><td>apology issued</td><td>{@code apology}</td></tr>
 *   <tr><td>{@code electronic_result}</td><td>boolean</td><td>has an electronic result</td><td>{@code electronic-result}</td></tr>
 *   <tr><td>{@code component_digitised}</td><td>boolean</td><td>a component digitised or reused</td><td>{@code component-digitised}</td></tr>
 *   <tr><td>{@code personal_store}</td><td>boolean</td><td>a component from the personal store</td><td>{@code personal-store}</td></tr>
 *   <tr><td>{@code national_database}</td><td>boolean</td><td>a component from a national database</td><td>{@code national-database}</td></tr>
 *   <tr><td>{@code vneid_account}</td><td>boolean</td><td>account authenticated with VNeID</td><td>{@code vneid-account}</td></tr>
 *   <tr><td>{@code synced}</td><td>boolean</td><td>synced to the national portal</td><td>{@code synced}</td></tr>
 *   <tr><td>{@code rating}</td><td>string</td><td>{@code SATISFIED}, {@code DISSATISFIED} or null</td><td>{@code rating}</td></tr>
 *   <tr><td>{@code supplements}</td><td>int</td><td>supplement requests made</td><td>{@code supplements}</td></tr>
 *   <tr><td>{@code supplement_wait}</td><td>bigint</td><td>seconds the applicant took on the supplied
 *       ones; needs {@code supplements}</td><td>—</td></tr>
 *   <tr><td>{@code supplement_pending}</td><td>timestamp_ntz</td><td>when the pending request was
 *       made, null if none; needs {@code supplements}</td><td>—</td></tr>
 * </table>
 *
 * <p>A fact the input does not carry is <em>unknown</em> (a counter testing it is not reported, as
 * in the core): here, a fact is unknown when its column is left out of the data set. Booleans that
 * are null read as false. Other columns (a province, a month) may sit beside these: they are for
 * grouping and are not counted.
 */
public final class DossierRows {
  /** The dossier id. */
  public static final String ID = "id";
  /** The receiving agency's code. */
  public static final String AGENCY = "agency";
  /** The settling agency's code, where another agency settles the dossier. */
  public static final String SETTLING_AGENCY = "settling_agency";
  /** The procedure's code. */
  public static final String PROCEDURE = "procedure";
  /** The service level, 2 to 4. */
  public static final String LEVEL = "level";
  /** The channel. */
  public static final String CHANNEL = "channel";
  /** Whether the channel was stated. */
  public static final String CHANNEL_STATED = "channel_stated";
  /** Received. */
  public static final String RECEIVED = "received";
  /** Due. */
  public static final String DUE = "due";
  /** Due date derived from the processing time. */
  public static final String DUE_DERIVED = "due_derived";
  /** End of processing. */
  public static final String FINISHED = "finished";
  /** Result returned. */
  public static final String RETURNED = "returned";
  /** The national status code. */
  public static final String NATIONAL_STATUS = "national_status";
  /** Result by post. */
  public static final String RESULT_BY_POST = "result_by_post";
  /** Carries a fee. */
  public static final String FEE = "fee";
  /** Where the fee was paid online. */
  public static final String PAYMENT = "payment";
  /** Components digitised. */
  public static final String DIGITISED = "digitised";
  /** Apology issued. */
  public static final String APOLOGY = "apology";
  /** Has an electronic result. */
  public static final String ELECTRONIC_RESULT = "electronic_result";
  /** A component digitised or reused. */
  public static final String COMPONENT_DIGITISED = "component_digitised";
  /** A component from the personal store. */
  public static final String PERSONAL_STORE = "personal_store";
  /** A component from a national database. */
  public static final String NATIONAL_DATABASE = "national_database";
  /** Account authenticated with VNeID. */
  public static final String VNEID_ACCOUNT = "vneid_account";
  /** Synced to the national portal. */
  public static final String SYNCED = "synced";
  /** The applicant's rating. */
  public static final String RATING = "rating";
  /** Supplement requests made. */
  public static final String SUPPLEMENTS = "supplements";
  /** Seconds the applicant took on supplied requests. */
  public static final String SUPPLEMENT_WAIT = "supplement_wait";
  /** When the pending supplement request was made. */
  public static final String SUPPLEMENT_PENDING = "supplement_pending";

  private static final StructType SCHEMA =
      new StructType(
          new StructField[] {
            field(ID, DataTypes.StringType),
            field(AGENCY, DataTypes.StringType),
            field(SETTLING_AGENCY, DataTypes.StringType),
            field(PROCEDURE, DataTypes.StringType),
            field(LEVEL, DataTypes.IntegerType),
            field(CHANNEL, DataTypes.StringType),
            field(CHANNEL_STATED, DataTypes.BooleanType),
            field(RECEIVED, DataTypes.TimestampNTZType),
            field(DUE, DataTypes.TimestampNTZType),
            field(DUE_DERIVED, DataTypes.BooleanType),
            field(FINISHED, DataTypes.TimestampNTZType),
            field(RETURNED, DataTypes.TimestampNTZType),
            field(NATIONAL_STATUS, DataTypes.IntegerType),
            field(RESULT_BY_POST, DataTypes.BooleanType),
            field(FEE, DataTypes.BooleanType),
            field(PAYMENT, DataTypes.StringType),
            field(DIGITISED, DataTypes.BooleanType),
            field(APOLOGY, DataTypes.BooleanType),
            field(ELECTRONIC_RESULT, DataTypes.BooleanType),
            field(COMPONENT_DIGITISED, DataTypes.BooleanType),
            field(PERSONAL_STORE, DataTypes.BooleanType),
            field(NATIONAL_DATABASE, DataTypes.BooleanType),
            field(VNEID_ACCOUNT, DataTypes.BooleanType),
            field(SYNCED, DataTypes.BooleanType),
            field(RATING, DataTypes.StringType),
            field(SUPPLEMENTS, DataTypes.IntegerType),
            field(SUPPLEMENT_WAIT, DataTypes.LongType),
            field(SUPPLEMENT_PENDING, DataTypes.TimestampNTZType)
          });

  /** The columns every data set of dossier rows must have. */
  static final ImmutableList<String> REQUIRED = ImmutableList.of(AGENCY, PROCEDURE, LEVEL, CHANNEL, RECEIVED);

  /** The facts each optional column carries: left out, they are unknown. */
  static final ImmutableMap<String, Set<Fact>> FACTS =
      ImmutableMap.<String, Set<Fact>>builder()
          .put(DUE, EnumSet.of(Fact.DUE_DATE))
          .put(DUE_DERIVED, EnumSet.of(Fact.DUE_DERIVED))
          .put(FINISHED, EnumSet.of(Fact.FINISHED))
          .put(RETURNED, EnumSet.of(Fact.RETURNED))
          .put(NATIONAL_STATUS, EnumSet.of(Fact.NATIONAL_STATUS))
          .put(RESULT_BY_POST, EnumSet.of(Fact.RESULT_BY_POST))
          .put(FEE, EnumSet.of(Fact.FEE))
          .put(PAYMENT, EnumSet.of(Fact.PAYMENT, Fact.PAID_ONLINE))
          .put(DIGITISED, EnumSet.of(Fact.DIGITISED))
          .put(APOLOGY, EnumSet.of(Fact.APOLOGY))
          .put(ELECTRONIC_RESULT, EnumSet.of(Fact.ELECTRONIC_RESULT))
          .put(COMPONENT_DIGITISED, EnumSet.of(Fact.COMPONENT_DIGITISED))
          .put(PERSONAL_STORE, EnumSet.of(Fact.PERSONAL_STORE))
          .put(NATIONAL_DATABASE, EnumSet.of(Fact.NATIONAL_DATABASE))
          .put(VNEID_ACCOUNT, EnumSet.of(Fact.VNEID_ACCOUNT))
          .put(SYNCED, EnumSet.of(Fact.SYNCED))
          .put(RATING, EnumSet.of(Fact.RATING))
          .put(SUPPLEMENTS, EnumSet.of(Fact.SUPPLEMENTS))
          .build();

  private DossierRows() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** Every column, in order. */
  public static StructType schema() {
    return SCHEMA;
  }

  /**
   * The columns for dossiers whose {@code unknown} facts are not carried: every column but those
   * whose facts are all unknown, and the supplement details with {@code supplements}.
   *
   * @throws IllegalArgumentException if {@code unknown} leaves out one of the facts of a column and
   *     not the other ({@code payment} carries both {@code payment} and {@code paid-online})
   */
  public static StructType schema(Set<Fact> unknown) {
    List<StructField> kept = new ArrayList<>();
    for (StructField f : SCHEMA.fields()) {
      if (carried(f.name(), unknown)) {
        kept.add(f);
      }
    }
    return new StructType(kept.toArray(new StructField[0]));
  }

  private static boolean carried(String column, Set<Fact> unknown) {
    if (column.equals(SUPPLEMENT_WAIT) || column.equals(SUPPLEMENT_PENDING)) {
      column = SUPPLEMENTS;
    }
    Set<Fact> facts = FACTS.get(column);
    if (facts == null) {
      return true;
    }
    long missing = facts.stream().filter(unknown::contains).count();
    checkArgument(
        missing == 0 || missing == facts.size(),
        "column %s carries the facts %s together: they are known or unknown together, not %s alone",
        column,
        facts,
        facts.stream().filter(unknown::contains).toList());
    return missing == 0;
  }

  /**
   * The facts a data set with {@code schema} does not carry: those of the optional columns it
   * leaves out.
   *
   * @throws IllegalArgumentException naming a required column that is missing, a column of the
   *     wrong type, {@code payment} without {@code fee}, or a supplement detail without {@code
   *     supplements}
   */
  public static Set<Fact> unknownFacts(StructType schema) {
    Map<String, DataType> present = new LinkedHashMap<>();
    for (StructField f : schema.fields()) {
      present.put(f.name(), f.dataType());
    }
    for (String column : REQUIRED) {
      checkArgument(present.containsKey(column), "dossier rows need the column '%s'", column);
    }
    for (StructField f : SCHEMA.fields()) {
      DataType type = present.get(f.name());
      checkArgument(
          type == null || type.equals(f.dataType()),
          "column '%s' must be %s, got %s",
          f.name(),
          f.dataType().simpleString(),
          type == null ? null : type.simpleString());
    }
    checkArgument(
        !present.containsKey(PAYMENT) || present.containsKey(FEE),
        "column '%s' needs the column '%s' (paid online means a fee)",
        PAYMENT,
        FEE);
    for (String detail : List.of(SUPPLEMENT_WAIT, SUPPLEMENT_PENDING)) {
      checkArgument(
          !present.containsKey(detail) || present.containsKey(SUPPLEMENTS),
          "column '%s' needs the column '%s'",
          detail,
          SUPPLEMENTS);
    }
    Set<Fact> unknown = EnumSet.noneOf(Fact.class);
    FACTS.forEach(
        (column, facts) -> {
          if (!present.containsKey(column)) {
            unknown.addAll(facts);
          }
        });
    return unknown;
  }

  /** The columns of {@code schema} that are dossier-row columns, in the order of {@link #schema()}. */
  static List<String> columnsIn(StructType schema) {
    Set<String> names = Set.of(schema.fieldNames());
    List<String> out = new ArrayList<>();
    for (String name : SCHEMA.fieldNames()) {
      if (names.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The row of {@code dossier} with the columns of {@code schema} (a subset of {@link #schema()}),
   * the facts as {@code DossierColumns.Builder.add(Dossier)} takes them.
   *
   * @throws IllegalArgumentException if {@code schema} has a column that is not a dossier-row column
   */
  public static Row row(Dossier dossier, StructType schema) {
    String[] names = schema.fieldNames();
    Object[] values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      values[i] = value(dossier, names[i]);
    }
    return RowFactory.create(values);
  }

  private static Object value(Dossier d, String column) {
    switch (column) {
      case ID:
        return d.id();
      case AGENCY:
        return d.agencyCode();
      case SETTLING_AGENCY:
        return d.isSettledElsewhere() ? d.settlingAgency() : null;
      case PROCEDURE:
        return d.procedureCode();
      case LEVEL:
        return d.level().number();
      case CHANNEL:
        return d.channel().name();
      case CHANNEL_STATED:
        return d.channelStated();
      case RECEIVED:
        return d.receivedAt();
      case DUE:
        return d.dueAt().orElse(null);
      case DUE_DERIVED:
        return d.dueDerived();
      case FINISHED:
        return d.endOfProcessing().orElse(null);
      case RETURNED:
        return d.returnedAt().orElse(null);
      case NATIONAL_STATUS:
        return d.nationalStatus().isPresent() ? d.nationalStatus().getAsInt() : null;
      case RESULT_BY_POST:
        return d.resultByPost();
      case FEE:
        return d.feeBearing();
      case PAYMENT:
        return d.payment().name();
      case DIGITISED:
        return d.digitised();
      case APOLOGY:
        return d.apologyIssued();
      case ELECTRONIC_RESULT:
        return d.hasElectronicResult();
      case COMPONENT_DIGITISED:
        return d.hasDigitisedComponent();
      case PERSONAL_STORE:
        return d.hasComponentFromPersonalStore();
      case NATIONAL_DATABASE:
        return d.hasComponentFromNationalDatabase();
      case VNEID_ACCOUNT:
        return d.vneidAccount();
      case SYNCED:
        return d.synced();
      case RATING:
        return d.rating().map(Enum::name).orElse(null);
      case SUPPLEMENTS:
        return d.supplements().size();
      case SUPPLEMENT_WAIT:
        return d.supplementWait().getSeconds();
      case SUPPLEMENT_PENDING:
        return d.pendingSupplement().map(SupplementRequest::requestedAt).orElse(null);
      default:
        throw new IllegalArgumentException("'" + column + "' is not a dossier-row column");
    }
  }

  /**
   * The dossiers as a data set of dossier rows: the columns of the facts every dossier carries (a
   * fact unknown to one dossier is unknown to the whole set, as in the core's columns).
   */
  public static Dataset<Row> of(SparkSession spark, Collection<Dossier> dossiers) {
    Set<Fact> unknown = EnumSet.noneOf(Fact.class);
    for (Dossier d : dossiers) {
      unknown.addAll(d.unknownFacts());
    }
    StructType schema = schema(unknown);
    List<Row> rows = new ArrayList<>(dossiers.size());
    for (Dossier d : dossiers) {
      rows.add(row(d, schema));
    }
    return spark.createDataFrame(rows, schema);
  }

  /** The local date-time a timestamp_ntz cell holds, or null. */
  static LocalDateTime time(Row row, int i) {
    return i < 0 || row.isNullAt(i) ? null : row.getAs(i);
  }
}
