package io.github.motcua.kpi.report;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.motcua.kpi.eval.EvaluationInput;
import io.github.motcua.kpi.eval.InputSummary;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Channel;
import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Period;
import io.github.motcua.kpi.model.Procedure;
import io.github.motcua.kpi.model.ServiceLevel;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import io.github.motcua.kpi.tally.ProcedureCatalogue;
import io.github.motcua.kpi.tally.ProvinceTally;
import io.github.motcua.kpi.tally.Tally;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Test data: the appendix's district figures, a province around them, hand-made dossiers. */
final class Fixtures {
  static final String COUNTS = "quangtri-1501-2020q1-districts.csv";
  static final String PRINTED = "quangtri-1501-2020q1-districts.expected.csv";
  static final Period Q1 = Period.quarter(2026, 1);

  private Fixtures() {}

  /** A CSV resource split by commas (no quotes in these files), header skipped. */
  static List<String[]> rows(String resource) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(line.split(",", -1));
        }
      }
    }
    return out;
  }

  /** The nine districts of the appendix. */
  static List<Agency> districts() throws IOException {
    List<Agency> out = new ArrayList<>();
    for (String[] row : rows(COUNTS)) {
      out.add(Agency.of(row[0], row[1], Tier.valueOf(row[2])));
    }
    return out;
  }

  /** Their tallies: columns (7), (8), (10), (11) as printed. */
  static Map<String, Tally> districtTallies() throws IOException {
    Map<String, Tally> out = new LinkedHashMap<>();
    for (String[] row : rows(COUNTS)) {
      out.put(row[0], Tally.builder()
          .set(Counter.LEVEL3_ONLINE, Long.parseLong(row[3]))
          .set(Counter.LEVEL3_TOTAL, Long.parseLong(row[4]))
          .set(Counter.LEVEL4_ONLINE, Long.parseLong(row[5]))
          .set(Counter.LEVEL4_TOTAL, Long.parseLong(row[6]))
          .build());
    }
    return out;
  }

  /** The appendix's evaluation input (Q1 2020, as of 8 Apr 2020). */
  static EvaluationInput appendixInput() throws IOException {
    return EvaluationInput.builder()
        .asOf(LocalDate.of(2020, 4, 8))
        .agencies(districts())
        .tallies(ProvinceTally.of(districtTallies()))
        .inputSummary(InputSummary.of(9, 9, 0))
        .build();
  }

  static Directive qt1501() {
    return Directives.load().get("qt1501");
  }

  /**
   * A province for the directive report: three departments and the nine districts, Q2 2020 (after
   * the letter, so its 60 % / 30 % work-records target is judged), with work records.
   */
  static EvaluationInput provinceInput() throws IOException {
    List<Agency> agencies = new ArrayList<>();
    agencies.add(Agency.of("QT-S01", "Sở Tư pháp", Tier.PROVINCIAL));
    agencies.add(Agency.of("QT-S02", "Sở Kế hoạch và Đầu tư", Tier.PROVINCIAL));
    agencies.add(Agency.of("QT-S03", "Sở Tài nguyên và Môi trường", Tier.PROVINCIAL));
    agencies.addAll(districts());
    Map<String, Tally> tallies = new LinkedHashMap<>();
    long[][] departments = {{40, 90, 12, 20}, {5, 60, 0, 0}, {1, 30, 0, 0}};
    for (int i = 0; i < 3; i++) {
      tallies.put(agencies.get(i).code(), tally(departments[i], 100, 70 - 20 * i));
    }
    int k = 0;
    for (Map.Entry<String, Tally> e : districtTallies().entrySet()) {
      Tally t = e.getValue();
      tallies.put(e.getKey(), t.merge(Tally.builder()
          .set(Counter.WORK_RECORDS_TOTAL, 50)
          .set(Counter.WORK_RECORDS_ONLINE, 5 * ++k)
          .build()));
    }
    return EvaluationInput.builder()
        .period(Period.quarter(2020, 2))
        .asOf(LocalDate.of(2020, 7, 10))
        .agencies(agencies)
        .tallies(ProvinceTally.of(tallies))
        .inputSummary(InputSummary.of(13, 12, 1))
        .build();
  }

  private static Tally tally(long[] levels, long records, long online) {
    return Tally.builder()
        .set(Counter.LEVEL3_ONLINE, levels[0]).set(Counter.LEVEL3_TOTAL, levels[1])
        .set(Counter.LEVEL4_ONLINE, levels[2]).set(Counter.LEVEL4_TOTAL, levels[3])
        .set(Counter.WORK_RECORDS_TOTAL, records).set(Counter.WORK_RECORDS_ONLINE, online)
        .build();
  }

  // ---------------------------------------------------------------- Biểu 06 by hand

  static final List<Agency> HN =
      List.of(
          Agency.of("HN-S01", "Sở Tư pháp thành phố Hà Nội", Tier.PROVINCIAL),
          Agency.of("HN-X01", "UBND phường Ba Đình", Tier.COMMUNE));

  static final ProcedureCatalogue CATALOGUE =
      ProcedureCatalogue.of(
          List.of(
              procedure("1.001", "Đất đai"),
              procedure("2.001", "Chứng thực"),
              procedure("3.001", "Hộ tịch")));

  private static Procedure procedure(String code, String field) {
    return Procedure.builder().code(code).name("Thủ tục " + code).field(field).level(ServiceLevel.LEVEL_3).build();
  }

  /**
   * Dossiers of Q1 2026 as of 31 Mar 2026, each a case of docs/REPORTS.md's readings (the expected
   * columns in the comment, counted by hand).
   */
  static List<Dossier> handDossiers() {
    List<Dossier> d = new ArrayList<>();
    // S01, Đất đai
    d.add(dossier("S1", "1.001", "HN-S01", Channel.ONLINE, "2026-01-05", "2026-01-20", "2026-01-15", 10)); // (4) (8)
    d.add(dossier("S2", "1.001", "HN-S01", Channel.DIRECT, "2026-01-05", "2026-01-20", "2026-01-20", 9)); // (5) (9)
    d.add(dossier("S3", "1.001", "HN-S01", Channel.POSTAL, "2026-02-02", "2026-02-10", "2026-02-12", 10)); // (5) (10)
    d.add(dossier("S4", "1.001", "HN-S01", Channel.VNEID, "2026-03-20", "2026-04-05", null, 4)); // (4) (12)
    d.add(dossier("S5", "1.001", "HN-S01", Channel.DIRECT, "2025-12-10", "2026-01-10", "2026-01-08", 10)); // (6) (8)
    d.add(dossier("S6", "1.001", "HN-S01", Channel.DIRECT, "2025-12-01", "2026-02-01", null, 2)); // (6) (13)
    d.add(dossier("S7", "1.001", "HN-S01", Channel.DIRECT, "2025-11-01", "2025-11-20", "2025-11-19", 10)); // outside: settled before
    // S01, Chứng thực
    d.add(dossier("S8", "2.001", "HN-S01", Channel.ONLINE, "2026-02-03", "2026-02-05", null, 7)); // (4) (9): withdrawn, undated
    d.add(dossier("S9", "2.001", "HN-S01", Channel.DIRECT, "2026-02-03", "2026-02-05", null, 3)); // outside: not accepted
    d.add(dossier("S10", "2.001", "HN-S01", Channel.DIRECT, "2026-03-02", "2026-03-10", null, 5)); // (5) (12): supplement
    d.add(dossier("S11", "2.001", "HN-S01", Channel.DIRECT, "2026-04-02", "2026-04-10", null, 2)); // outside: after the period
    // X01, Hộ tịch
    d.add(dossier("X1", "3.001", "HN-X01", Channel.DIRECT, "2026-03-02", null, "2026-03-09", 10)); // (5) (9): no due date
    d.add(dossier("X2", "3.001", "HN-X01", Channel.ONLINE, "2026-03-02", "2026-03-04", null, 8)); // (4) (9): stopped, undated
    d.add(dossier("X3", "3.001", "HN-X01", Channel.DIRECT, "2026-03-25", "2026-03-30", null, 4)); // (5) (13)
    return d;
  }

  static Dossier dossier(String id, String procedure, String agency, Channel channel, String received, String due,
      String finished, int status) {
    LocalDateTime at = LocalDate.parse(received).atTime(8, 0);
    return Dossier.builder()
        .id(id)
        .procedureCode(procedure)
        .agencyCode(agency)
        .level(ServiceLevel.LEVEL_3)
        .channel(channel)
        .receivedAt(at)
        .dueAt(due == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(due).atTime(17, 0)))
        .finishedAt(finished == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(finished).atTime(10, 0)))
        .nationalStatus(OptionalInt.of(status))
        .build();
  }

  static Bieu06 handForm() {
    return Bieu06.count(Q1, Q1.end(), CATALOGUE, HN, handDossiers());
  }
}
