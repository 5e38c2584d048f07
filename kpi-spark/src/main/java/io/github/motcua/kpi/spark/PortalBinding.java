package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.io.DossierReader;
import io.github.motcua.kpi.io.Location;
import io.github.motcua.kpi.io.Problem;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.tally.DossierColumns;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Binds the sync records of one partition — rows of {@code file} and {@code record} (the text of
 * one JSON object) — into dossier rows, with kpi-io's reader of the sync format ({@link
 * DossierReader#syncRecords()}, the one {@code kpi evaluate} reads with): each record is accepted as
 * a dossier row or rejected with every problem found, never dropped. A dossier the reader accepts
 * must also pass the core's column checks, or it is rejected with their message.
 */
final class PortalBinding implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The command line's message for text that is not UTF-8 (Spark reads such a byte as U+FFFD). */
  static final String NOT_UTF8 = "not UTF-8 text (a byte that is no UTF-8 character): save the file as UTF-8";

  /** The columns before the dossier-row columns. */
  static final String FILE = "file";
  static final String RECORD = "record";
  static final String PROBLEMS = "problems";
  /**
   * The facts a file of the record alone would leave unknown, a bit a fact ({@code 1L << ordinal});
   * over a read, the facts unknown to every record are unknown ({@link PortalRead#unknownFacts()}).
   */
  static final String UNKNOWN_FACTS = "unknown_facts";

  /** The columns before the dossier-row columns. */
  private static final int BEFORE = 4;

  /** Dossiers checked against one scratch batch of columns before a new one is started. */
  private static final int SCRATCH = 4096;

  /** The facts the sync format never carries: unknown for every dossier bound. */
  static final Set<Fact> UNKNOWN = DossierReader.SyncRecords.UNKNOWN_FACTS;

  private final CountingSpec spec;
  /** The {@code KenhThucHien} code read as VNeID, or null ({@code OptionalInt} is not serialisable). */
  private final Integer vneidCode;
  private final StructType dossierSchema;

  PortalBinding(CountingSpec spec, OptionalInt vneidCode) {
    this.spec = spec;
    this.vneidCode = vneidCode.isPresent() ? vneidCode.getAsInt() : null;
    this.dossierSchema = DossierRows.schema(UNKNOWN);
  }

  /** The schema of the bound rows: file, record, problems, unknown facts, then the dossier-row columns. */
  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RECORD, DataTypes.StringType, true));
    fields.add(
        DataTypes.createStructField(PROBLEMS, DataTypes.createArrayType(DataTypes.StringType, false), true));
    fields.add(DataTypes.createStructField(UNKNOWN_FACTS, DataTypes.LongType, false));
    for (StructField f : DossierRows.schema(UNKNOWN).fields()) {
      fields.add(f);
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    DossierReader.Builder reader = DossierReader.builder(spec.catalogue(), spec.agencies());
    if (vneidCode != null) {
      reader.vneidChannelCode(vneidCode);
    }
    DossierReader.SyncRecords binder = reader.build().syncRecords();
    DerivedDueDates due = spec.calendar().map(c -> new DerivedDueDates(spec.catalogue(), c, !spec.reading().subtractSupplementWait())).orElse(null);
    return new Iterator<>() {
      private Row next;
      private DossierColumns.Builder scratch;

      @Override
      public boolean hasNext() {
        while (next == null && input.hasNext()) {
          next = bind(input.next());
        }
        return next != null;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
      }

      /** The bound row, or null for a blank line (not a record, as for the command line). */
      private Row bind(Row in) {
        String file = in.getString(0);
        String text = in.isNullAt(1) ? "" : in.getString(1);
        if (text.isBlank()) {
          return null;
        }
        if (text.indexOf('\uFFFD') >= 0) {
          return rejected(file, null, text, List.of(Problem.of(Location.file(file), null, null, NOT_UTF8, text.strip())),
              DossierReader.SyncRecords.UNKNOWABLE_FACTS);
        }
        DossierReader.SyncRecords.Bound bound = binder.bind(file, text);
        if (bound.dossier().isEmpty()) {
          return rejected(file, bound.id().orElse(null), text, bound.problems(), bound.unknownFacts());
        }
        Dossier d = bound.dossier().get();
        if (due != null) {
          d = due.derive(d);
        }
        String columns = checkColumns(d);
        if (columns == null) {
          return accepted(file, text, d, bound.unknownFacts());
        }
        return rejected(file, d.id(), text,
            List.of(Problem.of(Location.file(file), d.id(), null, columns, null)), bound.unknownFacts());
      }

      /** Why the core's columns refuse the dossier, or null. */
      private String checkColumns(Dossier d) {
        if (scratch == null || scratch.size() >= SCRATCH) {
          scratch = DossierColumns.builder(spec.catalogue(), List.of(), 64);
        }
        try {
          scratch.add(d);
          return null;
        } catch (IllegalArgumentException e) {
          return e.getMessage();
        }
      }
    };
  }

  /** {@code facts} as bits of their ordinals. */
  static long mask(Set<Fact> facts) {
    long m = 0;
    for (Fact f : facts) {
      m |= 1L << f.ordinal();
    }
    return m;
  }

  /** The facts of the bits of {@code mask}. */
  static Set<Fact> facts(long mask) {
    Set<Fact> out = java.util.EnumSet.noneOf(Fact.class);
    for (Fact f : Fact.values()) {
      if ((mask & (1L << f.ordinal())) != 0) {
        out.add(f);
      }
    }
    return out;
  }

  private Row accepted(String file, String text, Dossier d, Set<Fact> unknown) {
    if (!d.unknownFacts().equals(UNKNOWN)) {
      throw new IllegalStateException(
          "the portal binder left " + d.unknownFacts() + " unknown for " + d.id() + ", not " + UNKNOWN);
    }
    Row values = DossierRows.row(d, dossierSchema);
    Object[] out = new Object[BEFORE + values.length()];
    out[0] = file;
    out[1] = text;
    out[2] = null;
    out[3] = mask(unknown);
    for (int i = 0; i < values.length(); i++) {
      out[BEFORE + i] = values.get(i);
    }
    return RowFactory.create(out);
  }

  private Row rejected(String file, String id, String text, List<Problem> problems, Set<Fact> unknown) {
    Object[] out = new Object[BEFORE + dossierSchema.size()];
    out[0] = file;
    out[1] = text;
    out[3] = mask(unknown);
    List<String> reasons = new ArrayList<>();
    for (Problem p : problems) {
      reasons.add(p.toString());
    }
    out[2] = reasons.toArray(new String[0]);
    out[BEFORE + dossierSchema.fieldIndex(DossierRows.ID)] = id;
    return RowFactory.create(out);
  }
}
