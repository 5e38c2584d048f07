package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProvinceTally;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The buffer of a {@link TallyAggregator}: the rows of one group in one partition packed into the
 * core's {@link DossierColumns}, counted a chunk at a time into a {@link ProvinceTally}. Between
 * Spark's stages it travels as the counted tally alone, in {@link TallyCodec}'s form. Opaque to
 * callers; not thread-safe (Spark gives each buffer to one task).
 */
public final class TallyBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The tally in {@link TallyCodec}'s form, while in transit (null otherwise). */
  private byte[] encoded;

  private transient TallyAggregator.Context context;
  private transient DossierColumns.Builder pending;
  private transient ProvinceTally counted = ProvinceTally.empty();

  TallyBuffer() {}

  /** Attaches the aggregator's context, decoding a tally that arrived encoded. */
  TallyBuffer attach(TallyAggregator.Context c) {
    context = c;
    if (encoded != null) {
      counted = c.codec().decode(encoded);
      encoded = null;
    }
    return this;
  }

  /** Adds one dossier row (counting the chunk once it is full). */
  void add(TallyAggregator.Context c, RowFiller filler, Row row) {
    attach(c);
    if (pending == null) {
      pending = DossierColumns.builder(c.tallies().catalogue(), List.of(), Math.min(1024, c.chunk()));
      pending.unknownFacts(c.unknownFacts());
    }
    filler.add(pending, row);
    if (pending.size() >= c.chunk()) {
      flush();
    }
  }

  /** This buffer with {@code other}'s dossiers added. */
  TallyBuffer merge(TallyAggregator.Context c, TallyBuffer other) {
    attach(c);
    other.attach(c);
    counted = tally().merge(other.tally());
    return this;
  }

  /** The tally of every row added and merged. */
  ProvinceTally tally() {
    flush();
    return counted;
  }

  /** Counts the rows not yet counted (the core's columnar counting) and merges them in. */
  private void flush() {
    if (pending != null && pending.size() > 0) {
      counted = counted.merge(context.tallies().columns(pending.build()));
    }
    pending = null;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    if (context != null) {
      encoded = context.codec().encode(tally());
    }
    try {
      out.defaultWriteObject();
    } finally {
      if (context != null) {
        encoded = null;
      }
    }
  }

  private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    counted = ProvinceTally.empty();
  }
}
