package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The typed Spark {@code Aggregator} of dossier rows ({@link DossierRows}) into the tallies of
 * their agencies, with every counter of the {@link CountingSpec} — open counters and
 * distinct-procedure sets included.
 *
 * <p>How: {@link #reduce} packs a group's rows into the core's {@link DossierColumns} (through its
 * public {@code Row} API, so each row passes the core's checks), and counts them with the core's
 * {@link Tallies#columns} once a chunk is full; {@link #merge} merges partial tallies with {@link
 * ProvinceTally#merge}, exact by the core's merge laws (counts add, procedure sets unite); a
 * partial tally crosses the shuffle in {@link TallyCodec}'s compact form; {@link #finish} gives the
 * group's {@link ProvinceTally} encoded ({@link #decode} reads it). The counting is therefore the
 * library's own, whatever the partitioning.
 *
 * <pre>{@code
 * TallyAggregator agg = TallyAggregator.of(spec, rows.schema());
 * Dataset<Row> byProvince = rows.groupBy(col("province")).agg(agg.column().as("tally"));
 * ProvinceTally quangTri = agg.decode(byProvince.filter("province = 'QT'").first().getAs("tally"));
 * }</pre>
 *
 * <p>The dossier-row columns of the data set are its input; a fact whose column it leaves out is
 * unknown ({@link DossierRows#unknownFacts}). Grouping by agency, or by a column with thousands of
 * values per partition, makes Spark's object hash aggregation fall back to sorting (beyond 128
 * groups per partition); {@link SparkTallies#tally} groups by a bounded hash of the agency instead.
 */
public final class TallyAggregator extends Aggregator<Row, TallyBuffer, byte[]> {
  private static final long serialVersionUID = 1L;

  /** Rows packed per batch before they are counted, unless set. */
  public static final int DEFAULT_CHUNK = 1 << 20;

  private final CountingSpec spec;
  private final StructType input;
  private final RowFiller filler;
  private final EnumSet<Fact> unknown;
  private final int chunk;
  private transient volatile Context context;

  private TallyAggregator(CountingSpec spec, StructType input, Set<Fact> unknown, int chunk) {
    this.spec = spec;
    this.input = input;
    this.filler = new RowFiller(List.of(input.fieldNames()));
    this.unknown = unknown.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(unknown);
    this.chunk = chunk;
  }

  /**
   * The aggregator of data sets with {@code schema} (dossier-row columns, and any others, which it
   * ignores), counting {@code spec}'s counters.
   *
   * @throws IllegalArgumentException if the schema lacks a required column or has one of the
   *     wrong type (see {@link DossierRows#unknownFacts})
   */
  public static TallyAggregator of(CountingSpec spec, StructType schema) {
    return of(spec, schema, DEFAULT_CHUNK);
  }

  /**
   * As {@link #of(CountingSpec, StructType)}, packing {@code chunk} rows per batch before counting
   * them (memory per group and partition about 30 bytes a row; a smaller chunk costs a merge more
   * often).
   */
  public static TallyAggregator of(CountingSpec spec, StructType schema, int chunk) {
    if (chunk < 1) {
      throw new IllegalArgumentException("chunk must be positive, got " + chunk);
    }
    Set<Fact> unknown = DossierRows.unknownFacts(schema);
    List<StructField> fields = new ArrayList<>();
    for (String name : DossierRows.columnsIn(schema)) {
      if (!name.equals(DossierRows.ID)) {
        fields.add(schema.apply(name));
      }
    }
    return new TallyAggregator(spec, new StructType(fields.toArray(new StructField[0])), unknown, chunk);
  }

  /** The columns the aggregator reads, in the order its input rows hold them. */
  StructType inputSchema() {
    return input;
  }

  /** The facts the input does not carry (counters testing them are not reported). */
  public Set<Fact> unknownFacts() {
    return unknown.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(unknown);
  }

  /** The aggregate column: this aggregator over the data set's dossier-row columns. */
  public Column column() {
    Column[] columns = new Column[input.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = functions.col(input.fieldNames()[i]);
    }
    return functions.udaf(this, Encoders.row(input)).apply(columns);
  }

  /** The tally {@link #finish} encoded. */
  public ProvinceTally decode(byte[] encoded) {
    return context().codec().decode(encoded);
  }

  /**
   * The tally of no dossier rows, as the core gives it: the agencies with declared offerings, their
   * counters 0 and their offered procedures (the identity a distributed tally starts from).
   */
  public ProvinceTally empty() {
    Context c = context();
    DossierColumns.Builder b = DossierColumns.builder(c.tallies().catalogue(), List.of(), 0);
    b.unknownFacts(unknown);
    return c.tallies().columns(b.build());
  }

  @Override
  public TallyBuffer zero() {
    return new TallyBuffer();
  }

  @Override
  public TallyBuffer reduce(TallyBuffer buffer, Row row) {
    buffer.add(context(), filler, row);
    return buffer;
  }

  @Override
  public TallyBuffer merge(TallyBuffer a, TallyBuffer b) {
    return a.merge(context(), b);
  }

  @Override
  public byte[] finish(TallyBuffer buffer) {
    Context c = context();
    return c.codec().encode(buffer.attach(c).tally());
  }

  @Override
  public Encoder<TallyBuffer> bufferEncoder() {
    return Encoders.javaSerialization(TallyBuffer.class);
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  /** What the buffers need, built once per aggregator and JVM from the spec. */
  Context context() {
    Context c = context;
    if (c == null) {
      Tallies tallies = spec.tallies();
      c = new Context(tallies, new TallyCodec(tallies), unknown, chunk);
      context = c;
    }
    return c;
  }

  /** The core's tallies, the codec, the unknown facts and the chunk size. */
  record Context(Tallies tallies, TallyCodec codec, Set<Fact> unknownFacts, int chunk) {}
}
