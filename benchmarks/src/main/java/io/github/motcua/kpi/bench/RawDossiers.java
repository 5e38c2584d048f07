package io.github.motcua.kpi.bench;

/**
 * Dossiers as the plain arrays an engineer without the library would keep: one array per field,
 * {@link #NONE} for a missing day, booleans for flags. The benchmarks' other forms (the library's
 * {@code DossierColumns}, {@code List<Dossier>}, the DuckDB table, NDJSON) are made from these, so
 * all hold the same dossiers.
 */
public final class RawDossiers {
  /** A missing day. */
  public static final int NONE = Integer.MIN_VALUE;

  public final int size;
  /** Agency position in {@link BenchData#agencyCodes()}. */
  public final int[] agency;
  /** Procedure position in the catalogue. */
  public final int[] procedure;
  /** Level the dossier was received under: 2, 3 or 4. */
  public final byte[] level;
  /** Channel ordinal: 0 direct, 1 online, 2 postal. */
  public final byte[] channel;
  /** Epoch days. */
  public final int[] received;
  public final int[] due;
  public final int[] finished;
  public final int[] returned;
  /** National status 1 to 10, or 0 when unknown. */
  public final byte[] status;
  public final boolean[] byPost;
  public final boolean[] fee;
  public final boolean[] paid;
  public final boolean[] digitised;
  public final boolean[] apology;

  RawDossiers(int n) {
    size = n;
    agency = new int[n];
    procedure = new int[n];
    level = new byte[n];
    channel = new byte[n];
    received = new int[n];
    due = new int[n];
    finished = new int[n];
    returned = new int[n];
    status = new byte[n];
    byPost = new boolean[n];
    fee = new boolean[n];
    paid = new boolean[n];
    digitised = new boolean[n];
    apology = new boolean[n];
  }

  /** Whether dossier {@code i} was not accepted or withdrawn (status 3 or 7). */
  public boolean notAccepted(int i) {
    return status[i] == 3 || status[i] == 7;
  }
}
