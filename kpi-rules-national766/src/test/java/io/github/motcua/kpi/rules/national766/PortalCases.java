package io.github.motcua.kpi.rules.national766;

import static io.github.motcua.kpi.rules.national766.Qd766Counters.*;

import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The national portal's QĐ 766 output for 55 units of Phú Thọ, 2026 (copied from
 * ../shared/golden/index766, see golden-README.md beside the files): one row per unit, period and
 * indicator, and the group totals it printed. Each indicator's counts become the tally the index's
 * counters would report.
 */
final class PortalCases {
  /** The counters of each indicator the reference rows give counts for: numerator, denominator. */
  static final Map<String, Counter[]> COUNTERS = new LinkedHashMap<>();

  static {
    put("1.1", PUBLISH_ON_TIME, PUBLISH_ON_TIME_BASE);
    put("1.2", PUBLIC_UPDATE_ON_TIME, PUBLIC_UPDATE_ON_TIME_BASE);
    put("1.3", PUBLIC_CONTENT_FULL, PUBLIC_CONTENT_FULL_BASE);
    put("1.4", DOSSIERS_SYNCED, DOSSIERS_SYNCED_BASE);
    put("2.1", PROGRESS_ON_TIME, PROGRESS_RECEIVED);
    put("3.5a", FEE_PROCEDURES_INTEGRATED, FEE_PROCEDURES);
    put("3.5b", FEE_PROCEDURES_PAID_ONLINE, FEE_PROCEDURES_WITH_DOSSIERS);
    put("3.6", DOSSIERS_PAID_ONLINE, DOSSIERS_FINANCIAL_OBLIGATION);
    put("4.1", ORIGINAL_RESULT_AVAILABLE, ORIGINAL_RESULT_AVAILABLE_BASE);
    put("4.2", DOSSIERS_DIGITIZED, DOSSIERS_DIGITIZED_BASE);
    put("4.3", REUSED_DIGITIZED_DATA, REUSED_DIGITIZED_DATA_BASE);
    put("4.4", PERSONAL_STORAGE, PERSONAL_STORAGE_BASE);
    put("4.5a", CITIZEN_DATA_PROCEDURES, CITIZEN_DATA_PROCEDURES_BASE);
    put("4.5b", CITIZEN_DATA_DOSSIERS, CITIZEN_DATA_DOSSIERS_BASE);
    put("4.6", ELECTRONIC_CERTIFIED_COPY, ELECTRONIC_CERTIFIED_COPY_BASE);
    put("5.1a", PETITIONS_CLASSIFIED_PROCEDURE, PETITIONS_CLASSIFIED_BASE);
    put("5.1b", PETITIONS_CLASSIFIED_STAFF, PETITIONS_CLASSIFIED_BASE);
    put("5.2", PETITIONS_ON_TIME, PETITIONS_ON_TIME_BASE);
    put("5.3", PETITIONS_SATISFIED, PETITIONS_SATISFIED_BASE);
    put("5.4", DOSSIERS_SATISFIED, DOSSIERS_SATISFIED_BASE);
  }

  private static void put(String id, Counter numerator, Counter denominator) {
    COUNTERS.put(id, new Counter[] {numerator, denominator});
  }

  /** One row of {@code portal-phutho-2026.csv}. */
  record Row(
      String unit, String name, String level, String periodType, Period period, String group,
      String indicator, String numerator, String denominator, String ratio, String points,
      String max, String recomputed) {}

  /** One row of {@code group-scores.csv}. */
  record GroupRow(String unit, String periodType, Period period, String group, String points, String max) {}

  private PortalCases() {}

  static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (Map<String, String> r : read("portal-phutho-2026.csv")) {
      out.add(
          new Row(
              r.get("unit_code"), r.get("unit_name"), r.get("unit_level"), r.get("period_type"),
              period(r.get("period_from"), r.get("period_to")), r.get("group"),
              r.get("indicator").split(" ")[0], r.get("numerator"), r.get("denominator"),
              r.get("portal_ratio"), r.get("portal_points"), r.get("max_points"),
              r.get("recomputed_points")));
    }
    return out;
  }

  static List<GroupRow> groupRows() {
    List<GroupRow> out = new ArrayList<>();
    for (Map<String, String> r : read("group-scores.csv")) {
      out.add(
          new GroupRow(
              r.get("unit_code"), r.get("period_type"), period(r.get("period_from"), r.get("period_to")),
              r.get("group"), r.get("portal_group_points"), r.get("max")));
    }
    return out;
  }

  /** The units of the rows, as agencies: departments provincial, communes commune-tier. */
  static List<Agency> agencies(List<Row> rows) {
    Map<String, Agency> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(
          r.unit(),
          u -> Agency.of(u, r.name(), r.level().equals("commune") ? Tier.COMMUNE : Tier.PROVINCIAL));
    }
    return List.copyOf(out.values());
  }

  /** The tallies of one period type, by unit: each row's counts set on its counters. */
  static ProvinceTally tallies(List<Row> rows, String periodType) {
    Map<String, Tally.Builder> byUnit = new TreeMap<>();
    for (Row r : rows) {
      if (!r.periodType().equals(periodType) || r.numerator().isEmpty() || r.denominator().isEmpty()) {
        continue;
      }
      Counter[] c = COUNTERS.get(r.indicator());
      Tally.Builder b = byUnit.computeIfAbsent(r.unit(), u -> Tally.builder());
      b.set(c[1], Long.parseLong(r.denominator()));
      b.set(c[0], Long.parseLong(r.numerator()));
    }
    Map<String, Tally> out = new TreeMap<>();
    byUnit.forEach((u, b) -> out.put(u, b.build()));
    return ProvinceTally.of(out);
  }

  private static Period period(String from, String to) {
    return Period.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  /** The rows of a CSV resource by column name (RFC 4180 quoting; no field spans lines here). */
  private static List<Map<String, String>> read(String name) {
    try (InputStream in = PortalCases.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = fields(lines.readLine());
      List<Map<String, String>> out = new ArrayList<>();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        List<String> f = fields(line);
        if (f.size() != header.size()) {
          throw new IllegalStateException(name + ": " + f.size() + " fields, expected " + header.size() + ": " + line);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < f.size(); i++) {
          row.put(header.get(i), f.get(i));
        }
        out.add(row);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else {
        f.append(c);
      }
    }
    out.add(f.toString());
    return out;
  }
}
