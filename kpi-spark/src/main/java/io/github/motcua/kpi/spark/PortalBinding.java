package io.github.motcua.kpi.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.motcua.kpi.cli.input.AgencyDirectory;
import io.github.motcua.kpi.cli.input.DossierBinder;
import io.github.motcua.kpi.cli.input.FieldReader;
import io.github.motcua.kpi.cli.input.Location;
import io.github.motcua.kpi.cli.input.Problem;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * Binds the sync records of one partition — rows of {@code file}, {@code record} (the text) and
 * {@code fields} (the keys and values Spark's JSON parser read, null if the text is not a JSON
 * object) — into dossier rows, with the command line's binder ({@link DossierBinder#portal}): each
 * record is accepted as a dossier row or rejected with every problem found, never dropped. A
 * dossier the binder accepts must also pass the core's column checks (times 1970–2106), or it is
 * rejected with their message.
 */
final class PortalBinding implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The command line's message for text that is not UTF-8 (Spark reads such a byte as U+FFFD). */
  static final String NOT_UTF8 = "not UTF-8 text (a byte that is no UTF-8 character): save the file as UTF-8";

  /** The columns before the dossier-row columns. */
  static final String FILE = "file";
  static final String RECORD = "record";
  static final String PROBLEMS = "problems";

  /** Dossiers checked against one scratch batch of columns before a new one is started. */
  private static final int SCRATCH = 4096;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The facts the portal binder leaves unknown, found by binding a minimal record. */
  static final Set<Fact> UNKNOWN = probe();

  private final CountingSpec spec;
  /** The {@code KenhThucHien} code read as VNeID, or null ({@code OptionalInt} is not serialisable). */
  private final Integer vneidCode;
  private final StructType dossierSchema;

  PortalBinding(CountingSpec spec, OptionalInt vneidCode) {
    this.spec = spec;
    this.vneidCode = vneidCode.isPresent() ? vneidCode.getAsInt() : null;
    this.dossierSchema = DossierRows.schema(UNKNOWN);
  }

  /** The schema of the bound rows: file, record, problems, then the dossier-row columns. */
  static StructType schema() {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(FILE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(RECORD, DataTypes.StringType, true));
    fields.add(
        DataTypes.createStructField(PROBLEMS, DataTypes.createArrayType(DataTypes.StringType, false), true));
    for (StructField f : DossierRows.schema(UNKNOWN).fields()) {
      fields.add(f);
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    DossierBinder binder =
        DossierBinder.portal(
            spec.catalogue(),
            new AgencyDirectory(spec.agencies()),
            vneidCode == null ? OptionalInt.empty() : OptionalInt.of(vneidCode));
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
        Location at = Location.file(file);
        if (text.indexOf('\uFFFD') >= 0) {
          return rejected(file, null, text, List.of(Problem.of(at, null, null, NOT_UTF8, shorten(text))));
        }
        if (in.isNullAt(2)) {
          return rejected(file, null, text, List.of(Problem.of(at, null, null, malformed(text), shorten(text))));
        }
        Map<String, String> fields = in.getJavaMap(2);
        FieldReader f = new FieldReader(new MapRecord(at, fields));
        Dossier d = null;
        try {
          d = binder.bind(f);
        } catch (IllegalArgumentException e) {
          f.problem(e.getMessage());
        }
        if (d != null && f.ok()) {
          if (due != null) {
            d = due.derive(d);
          }
          String columns = checkColumns(d);
          if (columns == null) {
            return accepted(file, text, d);
          }
          f.problem(columns);
        }
        if (f.ok()) {
          f.problem("record could not be read");
        }
        return rejected(file, f.recordId().orElse(null), text, f.problems());
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

  private Row accepted(String file, String text, Dossier d) {
    if (!d.unknownFacts().equals(UNKNOWN)) {
      throw new IllegalStateException(
          "the portal binder left " + d.unknownFacts() + " unknown for " + d.id() + ", not " + UNKNOWN);
    }
    Row values = DossierRows.row(d, dossierSchema);
    Object[] out = new Object[3 + values.length()];
    out[0] = file;
    out[1] = text;
    out[2] = null;
    for (int i = 0; i < values.length(); i++) {
      out[3 + i] = values.get(i);
    }
    return RowFactory.create(out);
  }

  private Row rejected(String file, String id, String text, List<Problem> problems) {
    Object[] out = new Object[3 + dossierSchema.size()];
    out[0] = file;
    out[1] = text;
    List<String> reasons = new ArrayList<>();
    for (Problem p : problems) {
      reasons.add(p.toString());
    }
    out[2] = reasons.toArray(new String[0]);
    out[3 + dossierSchema.fieldIndex(DossierRows.ID)] = id;
    return RowFactory.create(out);
  }

  /** The command line's words for a line that is not a JSON object. */
  private static String malformed(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node != null && node.isObject() ? "not read as a JSON object by Spark's JSON parser" : "not a JSON object";
    } catch (JsonProcessingException e) {
      return "malformed JSON: " + e.getOriginalMessage();
    }
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static Set<Fact> probe() {
    Procedure p = Procedure.builder().code("P").name("P").field("F").level(ServiceLevel.LEVEL_3).build();
    Agency a = Agency.of("A", "A", Tier.PROVINCIAL);
    FieldReader f =
        new FieldReader(
            new MapRecord(
                Location.file("probe"),
                Map.of("MaHoSo", "x", "MaTTHC", "P", "DonViXuLy", "A", "KenhThucHien", "1", "NgayTiepNhan", "20200101000000")));
    Dossier d = DossierBinder.portal(ProcedureCatalogue.of(List.of(p)), new AgencyDirectory(List.of(a))).bind(f);
    if (d == null) {
      throw new IllegalStateException("the portal binder refused a minimal record: " + f.problems());
    }
    return d.unknownFacts();
  }
}
