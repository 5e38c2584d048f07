package io.github.motcua.kpi.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import io.github.motcua.kpi.io.DossierReader;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the national portal's sync records ({@code DongBoHoSoMC}: {@code MaHoSo}, {@code MaTTHC},
 * {@code DonViXuLy}, {@code KenhThucHien}, {@code NgayTiepNhan} …) into dossier rows ({@link
 * DossierRows}) and rejects, validated as {@code kpi evaluate --dossiers} validates them: kpi-io's
 * reader of the sync format reads each record's text ({@link DossierReader#syncRecords()}: an agency
 * by code or by name, the procedure's level for its agency, the fee from the catalogue when {@code
 * DanhSachLePhi} is absent, dates in order …), the core's checks apply to the dossier, and dossiers
 * sharing a {@code MaHoSo} are all rejected.
 * Every record read is either a dossier row or a reject ({@link PortalRead#summary()}).
 *
 * <ul>
 *   <li>{@link #ndjson}: one JSON object per line, over Spark's text source, each line's text read
 *       by kpi-io's reader. Not the JSON source's fixed schema: it reads a key that is absent and
 *       one that is null alike, which the library tells apart ({@code DanhSachLePhi} absent takes
 *       the procedure's fee flag), and it keeps no text of the records, which the rejects keep.
 *       Blank lines are not records.
 *   <li>{@link #parquet}: files with the same column names, each row read as its JSON ({@code
 *       to_json}); a null cell reads as an absent key.
 * </ul>
 *
 * <p>With a working calendar in the spec ({@link CountingSpec.Builder#workingDays}), a dossier
 * without a due date gets the one its procedure's processing time sets, as {@code kpi evaluate}
 * does. Rejects cite the file and the {@code MaHoSo} (Spark does not know line numbers) and keep the
 * record's text.
 */
public final class PortalDossiers {
  /** The sync fields read (the format's others, e.g. {@code MaLinhVuc}, are skipped). */
  public static final List<String> FIELDS = DossierReader.SYNC_FIELDS;

  private PortalDossiers() {}

  /** The sync records of NDJSON files (paths, directories or globs, as Spark reads them). */
  public static PortalRead ndjson(SparkSession spark, CountingSpec spec, String... paths) {
    return ndjson(spark, spec, OptionalInt.empty(), paths);
  }

  /**
   * As {@link #ndjson(SparkSession, CountingSpec, String...)}, reading {@code KenhThucHien} = {@code
   * vneidCode} as VNeID (the sync format announces no code for it yet; {@code kpi evaluate
   * --vneid-code}).
   */
  public static PortalRead ndjson(SparkSession spark, CountingSpec spec, OptionalInt vneidCode, String... paths) {
    Dataset<Row> lines =
        spark.read().text(paths).select(col("_metadata.file_path").as(PortalBinding.FILE), col("value"));
    Dataset<Row> text = lines.withColumn("value", regexp_replace(col("value"), "^\uFEFF", ""));
    Dataset<Row> records = text.select(col(PortalBinding.FILE), col("value").as(PortalBinding.RECORD));
    // Blank lines are no records; they are counted, as kpi evaluate counts them.
    Dataset<Row> blank = text.filter((FilterFunction<Row>) r -> r.isNullAt(1) || r.getString(1).isBlank());
    return bind(records, spec, vneidCode, blank);
  }

  /** The sync records of Parquet files with the sync fields as columns. */
  public static PortalRead parquet(SparkSession spark, CountingSpec spec, String... paths) {
    return parquet(spark, spec, OptionalInt.empty(), paths);
  }

  /** As {@link #parquet(SparkSession, CountingSpec, String...)}, {@code KenhThucHien} = {@code vneidCode} read as VNeID. */
  public static PortalRead parquet(SparkSession spark, CountingSpec spec, OptionalInt vneidCode, String... paths) {
    Dataset<Row> table = spark.read().parquet(paths);
    return records(table.withColumn(PortalBinding.FILE, col("_metadata.file_path")), spec, vneidCode);
  }

  /**
   * The sync records of a table whose columns are the sync fields (and a {@code file} column naming
   * where each record came from, if it has one): read as {@link #parquet} reads its files, {@code
   * KenhThucHien} = {@code vneidCode} (if given) read as VNeID.
   *
   * @throws IllegalArgumentException if {@code vneidCode} is 1, 2 or 3 (the fixed channels')
   */
  public static PortalRead records(Dataset<Row> table, CountingSpec spec, OptionalInt vneidCode) {
    Set<String> present = Set.of(table.columns());
    List<String> original = new ArrayList<>();
    for (String c : table.columns()) {
      if (!c.equals(PortalBinding.FILE)) {
        original.add("`" + c + "`");
      }
    }
    Dataset<Row> records =
        table.select(
            present.contains(PortalBinding.FILE) ? col(PortalBinding.FILE) : lit("records").as(PortalBinding.FILE),
            expr("to_json(struct(" + String.join(", ", original) + "))").as(PortalBinding.RECORD));
    return bind(records, spec, vneidCode, null);
  }

  private static PortalRead bind(Dataset<Row> records, CountingSpec spec, OptionalInt vneidCode, Dataset<Row> blank) {
    // The VNeID code checked here, on the driver, before any partition is bound.
    vneidCode.ifPresent(code -> DossierReader.builder(spec.catalogue(), List.of()).vneidChannelCode(code));
    Dataset<Row> bound =
        records.mapPartitions(new PortalBinding(spec, vneidCode), Encoders.row(PortalBinding.schema()));
    return new PortalRead(bound, blank);
  }
}
