package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.ServiceLevel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * Dossiers held as columns of primitives (bảng hồ sơ dạng cột), for tallying millions of dossiers
 * without one object per dossier: about 24 bytes a dossier.
 *
 * <p>A batch is filled row by row through a {@link Builder}, which checks each row as {@link
 * Dossier} checks a dossier (on dates rather than times) and names the row when it rejects one:
 *
 * <pre>{@code
 * DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of("QT-D03"), 1_000_000);
 * int agency = b.agency("QT-D03");
 * int procedure = b.procedure("1.001234");
 * b.add(agency, procedure, ServiceLevel.LEVEL_3, Channel.ONLINE,
 *     received, due, DossierColumns.NO_DATE, DossierColumns.NO_DATE, DossierColumns.FEE);
 * ProvinceTally byAgency = b.build().tally(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8));
 * }</pre>
 *
 * <p>Days are epoch days ({@link LocalDate#toEpochDay()}); a missing due, finished or returned day
 * is {@link #NO_DATE}. {@link #tally} and {@link #tallyParallel} give exactly the tallies {@link
 * Tallies#dossiers(Iterable)} gives for the same dossiers, period, as-of date and catalogue: the
 * counting follows the same definitions (see {@link Counter}), and the parallel path merges
 * per-part counters, which add up and unite exactly.
 *
 * <p>A built batch is immutable and may be tallied from several threads.
 */
public final class DossierColumns {
  /** A missing day: later than any real day, so "finished by day X" needs no special case. */
  public static final int NO_DATE = Integer.MAX_VALUE;

  /** Flag: the result is returned through the public postal service ({@code HinhThuc} = 1). */
  public static final int RESULT_BY_POST = 1;

  /** Flag: the dossier carries a fee or charge. */
  public static final int FEE = 1 << 1;

  /** Flag: the fee was paid online (requires {@link #FEE}). */
  public static final int PAID_ONLINE = 1 << 2;

  /** Flag: the dossier's components were digitised. */
  public static final int DIGITISED = 1 << 3;

  /** Flag: the apology owed for a late dossier was issued. */
  public static final int APOLOGY = 1 << 4;

  /** Flag: not accepted or withdrawn (national status 3 or 7). */
  public static final int NOT_ACCEPTED = 1 << 5;

  static final int FLAG_MASK =
      RESULT_BY_POST | FEE | PAID_ONLINE | DIGITISED | APOLOGY | NOT_ACCEPTED;

  /** Packed attributes: flags in bits 0-5, channel ordinal in bits 6-7, level number in bits 8-10. */
  static final int CHANNEL_SHIFT = 6;

  static final int LEVEL_SHIFT = 8;

  /** At most this many agencies in one batch (agency positions are 16-bit). */
  public static final int MAX_AGENCIES = 1 << 16;

  private static final int MIN_PARALLEL_CHUNK = 1 << 16;

  private final ProcedureCatalogue catalogue;
  private final CatalogueIndex index;
  private final ImmutableList<String> agencies;
  private final int size;
  private final char[] agency;
  private final int[] procedure;
  private final short[] attributes;
  private final int[] received;
  private final int[] due;
  private final int[] finished;
  private final int[] returned;

  private DossierColumns(Builder b) {
    this.catalogue = b.catalogue;
    this.index = b.index;
    this.agencies = ImmutableList.copyOf(b.agencyCodes);
    this.size = b.size;
    this.agency = trim(b.agency, b.size);
    this.procedure = trim(b.procedure, b.size);
    this.attributes = trim(b.attributes, b.size);
    this.received = trim(b.received, b.size);
    this.due = trim(b.due, b.size);
    this.finished = trim(b.finished, b.size);
    this.returned = trim(b.returned, b.size);
  }

  /**
   * A builder for a batch counted against {@code catalogue}, with agencies known in advance (more
   * can be added with {@link Builder#agency(String)}) and room for {@code capacity} rows (it grows
   * beyond).
   *
   * @throws IllegalArgumentException on a duplicate or blank agency code or a negative capacity
   */
  public static Builder builder(
      ProcedureCatalogue catalogue, List<String> agencyCodes, int capacity) {
    return new Builder(catalogue, agencyCodes, capacity);
  }

  /** The catalogue the procedure positions refer to. */
  public ProcedureCatalogue catalogue() {
    return catalogue;
  }

  /** The agency codes, by agency position. */
  public List<String> agencies() {
    return agencies;
  }

  /** The number of dossiers (rows). */
  public int size() {
    return size;
  }

  /**
   * The tallies of these dossiers by agency over {@code period} as of {@code asOf}, in one thread.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public ProvinceTally tally(Period period, LocalDate asOf) {
    ColumnCounting counting = counting(period, asOf);
    return counting.finish(counting.count(this, 0, size), false);
  }

  /**
   * As {@link #tally}, with the rows split into ranges counted in parallel on the common
   * fork-join pool and merged, and the agencies' tallies built in parallel: the same result.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public ProvinceTally tallyParallel(Period period, LocalDate asOf) {
    ColumnCounting counting = counting(period, asOf);
    int parts =
        Math.max(
            1,
            Math.min(
                size / MIN_PARALLEL_CHUNK,
                4 * java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()));
    long step = ((long) size + parts - 1) / parts;
    ColumnCounting.Part all =
        IntStream.range(0, parts)
            .parallel()
            .mapToObj(
                k ->
                    counting.count(
                        this, (int) Math.min(size, k * step), (int) Math.min(size, (k + 1) * step)))
            .reduce(ColumnCounting.Part::addAll)
            .orElseGet(() -> counting.count(this, 0, 0));
    return counting.finish(all, true);
  }

  /** The counting of this batch over {@code period} as of {@code asOf}. */
  ColumnCounting counting(Period period, LocalDate asOf) {
    checkArgument(
        !asOf.isBefore(period.start()), "as-of date %s is before the period %s starts", asOf, period);
    return new ColumnCounting(
        index,
        agencies,
        (int) period.start().toEpochDay(),
        (int) period.end().toEpochDay(),
        (int) asOf.toEpochDay());
  }

  /** Procedures are stored by their rank in {@link CatalogueIndex}, not their catalogue position. */
  char[] agencyColumn() {
    return agency;
  }

  int[] procedureColumn() {
    return procedure;
  }

  short[] attributeColumn() {
    return attributes;
  }

  int[] receivedColumn() {
    return received;
  }

  int[] dueColumn() {
    return due;
  }

  int[] finishedColumn() {
    return finished;
  }

  int[] returnedColumn() {
    return returned;
  }

  private static char[] trim(char[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static int[] trim(int[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static short[] trim(short[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  @Override
  public String toString() {
    return "DossierColumns[" + size + " dossiers, " + agencies.size() + " agencies]";
  }

  /**
   * Fills a batch row by row. Not thread-safe. Each row is checked when it is added; a rejected
   * row is not added and the message names it ({@code row 17: …}).
   */
  public static final class Builder {
    private final ProcedureCatalogue catalogue;
    private final CatalogueIndex index;
    private final List<String> agencyCodes = new java.util.ArrayList<>();
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private int size;
    private char[] agency;
    private int[] procedure;
    private short[] attributes;
    private int[] received;
    private int[] due;
    private int[] finished;
    private int[] returned;

    private Builder(ProcedureCatalogue catalogue, List<String> codes, int capacity) {
      checkArgument(capacity >= 0, "negative capacity %s", capacity);
      this.catalogue = catalogue;
      this.index = catalogue.index();
      for (String code : codes) {
        checkArgument(!agencyIndex.containsKey(code), "duplicate agency code %s", code);
        agency(code);
      }
      agency = new char[capacity];
      procedure = new int[capacity];
      attributes = new short[capacity];
      received = new int[capacity];
      due = new int[capacity];
      finished = new int[capacity];
      returned = new int[capacity];
    }

    /**
     * The position of the agency {@code code}, added if it is new.
     *
     * @throws IllegalArgumentException if the code is blank or the batch already holds {@link
     *     #MAX_AGENCIES} agencies
     */
    public int agency(String code) {
      Integer known = agencyIndex.get(code);
      if (known != null) {
        return known;
      }
      checkArgument(!code.isBlank(), "agency code is blank");
      checkArgument(
          agencyCodes.size() < MAX_AGENCIES,
          "agency %s: a batch holds at most %s agencies",
          code,
          MAX_AGENCIES);
      int i = agencyCodes.size();
      agencyCodes.add(code);
      agencyIndex.put(code, i);
      return i;
    }

    /**
     * The catalogue position of the procedure {@code code}.
     *
     * @throws IllegalArgumentException if the procedure is not in the catalogue
     */
    public int procedure(String code) {
      OptionalInt i = catalogue.indexOf(code);
      checkArgument(i.isPresent(), "unknown procedure %s (not in the catalogue)", code);
      return i.getAsInt();
    }

    /** The number of rows added so far. */
    public int size() {
      return size;
    }

    /**
     * Adds one dossier.
     *
     * @param agency the agency's position (see {@link #agency(String)})
     * @param procedure the procedure's catalogue position (see {@link #procedure(String)})
     * @param level the level the dossier was received under
     * @param channel how it was submitted
     * @param received the received day (epoch day)
     * @param due the due day, or {@link #NO_DATE}
     * @param finished the day processing finished, or {@link #NO_DATE}
     * @param returned the day the result was returned, or {@link #NO_DATE}
     * @param flags the flags of {@link DossierColumns} ({@link #FEE}, {@link #PAID_ONLINE}…)
     * @return this builder
     * @throws IllegalArgumentException naming the row if a position is out of range, the received
     *     day is missing, a day precedes the received day, the result is returned before
     *     processing finished, the dossier is paid online without a fee, or a flag is unknown
     */
    public Builder add(
        int agency,
        int procedure,
        ServiceLevel level,
        Channel channel,
        int received,
        int due,
        int finished,
        int returned,
        int flags) {
      String problem =
          problem(agency, procedure, level, channel, received, due, finished, returned, flags);
      if (problem != null) {
        throw new IllegalArgumentException("row " + size + ": " + problem);
      }
      append(agency, procedure, level.number(), channel.ordinal(), received, due, finished, returned, flags);
      return this;
    }

    /**
     * Adds one dossier object (its agency is added if new).
     *
     * @throws IllegalArgumentException naming the dossier if its procedure is not in the catalogue
     */
    public Builder add(Dossier d) {
      Integer p = catalogue.positionOf(d.procedureCode());
      checkArgument(
          p != null,
          "dossier %s: unknown procedure %s (not in the catalogue)",
          d.id(),
          d.procedureCode());
      int flags = 0;
      flags |= d.resultByPost() ? RESULT_BY_POST : 0;
      flags |= d.feeBearing() ? FEE : 0;
      flags |= d.paidOnline() ? PAID_ONLINE : 0;
      flags |= d.digitised() ? DIGITISED : 0;
      flags |= d.apologyIssued() ? APOLOGY : 0;
      flags |= d.isNotAcceptedOrWithdrawn() ? NOT_ACCEPTED : 0;
      // A Dossier has already checked what add(int, …) checks (times in order, paid ⇒ fee).
      append(
          agency(d.agencyCode()),
          p,
          d.level().number(),
          d.channel().ordinal(),
          day(d.receivedAt()),
          day(d.dueAt()),
          day(d.finishedAt()),
          day(d.returnedAt()),
          flags);
      return this;
    }

    /** Why the row is invalid, or null. */
    String problem(
        int agency,
        int procedure,
        ServiceLevel level,
        Channel channel,
        int received,
        int due,
        int finished,
        int returned,
        int flags) {
      if (agency < 0 || agency >= agencyCodes.size()) {
        return "agency position " + agency + " is not one of the " + agencyCodes.size() + " agencies";
      }
      if (procedure < 0 || procedure >= catalogue.size()) {
        return "procedure position "
            + procedure
            + " is not in the catalogue of "
            + catalogue.size()
            + " procedures";
      }
      if (level == null || channel == null) {
        return level == null ? "level is missing" : "channel is missing";
      }
      if (received == NO_DATE) {
        return "received day is missing";
      }
      if (due < received) {
        return "due day " + text(due) + " is before its received day " + text(received);
      }
      if (finished < received) {
        return "finished day " + text(finished) + " is before its received day " + text(received);
      }
      if (returned < received) {
        return "returned day " + text(returned) + " is before its received day " + text(received);
      }
      if (returned != NO_DATE && returned < finished && finished != NO_DATE) {
        return "returned day " + text(returned) + " is before its finished day " + text(finished);
      }
      if ((flags & ~FLAG_MASK) != 0) {
        return "unknown flag bits " + Integer.toBinaryString(flags & ~FLAG_MASK);
      }
      if ((flags & PAID_ONLINE) != 0 && (flags & FEE) == 0) {
        return "paid online but carries no fee";
      }
      return null;
    }

    /** Appends a row already checked. */
    void append(
        int agency,
        int procedure,
        int level,
        int channel,
        int received,
        int due,
        int finished,
        int returned,
        int flags) {
      if (size == this.agency.length) {
        grow();
      }
      int i = size++;
      this.agency[i] = (char) agency;
      this.procedure[i] = index.rankOf[procedure];
      this.attributes[i] = (short) (flags | channel << CHANNEL_SHIFT | level << LEVEL_SHIFT);
      this.received[i] = received;
      this.due[i] = due;
      this.finished[i] = finished;
      this.returned[i] = returned;
    }

    private void grow() {
      int n = Math.max(16, agency.length + (agency.length >> 1));
      checkArgument(n > agency.length, "a batch holds at most %s dossiers", agency.length);
      agency = Arrays.copyOf(agency, n);
      procedure = Arrays.copyOf(procedure, n);
      attributes = Arrays.copyOf(attributes, n);
      received = Arrays.copyOf(received, n);
      due = Arrays.copyOf(due, n);
      finished = Arrays.copyOf(finished, n);
      returned = Arrays.copyOf(returned, n);
    }

    /**
     * Forgets the rows added, keeping the agencies and the arrays, for the next chunk. A batch built
     * before may share those arrays: only for callers that discard their batches once counted.
     */
    void clear() {
      size = 0;
    }

    /** The batch; the builder may be used on. */
    public DossierColumns build() {
      return new DossierColumns(this);
    }

    ProcedureCatalogue catalogue() {
      return catalogue;
    }

    List<String> agencyCodes() {
      return agencyCodes;
    }

    private static int day(LocalDateTime t) {
      return Math.toIntExact(t.toLocalDate().toEpochDay());
    }

    private static int day(Optional<LocalDateTime> t) {
      return t.isPresent() ? day(t.get()) : NO_DATE;
    }

    private static String text(int day) {
      return day == NO_DATE ? "none" : LocalDate.ofEpochDay(day).toString();
    }
  }
}
