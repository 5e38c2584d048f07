package io.github.motcua.kpi.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.model.Fact;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The sync records read by {@link PortalDossiers}: the accepted dossiers as dossier rows, and the
 * rejects, each with every reason. Every record read is one or the other: {@code accepted +
 * rejected = read} ({@link #summary()}).
 *
 * <p>The data sets are lazy: each action reads the files again unless {@link #persist()} is
 * called, which keeps the bound records (their text included) in memory and on disk — worth it when
 * both the dossiers and the rejects are used, as the example job does.
 */
public final class PortalRead {
  /** The columns of {@link #rejects()}. */
  public static final List<String> REJECT_COLUMNS =
      List.of(PortalBinding.FILE, DossierRows.ID, PortalBinding.RECORD, PortalBinding.PROBLEMS);

  private final Dataset<Row> bound;
  /** The blank lines of the text read (NDJSON), or null (a table has none). */
  private final Dataset<Row> blankLines;
  /** The facts no record carries, once computed. */
  private Set<Fact> unknown;

  PortalRead(Dataset<Row> bound, Dataset<Row> blankLines) {
    this.bound = bound;
    this.blankLines = blankLines;
  }

  /** Keeps the bound records (see the class comment); returns this. */
  public PortalRead persist() {
    bound.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Releases what {@link #persist()} kept. */
  public void unpersist() {
    bound.unpersist();
  }

  private Dataset<Row> bound() {
    return bound.filter(col(PortalBinding.PROBLEMS).isNull());
  }

  /** The ids accepted by the binder more than once, with their number ({@code n}). */
  private Dataset<Row> duplicates() {
    return bound()
        .groupBy(col(DossierRows.ID))
        .agg(count(lit(1)).as("n"))
        .filter(col("n").gt(1));
  }

  /**
   * The facts no record read carries — as {@code kpi evaluate} reads a file: a fact is known when
   * at least one record carries its key (here, one record of all the files read), and the format
   * never carries the apology. One Spark job, the first time.
   */
  public Set<Fact> unknownFacts() {
    if (unknown == null) {
      Row r = bound.agg(expr("bit_and(" + PortalBinding.UNKNOWN_FACTS + ")")).first();
      Set<Fact> facts = r.isNullAt(0) ? DossierReader.SyncRecords.UNKNOWABLE_FACTS : PortalBinding.facts(r.getLong(0));
      Set<Fact> all = EnumSet.noneOf(Fact.class);
      all.addAll(facts);
      all.addAll(PortalBinding.UNKNOWN);
      unknown = all;
    }
    return unknown.isEmpty() ? Set.of() : EnumSet.copyOf(unknown);
  }

  /**
   * The accepted dossiers: the dossier-row columns of the facts the records carry (those no record
   * carries left out, so unknown: {@link #unknownFacts()}, a Spark job the first time), and {@code
   * file}, the file each came from.
   */
  public Dataset<Row> dossiers() {
    List<Column> columns = new ArrayList<>();
    for (String c : DossierRows.schema(unknownFacts()).fieldNames()) {
      columns.add(col(c));
    }
    columns.add(col(PortalBinding.FILE));
    return bound()
        .join(duplicates(), new String[] {DossierRows.ID}, "left_anti")
        .select(columns.toArray(new Column[0]));
  }

  /**
   * Every rejected record: {@code file}, {@code id} (its {@code MaHoSo}, where it could be read),
   * {@code record} (its text; for Parquet its JSON) and {@code problems} (every reason, as the
   * command line words them: {@code FILE: MaHoSo 'ID': field 'NAME': what is wrong ('value')}).
   */
  public Dataset<Row> rejects() {
    Dataset<Row> invalid =
        bound.filter(col(PortalBinding.PROBLEMS).isNotNull())
            .select(col(PortalBinding.FILE), col(DossierRows.ID), col(PortalBinding.RECORD), col(PortalBinding.PROBLEMS));
    Dataset<Row> shared =
        bound()
            .join(duplicates(), new String[] {DossierRows.ID}, "inner")
            .select(
                col(PortalBinding.FILE),
                col(DossierRows.ID),
                col(PortalBinding.RECORD),
                array(
                        concat(
                            col(PortalBinding.FILE),
                            lit(": MaHoSo '"),
                            col(DossierRows.ID),
                            lit("': field 'MaHoSo': duplicate: "),
                            col("n").cast("string"),
                            lit(" records share this value; which is right cannot be told, so none is counted ('"),
                            col(DossierRows.ID),
                            lit("')")))
                    .as(PortalBinding.PROBLEMS));
    return invalid.unionByName(shared);
  }

  /**
   * Records read, accepted and rejected, the accepted dossiers whose due date was derived from their
   * procedure's processing time, and the blank lines skipped (three or four Spark jobs).
   */
  public InputSummary summary() {
    long read = bound.count();
    long rejected = rejects().count();
    long derived = dossiers().filter(col(DossierRows.DUE_DERIVED)).count();
    long blank = blankLines == null ? 0 : blankLines.count();
    return InputSummary.of(read, read - rejected, rejected).withDueDatesDerived(derived).withBlankLines(blank);
  }
}
