package io.github.motcua.kpi.tally;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Payment;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Rating;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.SupplementRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Dossiers held as columns of primitives (bảng hồ sơ dạng cột), for tallying millions of dossiers
 * without one object per dossier: about 33 bytes a dossier (measured), every fact the counters read included.
 *
 * <p>A batch is filled row by row through a {@link Builder}, with a reusable {@link Row} whose
 * setters take the facts of one dossier; the builder checks each row as {@link Dossier} checks a
 * dossier and names the row when it rejects one:
 *
 * <pre>{@code
 * DossierColumns.Builder b = DossierColumns.builder(catalogue, List.of("QT-D03"), 1_000_000);
 * DossierColumns.Row row = b.row()
 *     .agency(b.agency("QT-D03")).procedure(b.procedure("1.001234"))
 *     .level(ServiceLevel.LEVEL_3).channel(Channel.ONLINE)
 *     .receivedAt(DossierColumns.seconds(received)).dueAt(DossierColumns.seconds(due));
 * b.add(row);
 * ProvinceTally byAgency = b.build().tally(Period.quarter(2020, 1), LocalDate.of(2020, 4, 8));
 * }</pre>
 *
 * <p>Times are local (Vietnam) seconds since 1970-01-01T00:00 ({@link #seconds}), held in 32 bits
 * without sign: from 1970 to 2106. {@link Tallies#columns} counts a batch with any counters;
 * {@link #tally} and {@link #tallyParallel} count the standard ones. Both give exactly the tallies
 * {@link Tallies#dossiers(Iterable)} gives for the same dossiers: the counting is one definition
 * (see {@link Counter}).
 *
 * <p>A built batch is immutable and may be tallied from several threads.
 */
public final class DossierColumns {
  /** A missing instant in a column: later than any real one. */
  static final int NONE = -1;

  /** A missing instant given to a {@link Row}. */
  public static final long NO_TIME = Long.MIN_VALUE;

  /** At most this many agencies in one batch (agency positions are 16-bit). */
  public static final int MAX_AGENCIES = 1 << 16;

  /** The latest instant a column holds, as local epoch seconds (7 Feb 2106). */
  static final long LATEST = (1L << 32) - 2;

  static final int MIN_PARALLEL_CHUNK = 1 << 16;

  private final ProcedureCatalogue catalogue;
  private final ImmutableList<String> agencies;
  private final int size;
  private final long unknown;
  private final char[] agency;
  private final char[] settling;
  private final char[] procedure;
  private final int[] attributes;
  private final int[] received;
  private final int[] due;
  private final int[] finished;
  private final int[] returned;
  private final int[] wait;

  private DossierColumns(Builder b) {
    this.catalogue = b.catalogue;
    this.agencies = ImmutableList.copyOf(b.agencyCodes);
    this.size = b.size;
    this.unknown = b.unknown;
    this.agency = trim(b.agency, b.size);
    this.settling = trim(b.settling, b.size);
    this.procedure = trim(b.procedure, b.size);
    this.attributes = trim(b.attributes, b.size);
    this.received = trim(b.received, b.size);
    this.due = trim(b.due, b.size);
    this.finished = trim(b.finished, b.size);
    this.returned = trim(b.returned, b.size);
    this.wait = trim(b.wait, b.size);
  }

  /**
   * A builder for a batch counted against {@code catalogue}, with agencies known in advance (more
   * can be added with {@link Builder#agency(String)}) and room for {@code capacity} rows (it grows
   * beyond).
   *
   * @throws IllegalArgumentException on a duplicate or blank agency code or a negative capacity
   */
  public static Builder builder(ProcedureCatalogue catalogue, List<String> agencyCodes, int capacity) {
    return new Builder(catalogue, agencyCodes, capacity);
  }

  /** A local date-time as the local epoch seconds columns hold. */
  public static long seconds(LocalDateTime t) {
    return t.toEpochSecond(ZoneOffset.UTC);
  }

  /** The catalogue the procedures refer to. */
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

  /** The facts the input did not carry (a counter testing one is not reported). */
  public Set<Fact> unknownFacts() {
    Set<Fact> out = EnumSet.noneOf(Fact.class);
    for (Fact f : Fact.values()) {
      if ((unknown & (1L << f.ordinal())) != 0) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The standard counters of these dossiers by agency over {@code period} as of {@code asOf}, in
   * one thread.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public ProvinceTally tally(Period period, LocalDate asOf) {
    return Tallies.of(period, asOf, catalogue).columns(this);
  }

  /**
   * As {@link #tally}, with the rows split into ranges counted in parallel on the common
   * fork-join pool and merged: the same result.
   *
   * @throws IllegalArgumentException if {@code asOf} is before the period starts
   */
  public ProvinceTally tallyParallel(Period period, LocalDate asOf) {
    return Tallies.of(period, asOf, catalogue).columnsParallel(this);
  }

  /** Counts the rows with {@code counting}, in one thread or in parallel ranges. */
  ProvinceTally count(ColumnCounting counting, boolean parallel) {
    return count(counting, parallel, MIN_PARALLEL_CHUNK);
  }

  /** As {@link #count(ColumnCounting, boolean)}, in parallel ranges of at least {@code minChunk}. */
  ProvinceTally count(ColumnCounting counting, boolean parallel, int minChunk) {
    if (!parallel) {
      return counting.finish(counting.count(this, 0, size), unknown, false);
    }
    int parts =
        Math.max(
            1,
            Math.min(
                size / minChunk,
                4 * java.util.concurrent.ForkJoinPool.getCommonPoolParallelism()));
    long step = ((long) size + parts - 1) / parts;
    ColumnCounting.Part all =
        java.util.stream.IntStream.range(0, parts)
            .parallel()
            .mapToObj(
                k ->
                    counting.count(
                        this, (int) Math.min(size, k * step), (int) Math.min(size, (k + 1) * step)))
            .reduce(ColumnCounting.Part::addAll)
            .orElseGet(() -> counting.count(this, 0, 0));
    return counting.finish(all, unknown, true);
  }

  long unknownBits() {
    return unknown;
  }

  private static char[] trim(char[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static int[] trim(int[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  char[] agencyColumn() {
    return agency;
  }

  char[] settlingColumn() {
    return settling;
  }

  /** Procedures are stored by their rank in {@link CatalogueIndex}, not their catalogue position. */
  char[] procedureColumn() {
    return procedure;
  }

  int[] attributeColumn() {
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

  int[] waitColumn() {
    return wait;
  }

  @Override
  public String toString() {
    return "DossierColumns[" + size + " dossiers, " + agencies.size() + " agencies]";
  }

  /**
   * The facts of one dossier, set before {@link Builder#add(Row)}; reused from row to row (each
   * {@link Builder#row()} call clears it). Times are local epoch seconds ({@link #seconds}), {@link
   * #NO_TIME} for none. Not thread-safe.
   */
  public static final class Row {
    int agency;
    int settling;
    int procedure;
    ServiceLevel level;
    Channel channel;
    boolean channelStated;
    long received;
    long due;
    long finished;
    long returned;
    int nationalStatus;
    boolean resultByPost;
    boolean fee;
    Payment payment;
    boolean digitised;
    boolean apology;
    boolean dueDerived;
    boolean electronicResult;
    boolean componentDigitised;
    boolean personalStore;
    boolean nationalDatabase;
    boolean vneidAccount;
    boolean synced;
    Rating rating;
    int supplements;
    long supplementWait;
    long pendingSupplementAt;

    Row() {
      clear();
    }

    /** Forgets every fact set. */
    public Row clear() {
      agency = -1;
      settling = -1;
      procedure = -1;
      level = null;
      channel = null;
      channelStated = true;
      received = NO_TIME;
      due = NO_TIME;
      finished = NO_TIME;
      returned = NO_TIME;
      nationalStatus = 0;
      resultByPost = false;
      fee = false;
      payment = Payment.NONE;
      digitised = false;
      apology = false;
      dueDerived = false;
      electronicResult = false;
      componentDigitised = false;
      personalStore = false;
      nationalDatabase = false;
      vneidAccount = false;
      synced = false;
      rating = null;
      supplements = 0;
      supplementWait = 0;
      pendingSupplementAt = NO_TIME;
      return this;
    }

    /** The receiving agency's position ({@link Builder#agency(String)}). */
    public Row agency(int position) {
      agency = position;
      return this;
    }

    /** The settling agency's position, where it differs from the receiving one. */
    public Row settlingAgency(int position) {
      settling = position;
      return this;
    }

    /** The procedure's catalogue position ({@link Builder#procedure(String)}). */
    public Row procedure(int position) {
      procedure = position;
      return this;
    }

    /** The level the dossier was received under. */
    public Row level(ServiceLevel level) {
      this.level = level;
      return this;
    }

    /** How it was submitted; {@code stated} false when the input left the channel out. */
    public Row channel(Channel channel, boolean stated) {
      this.channel = channel;
      this.channelStated = stated;
      return this;
    }

    /** How it was submitted. */
    public Row channel(Channel channel) {
      return channel(channel, true);
    }

    /** When it was received. */
    public Row receivedAt(long seconds) {
      received = seconds;
      return this;
    }

    /** When it is due ({@link #NO_TIME}: no due date); {@code derived} if from the processing time. */
    public Row dueAt(long seconds, boolean derived) {
      due = seconds;
      dueDerived = derived;
      return this;
    }

    /** When it is due ({@link #NO_TIME}: no due date). */
    public Row dueAt(long seconds) {
      return dueAt(seconds, false);
    }

    /** When processing ended. */
    public Row finishedAt(long seconds) {
      finished = seconds;
      return this;
    }

    /** When the result was returned. */
    public Row returnedAt(long seconds) {
      returned = seconds;
      return this;
    }

    /** The national status code, 1 to 10 (0: not given). */
    public Row nationalStatus(int code) {
      nationalStatus = code;
      return this;
    }

    /** Whether the result is returned by post. */
    public Row resultByPost(boolean value) {
      resultByPost = value;
      return this;
    }

    /** Whether the dossier carries a fee, and where it was paid online. */
    public Row fee(boolean feeBearing, Payment payment) {
      this.fee = feeBearing;
      this.payment = payment;
      return this;
    }

    /** Whether the components were digitised. */
    public Row digitised(boolean value) {
      digitised = value;
      return this;
    }

    /** Whether the apology for a late dossier was issued. */
    public Row apology(boolean value) {
      apology = value;
      return this;
    }

    /** Whether it has an electronic result. */
    public Row electronicResult(boolean value) {
      electronicResult = value;
      return this;
    }

    /** The component flags: some digitised, some from the personal store, some from a national database. */
    public Row components(boolean digitised, boolean personalStore, boolean nationalDatabase) {
      this.componentDigitised = digitised;
      this.personalStore = personalStore;
      this.nationalDatabase = nationalDatabase;
      return this;
    }

    /** Whether the applicant's account was authenticated with VNeID. */
    public Row vneidAccount(boolean value) {
      vneidAccount = value;
      return this;
    }

    /** Whether the dossier was synced to the national portal. */
    public Row synced(boolean value) {
      synced = value;
      return this;
    }

    /** The applicant's rating, or null. */
    public Row rating(Rating value) {
      rating = value;
      return this;
    }

    /**
     * The supplement requests: how many, the seconds the applicant took on the supplied ones, and
     * when the pending one (if any) was made ({@link #NO_TIME}: none pending).
     */
    public Row supplements(int count, long waitSeconds, long pendingSince) {
      supplements = count;
      supplementWait = waitSeconds;
      pendingSupplementAt = pendingSince;
      return this;
    }
  }

  /**
   * Fills a batch row by row. Not thread-safe. Each row is checked when it is added; a rejected
   * row is not added and the message names it ({@code row 17: …}).
   */
  public static final class Builder {
    private final ProcedureCatalogue catalogue;
    private final CatalogueIndex index;
    private final List<String> agencyCodes = new ArrayList<>();
    private final Map<String, Integer> agencyIndex = new HashMap<>();
    private final Row row = new Row();
    private long unknown;
    private int size;
    private char[] agency;
    private char[] settling;
    private char[] procedure;
    private int[] attributes;
    private int[] received;
    private int[] due;
    private int[] finished;
    private int[] returned;
    private int[] wait;

    private Builder(ProcedureCatalogue catalogue, List<String> codes, int capacity) {
      checkArgument(capacity >= 0, "negative capacity %s", capacity);
      this.catalogue = catalogue;
      this.index = catalogue.index();
      for (String code : codes) {
        checkArgument(!agencyIndex.containsKey(code), "duplicate agency code %s", code);
        agency(code);
      }
      agency = new char[capacity];
      settling = new char[capacity];
      procedure = new char[capacity];
      attributes = new int[capacity];
      received = new int[capacity];
      due = new int[capacity];
      finished = new int[capacity];
      returned = new int[capacity];
      wait = new int[capacity];
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

    /** The position of the agency {@code code}, if it is in the batch. */
    public OptionalInt agencyIfKnown(String code) {
      Integer known = agencyIndex.get(code);
      return known == null ? OptionalInt.empty() : OptionalInt.of(known);
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

    /** Marks facts the input does not carry at all (counters testing them are not reported). */
    public Builder unknownFacts(Set<Fact> facts) {
      for (Fact f : facts) {
        unknown |= 1L << f.ordinal();
      }
      return this;
    }

    /** The reusable row, cleared. */
    public Row row() {
      return row.clear();
    }

    /** The number of rows added so far. */
    public int size() {
      return size;
    }

    /**
     * Adds the dossier whose facts {@code r} holds.
     *
     * @throws IllegalArgumentException naming the row if a position is out of range, the received
     *     time is missing, a time is out of range or precedes the received time, the result is
     *     returned before processing finished, the dossier is paid online without a fee, or a
     *     code is out of range
     */
    public Builder add(Row r) {
      String problem = problem(r);
      if (problem != null) {
        throw new IllegalArgumentException("row " + size + ": " + problem);
      }
      append(r);
      return this;
    }

    /**
     * Adds one dossier object (its agencies are added if new); its {@linkplain
     * Dossier#unknownFacts() unknown facts} become the batch's.
     *
     * @throws IllegalArgumentException naming the dossier if its procedure is not in the
     *     catalogue or a time is out of the range columns hold
     */
    public Builder add(Dossier d) {
      Integer p = catalogue.positionOf(d.procedureCode());
      checkArgument(
          p != null, "dossier %s: unknown procedure %s (not in the catalogue)", d.id(), d.procedureCode());
      Row r = row();
      r.agency(agency(d.agencyCode()))
          .procedure(p)
          .level(d.level())
          .channel(d.channel(), d.channelStated())
          .receivedAt(seconds(d.receivedAt()))
          .dueAt(time(d.dueAt()), d.dueDerived())
          .finishedAt(time(d.endOfProcessing()))
          .returnedAt(time(d.returnedAt()))
          .nationalStatus(d.nationalStatus().orElse(0))
          .resultByPost(d.resultByPost())
          .fee(d.feeBearing(), d.payment())
          .digitised(d.digitised())
          .apology(d.apologyIssued())
          .electronicResult(d.hasElectronicResult())
          .components(
              d.hasDigitisedComponent(),
              d.hasComponentFromPersonalStore(),
              d.hasComponentFromNationalDatabase())
          .vneidAccount(d.vneidAccount())
          .synced(d.synced())
          .rating(d.rating().orElse(null));
      if (d.isSettledElsewhere()) {
        r.settlingAgency(agency(d.settlingAgency()));
      }
      Optional<SupplementRequest> pending = d.pendingSupplement();
      r.supplements(
          d.supplements().size(),
          d.supplementWait().getSeconds(),
          pending.map(s -> seconds(s.requestedAt())).orElse(NO_TIME));
      unknownFacts(d.unknownFacts());
      String problem = problem(r);
      checkArgument(problem == null, "dossier %s: %s", d.id(), problem);
      append(r);
      return this;
    }

    private static long time(Optional<LocalDateTime> t) {
      return t.isPresent() ? seconds(t.get()) : NO_TIME;
    }

    /** Why the row is invalid, or null. */
    String problem(Row r) {
      if (r.agency < 0 || r.agency >= agencyCodes.size()) {
        return "agency position " + r.agency + " is not one of the " + agencyCodes.size() + " agencies";
      }
      if (r.settling >= agencyCodes.size()) {
        return "settling agency position " + r.settling + " is not one of the " + agencyCodes.size() + " agencies";
      }
      if (r.procedure < 0 || r.procedure >= catalogue.size()) {
        return "procedure position " + r.procedure + " is not in the catalogue of " + catalogue.size() + " procedures";
      }
      if (r.level == null || r.channel == null) {
        return r.level == null ? "level is missing" : "channel is missing";
      }
      if (r.received == NO_TIME) {
        return "received time is missing";
      }
      String range = outOfRange("received", r.received);
      range = range != null ? range : outOfRange("due", r.due);
      range = range != null ? range : outOfRange("finished", r.finished);
      range = range != null ? range : outOfRange("returned", r.returned);
      range = range != null ? range : outOfRange("pending supplement", r.pendingSupplementAt);
      if (range != null) {
        return range;
      }
      String order = before("due", r.due, "received", r.received);
      order = order != null ? order : before("finished", r.finished, "received", r.received);
      order = order != null ? order : before("returned", r.returned, "received", r.received);
      order = order != null ? order : before("returned", r.returned, "finished", r.finished);
      order = order != null ? order : before("pending supplement", r.pendingSupplementAt, "received", r.received);
      if (order != null) {
        return order;
      }
      if (r.payment == null) {
        return "payment is missing";
      }
      if (r.payment.isOnline() && !r.fee) {
        return "paid online but carries no fee";
      }
      if (r.nationalStatus < 0 || r.nationalStatus > 10) {
        return "national status must be 1 to 10, got " + r.nationalStatus;
      }
      if (r.supplements < 0) {
        return "negative number of supplement requests " + r.supplements;
      }
      if (r.supplementWait < 0 || r.supplementWait > LATEST) {
        return "supplement wait of " + r.supplementWait + " seconds is out of range";
      }
      return null;
    }

    private static String outOfRange(String what, long t) {
      if (t == NO_TIME || (t >= 0 && t <= LATEST)) {
        return null;
      }
      return what + " time is out of the range 1970–2106 that columns hold";
    }

    private static String before(String what, long t, String than, long other) {
      if (t == NO_TIME || other == NO_TIME || t >= other) {
        return null;
      }
      return what + " time " + text(t) + " is before its " + than + " time " + text(other);
    }

    private static String text(long seconds) {
      return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).toString();
    }

    /** Appends a row already checked. */
    private void append(Row r) {
      if (size == agency.length) {
        grow();
      }
      int i = size++;
      agency[i] = (char) r.agency;
      settling[i] = (char) (r.settling < 0 ? r.agency : r.settling);
      procedure[i] = (char) index.rankOf[r.procedure];
      attributes[i] = attributes(r);
      received[i] = column(r.received);
      due[i] = column(r.due);
      finished[i] = column(r.finished);
      returned[i] = column(r.returned);
      boolean pending = r.pendingSupplementAt != NO_TIME;
      wait[i] = pending && r.supplements == 1 ? column(r.pendingSupplementAt) : (int) r.supplementWait;
    }

    private static int column(long t) {
      return t == NO_TIME ? NONE : (int) t;
    }

    private static int attributes(Row r) {
      int settled = r.settling >= 0 && r.settling != r.agency ? 1 : 0;
      return r.channel.ordinal() << FactLayout.A_CHANNEL
          | bit(r.channelStated) << FactLayout.A_CHANNEL_STATED
          | (r.level.number() - 2) << FactLayout.A_LEVEL
          | r.nationalStatus << FactLayout.A_NATIONAL_STATUS
          | bit(r.fee) << FactLayout.A_FEE
          | r.payment.ordinal() << FactLayout.A_PAYMENT
          | bit(r.digitised) << FactLayout.A_DIGITISED
          | bit(r.apology) << FactLayout.A_APOLOGY
          | bit(r.resultByPost) << FactLayout.A_RESULT_BY_POST
          | bit(r.due != NO_TIME) << FactLayout.A_DUE_DATE
          | bit(r.dueDerived) << FactLayout.A_DUE_DERIVED
          | bit(r.electronicResult) << FactLayout.A_ELECTRONIC_RESULT
          | bit(r.componentDigitised) << FactLayout.A_COMPONENT_DIGITISED
          | bit(r.personalStore) << FactLayout.A_PERSONAL_STORE
          | bit(r.nationalDatabase) << FactLayout.A_NATIONAL_DATABASE
          | bit(r.vneidAccount) << FactLayout.A_VNEID_ACCOUNT
          | bit(r.synced) << FactLayout.A_SYNCED
          | settled << FactLayout.A_SETTLED_ELSEWHERE
          | (r.rating == null ? 0 : r.rating.ordinal() + 1) << FactLayout.A_RATING
          | Math.min(r.supplements, 2) << FactLayout.A_SUPPLEMENTS
          | bit(r.pendingSupplementAt != NO_TIME) << FactLayout.A_SUPPLEMENT_PENDING;
    }

    private static int bit(boolean b) {
      return b ? 1 : 0;
    }

    private void grow() {
      int n = Math.max(16, agency.length + (agency.length >> 1));
      checkArgument(n > agency.length, "a batch holds at most %s dossiers", agency.length);
      agency = Arrays.copyOf(agency, n);
      settling = Arrays.copyOf(settling, n);
      procedure = Arrays.copyOf(procedure, n);
      attributes = Arrays.copyOf(attributes, n);
      received = Arrays.copyOf(received, n);
      due = Arrays.copyOf(due, n);
      finished = Arrays.copyOf(finished, n);
      returned = Arrays.copyOf(returned, n);
      wait = Arrays.copyOf(wait, n);
    }

    /**
     * Forgets the rows added, keeping the agencies, the unknown facts and the arrays, for the next
     * chunk. A batch built before may share those arrays: only for callers that discard their
     * batches once counted.
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

    long unknownBits() {
      return unknown;
    }
  }
}
