package io.github.motcua.kpi.io;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonParser;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.DossierColumns;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tallies;
import io.github.motcua.kpi.tally.Tally;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a dossiers file — the national portal's sync format ({@code DongBoHoSoMC}) as a JSON array or
 * NDJSON, or our dossier CSV — streaming, into what a caller needs from one parse: {@linkplain
 * #tally tallies} counted in bounded memory (a file of any size), one {@linkplain #columns columnar
 * batch}, or {@linkplain #dossiers Dossier values}. Every record is accepted or rejected with its
 * problems named by file, line (or record number) and field; {@code accepted + rejected = read}.
 *
 * <pre>{@code
 * DossierReader reader = DossierReader.builder(catalogue, agencies).build();
 * DossierRead<ProvinceTally> read = reader.tally(Path.of("dossiers.ndjson"), tallies);
 * read.problems().forEach(System.err::println);      // FILE:LINE: MaHoSo 'ID': field 'NAME': …
 * ProvinceTally byAgency = read.value();
 * }</pre>
 *
 * <p><b>The sync fields read</b> (docs/DIRECTIVES.md, docs/INDEX-766.md; keys matched exactly as the
 * format spells them): {@code MaHoSo} (id, required), {@code MaTTHC} (procedure, required, in the
 * catalogue), {@code DonViXuLy} (the receiving agency by code, else by a name only it bears;
 * required), {@code DonViGiaiQuyet} (the settling agency where another one settles it — a key this
 * library chose, the format having none), {@code KenhThucHien} (1 direct, 2 online, 3 postal, the
 * {@linkplain Builder#vneidChannelCode configured} VNeID code; missing: direct, counted as not
 * stated), {@code NgayNopHoSo} (submitted; the received time falls back to it), {@code NgayTiepNhan},
 * {@code NgayHenTra}, {@code NgayKetThucXuLy}, {@code NgayTra} ({@code yyyyMMddHHmmss}, years
 * 1970–2105), {@code TrangThaiHoSo} (1–10), {@code QuaTrinhXuLy[]} ({@code TrangThai}, {@code
 * ThoiDiemXuLy}: the status history, whose first terminal status ends processing when {@code
 * NgayKetThucXuLy} is missing — a key chosen here), {@code DanhSachHoSoBoSung[]} ({@code
 * NgayYeuCauBoSung} requested, {@code NgayBoSung} supplied — the names docs/INDEX-766.md gives),
 * {@code HinhThuc} (0, 1 by post), {@code DanhSachLePhi[].Gia} (fee lines; all 0 = no fee; a line
 * without {@code Gia} a fee of unknown amount; no list: the procedure's fee in the catalogue),
 * {@code DuocThanhToanTrucTuyen} (0, 1 national portal, 2 local gateway), {@code
 * HoSoCoThanhPhanSoHoa}, {@code TaiLieuNop[]} ({@code DuocSoHoa}, {@code DuocLayTuKhoDMQG}, {@code
 * MaCSDL}), {@code DSKetNoiCSDL[].MaCSDL}, {@code MaKetQua} and {@code DuongDanTepTinKetQua} (or a
 * {@code DanhSachGiayToKetQua[]} entry with {@code MaGiayToKetQua} and {@code
 * DuongDanTepTinKetQua}: the electronic result), {@code TaiKhoanDuocXacThucVoiVNeID}, {@code
 * TrangThaiDongBoDVC} (1: synced to the national portal — the format's status of the sync), {@code
 * DanhGia} (0 none, 1 satisfied, 2 dissatisfied). {@code null} is "not given".
 *
 * <p><b>Readings.</b> The life of a dossier — {@code NgayHenTra}, {@code NgayKetThucXuLy}, {@code
 * NgayTra}, {@code TrangThaiHoSo}, {@code DanhSachHoSoBoSung} — is the core of every sync record: a
 * record leaving one out has none (yet). Any other fact is known for a file when at least one record carries its key (even as
 * null); a record leaving out a key the file carries reads false, as the portal counts; a fact no
 * record carries is {@linkplain DossierRead#unknownFacts() unknown}, and counters testing it are not
 * reported (the sync format never carries the apology). In our dossier CSV a fact is known when its
 * column is there. The level is the procedure's for its
 * agency in the catalogue (the format does not carry it). A misspelt key ({@code NgayHenTraa}) and
 * a key read given twice in one object (the second would silently win) are problems of the record;
 * the format's other keys ({@code ChuHoSo} …) are skipped, and any others are listed ({@link
 * DossierRead#keysNotRead()}).
 *
 * <p><b>Duplicates.</b> Valid records sharing a {@code MaHoSo} are all rejected, each named: which
 * one is right cannot be told, so none is counted. Ids are held as 64-bit hashes, never the records
 * (see {@link IdSet} for the vanishing chance of two ids colliding); when the first pass finds a
 * shared id, the input is read a second time ({@link Source}) to reject every record of it — a
 * file without duplicates is read once.
 *
 * <p><b>Limits.</b> {@link ReadLimits} bound strings, numbers, nesting, keys and records; breaking
 * one rejects the record, named, and the rest of the file is read.
 */
public final class DossierReader {
  /**
   * The rows of one chunk when tallying in bounded memory: 2 MB of columns, no array of which is
   * large enough to be a "humongous" object of a small G1 heap.
   */
  static final int CHUNK = 1 << 16;

  /** The keys of a sync record that are read (see the class comment); the format's others are skipped. */
  public static final List<String> SYNC_FIELDS = SyncKeys.RECORD_READ;

  /** The formats a dossiers file may be in. */
  public enum Format {
    /** Our dossier CSV. */
    CSV,
    /** The national portal's sync format: a JSON array, or NDJSON (one object a line). */
    PORTAL;

    /**
     * The format of {@code file}: by its name ({@code .csv}; {@code .json}, {@code .ndjson}, {@code
     * .jsonl}), else by its first character ({@code [} or an opening brace: the portal's).
     *
     * @throws IOException if the file cannot be read
     */
    public static Format of(Path file) throws IOException {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        return CSV;
      }
      if (name.endsWith(".json") || name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
        return PORTAL;
      }
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        int c;
        do {
          c = in.read();
        } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
        return c == '[' || c == '{' ? PORTAL : CSV;
      }
    }
  }

  private final ProcedureCatalogue catalogue;
  private final AgencyDirectory agencies;
  private final CatalogueLookup lookup;
  private final ReadOptions options;
  private final int vneidCode;
  private final DueDateDerivation derivation;
  private final int keepProblems;
  private final Consumer<Problem> onProblem;
  private final int chunk;

  private DossierReader(Builder b) {
    this.catalogue = b.catalogue;
    this.agencies = b.agencies;
    this.lookup = new CatalogueLookup(b.catalogue, b.agencies);
    this.options = b.options;
    this.vneidCode = b.vneidCode;
    this.derivation = b.derivation;
    this.keepProblems = b.keepProblems;
    this.onProblem = b.onProblem;
    this.chunk = b.chunk;
  }

  /** A builder of a reader counting against {@code catalogue}, dossiers of {@code agencies}. */
  public static Builder builder(ProcedureCatalogue catalogue, Collection<Agency> agencies) {
    return new Builder(catalogue, new AgencyDirectory(agencies));
  }

  /** A builder of a reader counting against {@code catalogue}, dossiers of the agencies of {@code directory}. */
  public static Builder builder(ProcedureCatalogue catalogue, AgencyDirectory directory) {
    return new Builder(catalogue, directory);
  }

  /** How a reader reads. */
  public static final class Builder {
    private final ProcedureCatalogue catalogue;
    private final AgencyDirectory agencies;
    private ReadOptions options = ReadOptions.defaults();
    private int vneidCode;
    private DueDateDerivation derivation;
    private int keepProblems = Integer.MAX_VALUE;
    private Consumer<Problem> onProblem;
    private int chunk = CHUNK;

    private Builder(ProcedureCatalogue catalogue, AgencyDirectory agencies) {
      this.catalogue = catalogue;
      this.agencies = agencies;
    }

    /** The limits, and whether to stop at the first bad record. */
    public Builder options(ReadOptions value) {
      this.options = value;
      return this;
    }

    /**
     * The {@code KenhThucHien} code of the VNeID channel, which the sync format has not fixed yet
     * (Nghị định 367/2025/NĐ-CP); without one, a code other than 1, 2 or 3 is a problem.
     *
     * @throws IllegalArgumentException if the code is 1, 2 or 3 (taken) or not positive
     */
    public Builder vneidChannelCode(int code) {
      checkArgument(code > 3 && code < 1_000, "the VNeID channel code must be 4 to 999 (1-3 are taken), got %s", code);
      this.vneidCode = code;
      return this;
    }

    /** Derives the due date of a dossier that has none from its procedure's processing time. */
    public Builder dueDates(DueDateDerivation value) {
      this.derivation = value;
      return this;
    }

    /** Keeps at most {@code count} problems in the result (the rest are counted, and handed on). */
    public Builder keepProblems(int count) {
      checkArgument(count >= 0, "a negative number of problems to keep: %s", count);
      this.keepProblems = count;
      return this;
    }

    /** Hands every problem, as it is found, to {@code consumer} (to write a rejects file, say). */
    public Builder onProblem(Consumer<Problem> consumer) {
      this.onProblem = consumer;
      return this;
    }

    /** Tallies chunks of {@code rows} rows (tests). */
    Builder chunk(int rows) {
      checkArgument(rows > 0, "chunk must be positive");
      this.chunk = rows;
      return this;
    }

    /** The reader. */
    public DossierReader build() {
      return new DossierReader(this);
    }
  }

  // ---------------------------------------------------------------------------------- outputs

  /**
   * The tallies of the accepted dossiers of {@code file}, counted by {@code tallies} chunk by chunk:
   * a file of any size in bounded memory. Counters testing a fact the file does not carry are not
   * reported.
   *
   * @throws IllegalArgumentException if {@code tallies} counts against another catalogue
   * @throws BadInputException if the file is not well-formed as a whole (a header, an array), or
   *     at the first bad record when the reader stops at the first
   * @throws IOException if the file cannot be read
   */
  public DossierRead<ProvinceTally> tally(Path file, Tallies tallies) throws IOException {
    return tally(file.toString(), Source.of(file), Format.of(file), tallies);
  }

  /**
   * As {@link #tally(Path, Tallies)}, from an input named {@code name}.
   *
   * @throws IllegalArgumentException if {@code tallies} counts against another catalogue
   * @throws BadInputException if the input is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the input cannot be read
   */
  public DossierRead<ProvinceTally> tally(String name, Source in, Format format, Tallies tallies) throws IOException {
    DossierRead<Tallied> read = tally(name, in, format, List.of(tallies), List.of());
    return read.with(read.value().tallies().get(0));
  }

  /**
   * In one pass over {@code file}: the tallies of its accepted dossiers by each of {@code tallies}
   * (several periods, say), and each agency's dossiers split by procedure by each of {@code splits};
   * in bounded memory.
   *
   * @throws IllegalArgumentException if one of them counts against another catalogue (a split's
   *     catalogue must list the reader's procedures in the same order)
   * @throws BadInputException if the file is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the file cannot be read
   */
  public DossierRead<Tallied> tally(Path file, List<Tallies> tallies, List<ProcedureSplit> splits) throws IOException {
    return tally(file.toString(), Source.of(file), Format.of(file), tallies, splits);
  }

  /**
   * As {@link #tally(Path, List, List)}, from an input named {@code name}.
   *
   * @throws IllegalArgumentException if one of them counts against another catalogue
   * @throws BadInputException if the input is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the input cannot be read
   */
  public DossierRead<Tallied> tally(
      String name, Source in, Format format, List<Tallies> tallies, List<ProcedureSplit> splits) throws IOException {
    for (Tallies t : tallies) {
      checkArgument(t.catalogue() == catalogue, "the tallies count against another catalogue than the reader reads with");
    }
    for (ProcedureSplit split : splits) {
      List<Procedure> theirs = split.tallies().catalogue().procedures();
      checkArgument(theirs.size() == catalogue.size() && java.util.stream.IntStream.range(0, theirs.size())
              .allMatch(i -> theirs.get(i).code().equals(catalogue.procedures().get(i).code())),
          "a split counts against a catalogue of other procedures than the reader reads with");
    }
    return run(name, in, format, false, () -> new TallyPass(tallies, splits));
  }

  /** One pass of {@link #tally(String, Source, Format, List, List)}: the sinks, and the sums they count. */
  private final class TallyPass implements Pass<Tallied> {
    private final List<Tallies> tallies;
    private final List<ProcedureSplit> splits;
    private final List<ProvinceTally> sums = new ArrayList<>();
    private final boolean[] counted;
    private final List<ColumnsSink> sinks = new ArrayList<>();

    TallyPass(List<Tallies> tallies, List<ProcedureSplit> splits) {
      this.tallies = tallies;
      this.splits = splits;
      this.counted = new boolean[tallies.size() + splits.size()];
      // One columnar batch a catalogue and keying, counted by every tallies that shares them (the
      // periods of one report count the same columns).
      Map<Object, List<Integer>> groups = new java.util.LinkedHashMap<>();
      for (int i = 0; i < tallies.size(); i++) {
        sums.add(ProvinceTally.empty());
        groups.computeIfAbsent(List.of("tallies"), g -> new ArrayList<>()).add(i);
      }
      for (int i = 0; i < splits.size(); i++) {
        sums.add(ProvinceTally.empty());
        ProcedureSplit split = splits.get(i);
        groups.computeIfAbsent(List.of("split", new Identity(split.tallies().catalogue()), split.underSettlingAgency()),
            g -> new ArrayList<>()).add(tallies.size() + i);
      }
      for (List<Integer> group : groups.values()) {
        int first = group.get(0);
        boolean isSplit = first >= tallies.size();
        ProcedureCatalogue counting = isSplit ? splits.get(first - tallies.size()).tallies().catalogue() : catalogue;
        Consumer<DossierColumns> count = batch -> {
          for (int k : group) {
            Tallies t = k < tallies.size() ? tallies.get(k) : splits.get(k - tallies.size()).tallies();
            sums.set(k, sums.get(k).merge(t.columns(batch)));
            counted[k] = true;
          }
        };
        sinks.add(isSplit
            ? new ColumnsSink(counting, agencies, chunk, count, splits.get(first - tallies.size()).underSettlingAgency())
            : new ColumnsSink(counting, agencies, chunk, count));
      }
    }

    @Override
    public String add(DossierFacts f, Procedure offered) {
      for (ColumnsSink sink : sinks) {
        String why = sink.add(f, offered);
        if (why != null) {
          return why;
        }
      }
      return null;
    }

    @Override
    public Tallied value(Set<Fact> unknown) {
      sinks.forEach(ColumnsSink::flush);
      List<ProvinceTally> byAgency = new ArrayList<>();
      for (int i = 0; i < tallies.size(); i++) {
        ProvinceTally sum =
            counted[i] ? sums.get(i) : tallies.get(i).columns(DossierColumns.builder(catalogue, List.of(), 0).build());
        byAgency.add(withoutUnknown(sum, tallies.get(i).counters(), unknown));
      }
      List<Map<String, ProvinceTally>> byProcedure = new ArrayList<>();
      for (int i = 0; i < splits.size(); i++) {
        int k = tallies.size() + i;
        byProcedure.add(ProcedureSplit.byAgency(withoutUnknown(sums.get(k), splits.get(i).tallies().counters(), unknown)));
      }
      return new Tallied(byAgency, byProcedure);
    }
  }

  /**
   * The accepted dossiers of {@code file} as one columnar batch (about 33 bytes a dossier), the facts the
   * file does not carry marked unknown.
   *
   * @throws BadInputException if the file is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the file cannot be read
   */
  public DossierRead<DossierColumns> columns(Path file) throws IOException {
    return columns(file.toString(), Source.of(file), Format.of(file));
  }

  /**
   * As {@link #columns(Path)}, from an input named {@code name}.
   *
   * @throws BadInputException if the input is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the input cannot be read
   */
  public DossierRead<DossierColumns> columns(String name, Source in, Format format) throws IOException {
    return run(name, in, format, false, () -> {
      ColumnsSink sink = new ColumnsSink(catalogue, agencies, 1024, null);
      return new Pass<DossierColumns>() {
        @Override
        public String add(DossierFacts facts, Procedure offered) {
          return sink.add(facts, offered);
        }

        @Override
        public DossierColumns value(Set<Fact> unknown) {
          return sink.build(unknown);
        }
      };
    });
  }

  /**
   * The accepted dossiers of {@code file} as values, in file order, each with the facts the file
   * does not carry as its unknown facts. Holds every dossier: for a large file, {@link #tally}.
   *
   * @throws BadInputException if the file is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the file cannot be read
   */
  public DossierRead<List<Dossier>> dossiers(Path file) throws IOException {
    return dossiers(file.toString(), Source.of(file), Format.of(file));
  }

  /**
   * As {@link #dossiers(Path)}, from an input named {@code name}.
   *
   * @throws BadInputException if the input is not well-formed as a whole, or at the first bad
   *     record when the reader stops at the first
   * @throws IOException if the input cannot be read
   */
  public DossierRead<List<Dossier>> dossiers(String name, Source in, Format format) throws IOException {
    return run(name, in, format, true, () -> {
      ObjectSink sink = new ObjectSink(agencies, lookup);
      List<Dossier> out = new ArrayList<>();
      return new Pass<List<Dossier>>() {
        @Override
        public String add(DossierFacts facts, Procedure offered) {
          try {
            out.add(sink.dossier(facts, offered));
            return null;
          } catch (IllegalArgumentException e) {
            return e.getMessage();
          }
        }

        @Override
        public List<Dossier> value(Set<Fact> unknown) {
          if (!unknown.isEmpty()) {
            out.replaceAll(d -> Dossier.builder().from(d).unknownFacts(unknown).build());
          }
          return List.copyOf(out);
        }
      };
    });
  }

  /**
   * {@code in} read by a {@link Run} into the passes {@code passes} makes: once, and once more when
   * records share a {@code MaHoSo} (the first pass only finds the ids; the second rejects every
   * record of them, without naming the other problems again).
   */
  private <T> DossierRead<T> run(String name, Source in, Format format, boolean keepText, Supplier<Pass<T>> passes)
      throws IOException {
    Run run = new Run(name, format, keepText);
    Pass<T> pass = passes.get();
    try (InputStream stream = in.open()) {
      run.read(stream, pass);
    }
    if (run.duplicates > 0) {
      run.again();
      pass = passes.get();
      try (InputStream stream = in.open()) {
        run.read(stream, pass);
      }
    }
    Set<Fact> unknown = run.unknownFacts();
    return run.result(pass.value(unknown), unknown);
  }

  /** {@code sum} without the counters that need a fact in {@code unknown}. */
  private static ProvinceTally withoutUnknown(ProvinceTally sum, List<Counter> counters, Set<Fact> unknown) {
    if (unknown.isEmpty()) {
      return sum;
    }
    Set<String> dropped = new LinkedHashSet<>();
    for (Counter c : counters) {
      for (Fact f : c.factsNeeded()) {
        if (unknown.contains(f)) {
          dropped.add(c.id());
        }
      }
    }
    if (dropped.isEmpty()) {
      return sum;
    }
    Map<String, Tally> out = new TreeMap<>();
    sum.byAgency().forEach((agency, t) -> {
      Tally.Builder b = Tally.builder();
      t.counters().forEach((id, c) -> {
        if (!dropped.contains(id)) {
          Optional<java.util.SortedSet<String>> codes = t.procedures(c);
          if (codes.isPresent()) {
            b.procedures(c, codes.get());
          } else {
            b.set(c, t.get(c));
          }
        }
      });
      out.put(agency, b.build());
    });
    return ProvinceTally.of(out);
  }

  /**
   * A binder of single sync records, each the text of one JSON object, for engines that split the
   * files themselves (Spark): each record is read as this reader reads a record of a file, with the
   * same checks and the same problems, located by the file alone. Not thread-safe: one a thread.
   */
  public SyncRecords syncRecords() {
    return new SyncRecords();
  }

  /**
   * Binds sync records one at a time ({@link DossierReader#syncRecords()}). A record has no file
   * around it: its dossier carries every fact of the format (a key left out reads false, as the
   * portal counts), only those the format never carries being unknown ({@link #UNKNOWN_FACTS}), and
   * ids shared between records are the caller's to find.
   */
  public final class SyncRecords {
    /** The facts the sync format never carries: the unknown facts of every dossier bound. */
    public static final Set<Fact> UNKNOWN_FACTS = java.util.Collections.unmodifiableSet(EnumSet.of(Fact.APOLOGY));

    /**
     * One record bound: its dossier, or the problems that reject it.
     *
     * @param dossier the dossier, if the record is accepted
     * @param id the record's {@code MaHoSo}, where it could be read
     * @param problems every problem of the record; none if it is accepted
     * @param unknownFacts the facts a file of this record alone would leave unknown (all those a
     *     sync file can leave unknown, for a record that is not a readable object): over many
     *     records, the facts unknown to them all are unknown, as for a file
     */
    public record Bound(Optional<Dossier> dossier, Optional<String> id, List<Problem> problems, Set<Fact> unknownFacts) {
      /** Immutable. */
      public Bound {
        problems = List.copyOf(problems);
        unknownFacts = unknownFacts.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(unknownFacts));
      }
    }

    /** The facts a sync file can leave unknown: those of a file with no record. */
    public static final Set<Fact> UNKNOWABLE_FACTS =
        java.util.Collections.unmodifiableSet(DossierReader.unknownFacts(true, 0, 0));

    private final Run run = new Run("", Format.PORTAL, true);
    private final ObjectSink objects = new ObjectSink(agencies, lookup);
    private final com.fasterxml.jackson.core.JsonFactory factory = JsonRecordsFile.factory(options.limits());
    private final List<Problem> found = new ArrayList<>();
    private Dossier dossier;

    private SyncRecords() {
      run.single = found::addAll;
    }

    /**
     * The record {@code text} of {@code file} bound: a dossier, or problems (never both); a text
     * holding no record (blank) is one problem.
     */
    public Bound bind(String file, String text) {
      found.clear();
      dossier = null;
      run.lastFields = 0;
      try {
        run.readOne(file, new JsonRecordsFile(file, text.getBytes(StandardCharsets.UTF_8), options.limits(), factory),
            (f, offered) -> {
              try {
                dossier = Dossier.builder().from(objects.dossier(f, offered)).unknownFacts(UNKNOWN_FACTS).build();
                return null;
              } catch (IllegalArgumentException e) {
                return e.getMessage();
              }
            });
      } catch (IOException | BadInputException e) {
        found.add(Problem.of(Location.file(file), null, null, "malformed JSON: " + e.getMessage(), null));
      }
      if (found.isEmpty() && dossier == null) {
        found.add(Problem.of(Location.file(file), null, null, "no record: the text is blank", null));
      }
      Optional<String> id = Optional.empty();
      for (Problem p : found) {
        if (p.recordId().isPresent()) {
          id = p.recordId();
          break;
        }
      }
      Set<Fact> unknown = DossierReader.unknownFacts(true, run.lastFields, 0);
      if (!found.isEmpty()) {
        return new Bound(Optional.empty(), id, found, unknown);
      }
      return new Bound(Optional.of(dossier), Optional.of(dossier.id()), List.of(), unknown);
    }
  }

  // ---------------------------------------------------------------------------------- one read

  /** Where an accepted record's facts go; returns why they cannot, or null. */
  @FunctionalInterface
  private interface Sink {
    String add(DossierFacts facts, Procedure offered);
  }

  /** One pass over the input: where its accepted records go, and what they make. */
  private interface Pass<T> extends Sink {
    /** What the accepted records make, the facts no record carried being {@code unknown}. */
    T value(Set<Fact> unknown);
  }

  /**
   * An input the reader can open more than once: it reads it a second time when it finds records
   * sharing a {@code MaHoSo}, to reject them all (which one is right cannot be told).
   */
  @FunctionalInterface
  public interface Source {
    /** A new stream of the input, from its start. */
    InputStream open() throws IOException;

    /** The file {@code file}. */
    static Source of(Path file) {
      return () -> Files.newInputStream(file);
    }

    /** The bytes {@code bytes}. */
    static Source of(byte[] bytes) {
      return () -> new java.io.ByteArrayInputStream(bytes);
    }
  }

  /** The problem of every record of an id that more than one valid record has. */
  static final String DUPLICATE =
      "duplicate: another record of this file has the same id; which is right cannot be told, so none is counted";

  /** One read of one input: the records, their counts and problems. */
  private final class Run implements JsonRecordsFile.Handler {
    private String name;
    private final Format format;
    private final boolean portal;
    private final boolean keepText;
    private final DossierFacts facts = new DossierFacts();
    private final RecordProblems problems;
    private final IdSet ids = new IdSet();
    private final DossierChecks checks;
    private final List<Problem> kept = new ArrayList<>();
    private final Set<String> keysNotRead = new LinkedHashSet<>();
    private PortalRecords records;
    private Sink sink;
    private long fields;
    /** The fields of the last record finished (single records). */
    long lastFields;
    private long accepted;
    private long rejected;
    private long problemCount;
    private long blankLines;
    private long derived;
    private boolean badReceived;
    /** Records whose id an earlier valid record had (first pass). */
    long duplicates;
    /** Whether this is the second pass, which rejects the records of duplicated ids. */
    private boolean secondPass;
    /** Whether the record being finished is rejected as a duplicate (second pass). */
    private boolean duplicateRecord;
    /** Single records ({@link SyncRecords}): where a record's problems go, none counted here. */
    private Consumer<List<Problem>> single;

    Run(String name, Format format, boolean keepText) {
      this.name = name;
      this.format = format;
      this.portal = format == Format.PORTAL;
      this.keepText = keepText;
      this.problems = new RecordProblems(name);
      this.checks = new DossierChecks(portal, derivation, agencies);
    }

    /**
     * Starts the second pass: the counts start again, the problems found stay (the second pass
     * hands on only those of duplicated ids).
     */
    void again() {
      secondPass = true;
      accepted = 0;
      rejected = 0;
      derived = 0;
    }

    void read(InputStream in, Sink target) throws IOException {
      this.sink = target;
      keysNotRead.clear();
      if (portal) {
        records = new PortalRecords(lookup, agencies, options.limits(), vneidCode, keepText);
        records.ids = ids;
        JsonRecordsFile file = new JsonRecordsFile(name, in, options.limits());
        file.read(this);
        blankLines = file.blankLines();
        keysNotRead.addAll(records.ignoredKeys());
      } else {
        readCsv(in);
      }
    }

    private void readCsv(InputStream in) throws IOException {
      CsvDossiers rows = new CsvDossiers(lookup, agencies);
      try (CsvFile csv =
          CsvFile.open(name, new InputStreamReader(in, StandardCharsets.UTF_8), options.limits())) {
        csv.requireColumns(CsvDossiers.REQUIRED.toArray(String[]::new));
        Set<String> known = new LinkedHashSet<>();
        for (DossierField f : DossierField.values()) {
          if (f.csv() != null) {
            known.add(f.csv());
          }
        }
        keysNotRead.addAll(csv.columnsOtherThan(known));
        Optional<CsvFile.Row> row;
        while ((row = csv.next()).isPresent()) {
          CsvFile.Row r = row.get();
          duplicateRecord = false;
          problems.start(r.location().line(), 0);
          List<Problem> text = r.textProblems();
          if (!text.isEmpty()) {
            reject(text);
            continue;
          }
          FieldReader reader = new FieldReader(r, options.limits());
          rows.read(reader, facts, csv);
          problems.addAll(reader.problems());
          badReceived = reader.text(DossierField.RECEIVED.csv()).isPresent() && facts.received == LocalTimes.NONE;
          finish((field, seconds) -> reader.text(field.csv()).orElse(""));
        }
        blankLines = csv.blankLines();
      }
    }

    /** Reads the one record of {@code text} into {@code target}, its problems to {@link #single}. */
    void readOne(String file, JsonRecordsFile text, Sink target) throws IOException {
      this.sink = target;
      this.name = file;
      problems.file(file);
      if (records == null) {
        records = new PortalRecords(lookup, agencies, options.limits(), vneidCode, keepText);
      }
      text.read(this);
    }

    @Override
    public void object(JsonParser parser, long line, long record) throws IOException {
      duplicateRecord = false;
      if (single != null) {
        problems.start(0, 0);
      } else {
        problems.start(line, record);
      }
      records.read(parser, facts, problems);
      badReceived = records.badReceived;
    }

    @Override
    public void complete(String tooLong) {
      if (tooLong != null) {
        reject(List.of(Problem.of(problems.location(), null, null, tooLong, null)));
        return;
      }
      finish((field, seconds) -> LocalTimes.portal(seconds));
    }

    private void finish(DossierChecks.TimeText text) {
      Procedure offered = facts.agency >= 0 && facts.procedure >= 0 ? lookup.offered(facts.agency, facts.procedure) : null;
      fields |= facts.fields;
      lastFields = facts.fields;
      checks.check(facts, offered, badReceived, problems, text);
      duplicateRecord = false;
      if (single == null && problems.ok() && facts.hasId()) {
        if (!secondPass) {
          if (!ids.add(facts.idHash)) {
            duplicates++;
            if (options.stopAtFirstProblem()) {
              problems.add(DossierField.ID.name(portal), DUPLICATE, facts.idText());
            }
          }
        } else if (ids.isDuplicate(facts.idHash)) {
          duplicateRecord = true;
          problems.add(DossierField.ID.name(portal), DUPLICATE, facts.idText());
        }
      }
      if (problems.ok()) {
        String why = sink.add(facts, offered);
        if (why != null) {
          problems.add(null, why, null);
        }
      }
      if (problems.ok()) {
        accepted++;
        if (facts.dueDerived) {
          derived++;
        }
        return;
      }
      if (facts.hasId()) {
        problems.identify(facts.idText());
      }
      reject(problems.list());
    }

    @Override
    public void malformed(Location at, String message, String value) {
      reject(List.of(Problem.of(single != null ? Location.file(name) : at, null, null, message, value)));
    }

    private void reject(List<Problem> list) {
      if (single != null) {
        single.accept(list);
        return;
      }
      rejected++;
      if (secondPass && !duplicateRecord) {
        return; // named in the first pass
      }
      problemCount += list.size();
      for (Problem p : list) {
        if (kept.size() < keepProblems) {
          kept.add(p);
        }
        if (onProblem != null) {
          onProblem.accept(p);
        }
      }
      if (options.stopAtFirstProblem()) {
        throw new BadInputException(list);
      }
    }

    /** The facts no record carried (derived due dates make the due date known). */
    Set<Fact> unknownFacts() {
      return DossierReader.unknownFacts(portal, fields, derived);
    }

    <T> DossierRead<T> result(T value, Set<Fact> unknown) {
      return new DossierRead<>(name, value, accepted, rejected, blankLines, derived, kept, problemCount, unknown,
          new ArrayList<>(keysNotRead));
    }
  }

  /**
   * The facts unknown for an input of {@code format} whose records carried the fields {@code
   * fields} (bits of {@link DossierField}), {@code derived} due dates derived.
   */
  static Set<Fact> unknownFacts(boolean portal, long fields, long derived) {
    Set<Fact> unknown = EnumSet.of(Fact.FINISHED, Fact.RETURNED, Fact.NATIONAL_STATUS, Fact.PAID_ONLINE,
        Fact.PAYMENT, Fact.DIGITISED, Fact.APOLOGY, Fact.RESULT_BY_POST, Fact.DUE_DATE, Fact.ELECTRONIC_RESULT,
        Fact.COMPONENT_DIGITISED, Fact.PERSONAL_STORE, Fact.NATIONAL_DATABASE, Fact.VNEID_ACCOUNT, Fact.SYNCED,
        Fact.RATING, Fact.SUPPLEMENTS);
    for (DossierField f : DossierField.values()) {
      if ((fields & (1L << f.ordinal())) != 0 && f.fact() != null) {
        unknown.remove(f.fact());
        if (f == DossierField.PAID_ONLINE) {
          unknown.remove(Fact.PAID_ONLINE);
        }
        if (f == DossierField.COMPONENTS) {
          unknown.remove(Fact.PERSONAL_STORE);
          unknown.remove(Fact.NATIONAL_DATABASE);
        }
      }
    }
    if (derived > 0) {
      unknown.remove(Fact.DUE_DATE);
    }
    if (portal) {
      // The life of a dossier is the core of every sync record: a record without NgayHenTra,
      // NgayKetThucXuLy, NgayTra, TrangThaiHoSo or DanhSachHoSoBoSung has none (yet), whether or
      // not another record of the file has one (an export of open dossiers leaves them all out).
      unknown.removeAll(EnumSet.of(Fact.DUE_DATE, Fact.FINISHED, Fact.RETURNED, Fact.NATIONAL_STATUS, Fact.SUPPLEMENTS));
    }
    return unknown;
  }

  /** An object compared by identity (a catalogue: equal catalogues may still be different objects). */
  private record Identity(Object of) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Identity i && i.of == of;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(of);
    }
  }
}
