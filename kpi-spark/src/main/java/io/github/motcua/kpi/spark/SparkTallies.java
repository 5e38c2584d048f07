package io.github.motcua.kpi.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import io.github.motcua.kpi.eval.Breakdown;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Tallies of dossier rows ({@link DossierRows}) on Spark, with the {@link TallyAggregator}: by
 * agency for the whole data set ({@link #tally}), or for each group of any columns — a province, a
 * month ({@link #tallyBy}, {@link #collectBy}). Each result is a {@link ProvinceTally} the evaluator
 * takes as it is.
 *
 * <pre>{@code
 * ProvinceTally byAgency = SparkTallies.of(spec).tally(read.dossiers());
 * Report report = Evaluator.of(directive).evaluate(EvaluationInput.builder()
 *     .period(spec.period()).asOf(spec.asOf()).agencies(spec.agencies())
 *     .tallies(byAgency).catalogue(spec.catalogue()).build());
 * }</pre>
 */
public final class SparkTallies {
  /** The column {@link #tallyBy} writes each group's encoded tally to. */
  public static final String TALLY = "tally";

  /** Groups {@link #tally} spreads the agencies over, unless set. */
  public static final int DEFAULT_BUCKETS = 64;

  private final CountingSpec spec;
  private final int chunk;
  private final int buckets;

  private SparkTallies(CountingSpec spec, int chunk, int buckets) {
    this.spec = spec;
    this.chunk = chunk;
    this.buckets = buckets;
  }

  /** Tallies counting what {@code spec} says. */
  public static SparkTallies of(CountingSpec spec) {
    return new SparkTallies(spec, TallyAggregator.DEFAULT_CHUNK, DEFAULT_BUCKETS);
  }

  /** These tallies packing {@code rows} rows per batch before counting (see {@link TallyAggregator#of(CountingSpec, org.apache.spark.sql.types.StructType, int)}). */
  public SparkTallies chunk(int rows) {
    checkArgument(rows > 0, "chunk must be positive, got %s", rows);
    return new SparkTallies(spec, rows, buckets);
  }

  /**
   * These tallies spreading the agencies over {@code count} groups in {@link #tally} (each group's
   * partial tallies merge on one executor; the groups' tallies, disjoint by agency, on the driver).
   */
  public SparkTallies buckets(int count) {
    checkArgument(count > 0, "buckets must be positive, got %s", count);
    return new SparkTallies(spec, chunk, count);
  }

  /** The spec counted. */
  public CountingSpec spec() {
    return spec;
  }

  /** The aggregator for data sets of {@code rows}' schema. */
  public TallyAggregator aggregator(Dataset<Row> rows) {
    return TallyAggregator.of(spec, rows.schema(), chunk);
  }

  /**
   * The tallies of every dossier row, by agency: exactly what the core's {@code Tallies} gives for
   * the same dossiers on one machine.
   *
   * @throws IllegalArgumentException if the rows lack a required column or hold a column of the
   *     wrong type
   */
  public ProvinceTally tally(Dataset<Row> rows) {
    TallyAggregator agg = aggregator(rows);
    Column agency =
        spec.bySettlingAgency() && Arrays.asList(rows.columns()).contains(DossierRows.SETTLING_AGENCY)
            ? coalesce(col(DossierRows.SETTLING_AGENCY), col(DossierRows.AGENCY))
            : col(DossierRows.AGENCY);
    List<Row> parts =
        rows.groupBy(pmod(hash(agency), lit(buckets)).as("bucket"))
            .agg(agg.column().as(TALLY))
            .select(TALLY)
            .collectAsList();
    ProvinceTally sum = agg.empty();
    for (Row part : parts) {
      sum = sum.merge(agg.decode(part.getAs(0)));
    }
    return sum;
  }

  /**
   * The tallies of each group of {@code keys} (e.g. {@code col("province")}, {@code
   * date_format(col("received"), "yyyy-MM")}): the key columns, then {@value #TALLY}, the group's
   * {@link ProvinceTally} encoded ({@link #decode}).
   */
  public Dataset<Row> tallyBy(Dataset<Row> rows, Column... keys) {
    checkArgument(keys.length > 0, "give at least one key column");
    return rows.groupBy(keys).agg(aggregator(rows).column().as(TALLY));
  }

  /**
   * As {@link #tallyBy}, collected to the driver: each group's key values (a row of the key
   * columns) and its tallies, in no particular order.
   */
  public Map<Row, ProvinceTally> collectBy(Dataset<Row> rows, Column... keys) {
    TallyAggregator agg = aggregator(rows);
    Map<Row, ProvinceTally> out = new LinkedHashMap<>();
    for (Row r : tallyBy(rows, keys).collectAsList()) {
      List<Object> key = new ArrayList<>();
      for (int i = 0; i < keys.length; i++) {
        key.add(r.get(i));
      }
      out.put(RowFactory.create(key.toArray()), agg.decode(r.getAs(TALLY)));
    }
    return out;
  }

  /**
   * Each agency's tallies split by procedure (a {@link Breakdown#BY_PROCEDURE} breakdown, for a
   * scored directive's shortfall parts): {@code rows} counted again under each agency and procedure,
   * this spec's dossier counters only, as {@code kpi evaluate} splits them.
   */
  public Breakdown byProcedure(Dataset<Row> rows) {
    CountingSpec parts = spec.dossierCountersOnly();
    Map<String, Map<String, Tally>> byAgency = new TreeMap<>();
    new SparkTallies(parts, chunk, buckets)
        .collectBy(rows, col(DossierRows.PROCEDURE))
        .forEach(
            (key, tallies) ->
                tallies
                    .byAgency()
                    .forEach((agency, t) -> byAgency.computeIfAbsent(agency, a -> new TreeMap<>()).put(key.getString(0), t)));
    Breakdown.Builder b = Breakdown.builder().kind(Breakdown.BY_PROCEDURE);
    byAgency.forEach((agency, procedures) -> b.putByAgency(agency, ProvinceTally.of(procedures)));
    spec.catalogue().procedures().forEach(p -> b.putNames(p.code(), p.name()));
    return b.build();
  }

  /** A tally {@link #tallyBy} wrote. */
  public ProvinceTally decode(byte[] encoded) {
    return new TallyCodec(spec.tallies()).decode(encoded);
  }
}
