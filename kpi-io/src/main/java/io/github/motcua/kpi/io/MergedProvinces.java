package io.github.motcua.kpi.io;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The 63 provinces before 1 Jul 2025 and the 34 they became (Nghị quyết 202/2025/QH15: 11 unchanged,
 * 52 merged into 23), with their statistical codes: a series for an old province maps to its new
 * one at province level. Below the province old units map to new ones only as the user's data
 * says ({@link Agency#successors()}): a district department has no single successor.
 *
 * <p>Bundled as {@value #RESOURCE} (UTF-8 CSV, header {@code old_code,old_name,new_code,new_name},
 * one row per old province; codes are the two-digit statistical codes, those before 1 Jul 2025 and
 * those of Quyết định 19/2025/QĐ-TTg after it). A merged province took the code of one of the
 * provinces it was merged from, not always its own: Quảng Trị is 44 since 1 Jul 2025, Quảng Bình's
 * code, while the old Quảng Trị was 45. Join on the code <em>and</em> the date, never on the bare
 * code.
 */
public final class MergedProvinces {
  /** The bundled table, beside this class. */
  public static final String RESOURCE = "provinces-2025.csv";

  /** The table's columns. */
  public static final List<String> COLUMNS = List.of("old_code", "old_name", "new_code", "new_name");

  /** One old province and the new one it is part of. */
  @Value.Immutable
  public abstract static class Merger {
    Merger() {}

    /** The old province's statistical code (before 1 Jul 2025). */
    @Value.Parameter
    public abstract String oldCode();

    /** The old province's name. */
    @Value.Parameter
    public abstract String oldName();

    /** The new province's statistical code (from 1 Jul 2025). */
    @Value.Parameter
    public abstract String newCode();

    /** The new province's name. */
    @Value.Parameter
    public abstract String newName();
  }

  private final Map<String, Merger> byOldCode;

  private MergedProvinces(List<Merger> rows) {
    Map<String, Merger> m = new LinkedHashMap<>();
    rows.forEach(r -> m.put(r.oldCode(), r));
    this.byOldCode = m;
  }

  /** The bundled table. */
  public static MergedProvinces bundled() {
    try (InputStream in = MergedProvinces.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource " + RESOURCE + " is missing from the jar");
      }
      return read(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A table read from CSV text named {@code name}.
   *
   * @throws BadInputException naming line and field: a missing value, a code that is not two
   *     digits, an old code listed twice, a new code given two names
   */
  public static MergedProvinces read(String name, Reader reader) throws IOException {
    Intake<Merger> intake = CsvRecords.read(name, reader, COLUMNS, MergedProvinces::row, ReadOptions.defaults());
    intake.rejectDuplicates(Merger::oldCode, "old_code", null);
    List<Merger> rows = intake.strict();
    Map<String, String> names = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Intake.Accepted<Merger> a : intake.accepted()) {
      String known = names.putIfAbsent(a.value().newCode(), a.value().newName());
      if (known != null && !known.equals(a.value().newName())) {
        problems.add(Problem.of(a.location(), null, "new_name", "new province " + a.value().newCode()
            + " is named '" + known + "' on another line", a.value().newName()));
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInputException(problems);
    }
    return new MergedProvinces(rows);
  }

  private static Merger row(FieldReader f) {
    String oldCode = code(f, "old_code");
    String oldName = f.required("old_name");
    String newCode = code(f, "new_code");
    String newName = f.required("new_name");
    return f.ok() ? ImmutableMerger.of(oldCode, oldName, newCode, newName) : null;
  }

  private static String code(FieldReader f, String field) {
    String c = f.required(field);
    if (c != null && !c.matches("[0-9]{2}")) {
      f.problem(field, "not a province's statistical code (two digits)", c);
    }
    return c;
  }

  /** The rows, one per old province, in the table's order. */
  public List<Merger> rows() {
    return List.copyOf(byOldCode.values());
  }

  /** The statistical codes of the old provinces. */
  public Set<String> oldCodes() {
    return Set.copyOf(byOldCode.keySet());
  }

  /** The statistical codes of the new provinces. */
  public Set<String> newCodes() {
    Set<String> out = new LinkedHashSet<>();
    byOldCode.values().forEach(r -> out.add(r.newCode()));
    return out;
  }

  /** The row of the old province with statistical code {@code oldCode}. */
  public Optional<Merger> ofOldCode(String oldCode) {
    return Optional.ofNullable(byOldCode.get(oldCode));
  }

  /**
   * {@code agencies} with successors from the table: a province (a root of tier PROVINCIAL with an
   * old province's statistical code) that ended by 30 Jun 2025 and names no successor gets, as its
   * successor, the root that exists on 1 Jul 2025 with its new province's statistical code, when
   * exactly one is listed. Other agencies are returned as they are.
   */
  public List<Agency> withSuccessors(List<Agency> agencies) {
    List<Agency> out = new ArrayList<>(agencies.size());
    for (Agency a : agencies) {
      out.add(successor(a, agencies).map(s -> (Agency) Agency.builder().from(a).successors(java.util.List.of(s.code())).build()).orElse(a));
    }
    return out;
  }

  private Optional<Agency> successor(Agency a, List<Agency> agencies) {
    boolean oldProvince =
        a.parent().isEmpty()
            && a.tier() == Tier.PROVINCIAL
            && a.successors().isEmpty()
            && a.lastDay().filter(d -> d.isBefore(Tier.TWO_TIERS_FROM)).isPresent();
    if (!oldProvince || a.statisticalCode().isEmpty()) {
      return Optional.empty();
    }
    Optional<Merger> row = ofOldCode(a.statisticalCode().get());
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Agency> found =
        agencies.stream()
            .filter(b -> b.parent().isEmpty() && b.tier() == Tier.PROVINCIAL)
            .filter(b -> b.statisticalCode().equals(Optional.of(row.get().newCode())))
            .filter(b -> b.isValidOn(Tier.TWO_TIERS_FROM))
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
