package io.github.motcua.kpi.io.directive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check of docs/DIRECTIVE-FILES.md ("Checks"), each with the exact problem it prints: file,
 * line, key path and message. A file is checked whole, so a file with several problems lists them
 * all.
 */
class DirectiveFileChecksTest {

  /** A valid file: one counter of its own, one indicator, one target. Lines matter below. */
  private static final String GOOD = String.join("\n",
      "id: hn",                                         // 1
      "number: 1/KH-UBND",                              // 2
      "issuer: UBND thành phố Hà Nội",                   // 3
      "date: 2026-03-02",                               // 4
      "title: Kế hoạch",                                // 5
      "counters:",                                      // 6
      "  - id: received_vneid",                         // 7
      "    where:",                                     // 8
      "      received: in-period",                      // 9
      "      status: accepted",                         // 10
      "      channel: VNEID",                           // 11
      "    of: received_total",                         // 12
      "indicators:",                                    // 13
      "  - id: vneid",                                  // 14
      "    numerator: received_vneid",                  // 15
      "    denominator: received_total",                // 16
      "requirements:",                                  // 17
      "  - rule: hn.vneid",                             // 18
      "    kind: target",                               // 19
      "    title: At least 30 % through VNeID",         // 20
      "    article: \"§1: «tối thiểu 30%»\"",           // 21
      "    tiers: [PROVINCIAL]",                        // 22
      "    indicator: vneid",                           // 23
      "    threshold: 30",                              // 24
      "");

  private static List<Directive> read(String text, String name, Directives known) {
    try {
      return DirectiveFiles.read(new StringReader(text), name, known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of {@code text} read as hn.yaml, one string each. */
  private static List<String> problems(String text) {
    return problems(text, Directives.of());
  }

  private static List<String> problems(String text, Directives known) {
    DirectiveFileException e = assertThrows(DirectiveFileException.class, () -> read(text, "hn.yaml", known));
    return e.problems().stream().map(DirectiveFileProblem::toString).collect(Collectors.toList());
  }

  /** {@link #GOOD} with line {@code n} (1-based) replaced by {@code lines}. */
  private static String replace(int n, String... lines) {
    List<String> all = new java.util.ArrayList<>(List.of(GOOD.split("\n", -1)));
    all.remove(n - 1);
    all.addAll(n - 1, List.of(lines));
    return String.join("\n", all);
  }

  @Test
  void theGoodFileIsRead() {
    Directive d = read(GOOD, "hn.yaml", Directives.of()).get(0);
    assertEquals("hn", d.id());
    assertEquals("vneid", d.indicators().get(0).id());
    assertEquals(List.of("received_vneid", "received_total"),
        d.counters().stream().map(c -> c.id()).collect(Collectors.toList()));
  }

  @Test
  void anUnknownIndicatorIsNamedByFileLineAndKeyWithTheClosestKnownId() {
    assertEquals(List.of("hn.yaml:23: requirements[0].indicator: unknown indicator 'vneidd'; did you mean 'vneid'?"),
        problems(replace(23, "    indicator: vneidd")));
  }

  @Test
  void anUnknownKeyIsNamedWithTheKeysKnownThere() {
    assertEquals(List.of(
            "hn.yaml:18: requirements[0].article: missing: every rule cites the article it enforces: a reference and the quoted phrase («…»)",
            "hn.yaml:21: requirements[0].artcle: unknown key 'artcle' for a target rule; did you mean 'article'?"),
        problems(replace(21, "    artcle: \"§1\"")));
    assertEquals(List.of("hn.yaml:25: colour: unknown key 'colour' for a directive; known: id, number, issuer, date, year, title,"
            + " default-period, percent-scale, counters, indicators, requirements, reported-indicators, $schema"),
        problems(GOOD + "colour: red\n"));
  }

  @Test
  void unknownCountersFactsTiersStatusesAndChannelsAreEachNamed() {
    assertEquals(List.of("hn.yaml:16: indicators[0].denominator: unknown counter 'received_totl'; did you mean 'received_total'?"),
        problems(replace(16, "    denominator: received_totl")));
    assertEquals(List.of("hn.yaml:11: counters[0].where.chanel: unknown fact 'chanel'; did you mean 'channel'?"),
        problems(replace(11, "      chanel: VNEID")));
    assertEquals(List.of("hn.yaml:22: requirements[0].tiers[1]: unknown tier 'COMUNE'; did you mean 'COMMUNE'?"),
        problems(replace(22, "    tiers: [PROVINCIAL, COMUNE]")));
    assertEquals(List.of("hn.yaml:10: counters[0].where.status: unknown status 'acepted'; known: not-received-yet, not-accepted,"
            + " withdrawn, finished-early, finished-on-time, finished-late, in-progress-not-due-soon, due-soon,"
            + " in-progress-overdue, accepted, finished, open, in-progress, overdue"),
        problems(replace(10, "      status: acepted")));
    assertEquals(List.of("hn.yaml:11: counters[0].where.channel[1]: unknown channel 'VNID'; known: DIRECT, ONLINE, POSTAL, VNEID"),
        problems(replace(11, "      channel: [ONLINE, VNID]")));
    assertEquals(List.of("hn.yaml:11: counters[0].where.level: unknown level '5'; known: 2, 3, 4"),
        problems(replace(11, "      level: 5")));
  }

  @Test
  void aDuplicateIdIsNamedWithTheLineOfTheFirst() {
    String twoCounters = replace(12, "    of: received_total", "  - id: received_vneid", "    where: {channel: VNEID}");
    assertEquals(List.of("hn.yaml:13: counters[1].id: counter id 'received_vneid' is defined twice in the file (first on line 7)"),
        problems(twoCounters));
    assertEquals(List.of("hn.yaml:7: counters[0].id: counter id 'received_total' is a standard counter's: use it by its id, or give yours another id",
            "hn.yaml:15: indicators[0].numerator: unknown counter 'received_vneid'"),
        problems(replace(7, "  - id: received_total")));
    assertEquals(List.of("hn.yaml:14: indicators[0].id: indicator id 'on-time' is a standard indicator's: use it by its id, or give yours another id",
            "hn.yaml:23: requirements[0].indicator: unknown indicator 'vneid'"),
        problems(replace(14, "  - id: on-time")));
    String twoRules = GOOD + String.join("\n",
        "  - rule: hn.vneid", "    kind: target", "    title: again", "    article: \"§2\"", "    tiers: [COMMUNE]",
        "    indicator: vneid", "    threshold: 20", "");
    assertEquals(List.of("hn.yaml:25: requirements[1].rule: rule id 'hn.vneid' is used twice in the directive (first on line 18)"),
        problems(twoRules));
  }

  @Test
  void aDirectiveIdTakenByAnInstalledDirectiveIsNamedWithItsSource() {
    Directive installed = read(GOOD, "other.yaml", Directives.of()).get(0);
    Directives known = Directives.of().plus("kpi-rules-hanoi", List.of(installed));
    assertEquals(List.of("hn.yaml:1: id: directive id 'hn' is already taken by kpi-rules-hanoi: give this one its own id"),
        problems(GOOD, known));
    String twice = String.join("\n", "directives:", indent(GOOD), indent(GOOD));
    List<String> p = problems(twice);
    assertEquals("hn.yaml:26: directives[1].id: directive id 'hn' is defined twice in the file (first on line 2)", p.get(0));
  }

  private static String indent(String directive) {
    String[] lines = directive.strip().split("\n");
    StringBuilder s = new StringBuilder("  - " + lines[0]);
    for (int i = 1; i < lines.length; i++) {
      s.append("\n    ").append(lines[i]);
    }
    return s.toString();
  }

  @Test
  void aThresholdOutside0To100IsRejectedWithTheCoresMessage() {
    assertEquals(List.of("hn.yaml:24: requirements[0].threshold: percent must be 0 to 100, got 150"),
        problems(replace(24, "    threshold: 150")));
    assertEquals(List.of("hn.yaml:24: requirements[0].threshold.COMMUNE: percent must be 0 to 100, got -5"),
        problems(replace(24, "    threshold: {PROVINCIAL: 50, COMMUNE: -5}")));
    assertEquals(List.of("hn.yaml:24: requirements[0].threshold: a number too large or too precise to be exact here"
            + " ('0.0000000000000000000001'): BigInteger out of long range"),
        problems(replace(24, "    threshold: 0.0000000000000000000001")));
    assertEquals(List.of("hn.yaml:24: requirements[0].threshold: no threshold for COMMUNE, which the rule applies to"),
        problems(replace(22, "    tiers: [PROVINCIAL, COMMUNE]").replace("threshold: 30", "threshold: {PROVINCIAL: 50}")));
  }

  @Test
  void aCounterWhoseWholeIsMissingOrNotImpliedIsRejected() {
    assertEquals(List.of("hn.yaml:12: counters[0].of: unknown counter 'received_al'"),
        problems(replace(12, "    of: received_al")));
    assertEquals(List.of("hn.yaml:7: counters[0]: counter received_vneid is of those of received_total, but its condition"
            + " {received: in-period, channel: VNEID} does not imply {received: in-period, status: [due-soon,"
            + " finished-early, finished-late, finished-on-time, in-progress-not-due-soon, in-progress-overdue]}"),
        problems(replace(10)));
    String circle = replace(12, "    of: other", "  - id: other", "    where: {channel: VNEID}", "    of: received_vneid");
    assertEquals(List.of("hn.yaml:15: counters[1].of: counters are 'of those' of each other in a circle: received_vneid → other → received_vneid"),
        problems(circle));
  }

  @Test
  void aRuleWithoutAnArticleOrWithABlankOneIsRejected() {
    assertEquals(List.of("hn.yaml:18: requirements[0].article: missing: every rule cites the article it enforces: a reference and the quoted phrase («…»)"),
        problems(replace(21)));
    assertEquals(List.of("hn.yaml:18: requirements[0]: rule hn.vneid cites no article"),
        problems(replace(21, "    article: \"  \"")));
  }

  @Test
  void badDatesAndPeriodsAreNamed() {
    assertEquals(List.of("hn.yaml:4: date: not a date yyyy-MM-dd: '2026-02-30' (Invalid date 'FEBRUARY 30')"),
        problems(replace(4, "date: 2026-02-30")));
    assertEquals(List.of("hn.yaml:6: default-period: invalid period '2026-Q5': expected 2018, 2020-H1, 2020-Q1, 2020-03 or 2020-01-01..2020-03-31"),
        problems(replace(5, "title: Kế hoạch", "default-period: 2026-Q5")));
    assertEquals(List.of("hn.yaml:1: directive hn: date 2026-03-02 is not in year 2025"),
        problems(replace(4, "date: 2026-03-02", "year: 2025")));
    assertEquals(List.of("hn.yaml:1: date: missing: give date (yyyy-MM-dd) or, where the source leaves the day blank, year"),
        problems(replace(4)));
  }

  @Test
  void dueDatesAreCheckedInEveryWording() {
    String deadline = GOOD.replace(String.join("\n",
        "    indicator: vneid",
        "    threshold: 30"), String.join("\n",
        "    responsible: UBND xã",
        "    DUE"))
        .replace("kind: target", "kind: deadline");
    assertEquals("hn", read(deadline.replace("DUE", "due: {before: 2026-10-15}"), "hn.yaml", Directives.of()).get(0).id());
    assertEquals(List.of("hn.yaml:24: requirements[0].due.before: not a date yyyy-MM-dd: '2026-02-30' (Invalid date 'FEBRUARY 30')"),
        problems(deadline.replace("DUE", "due: {before: 2026-02-30}")));
    assertEquals(List.of("hn.yaml:24: requirements[0].due.within: not a month yyyy-MM: '2026-13'"),
        problems(deadline.replace("DUE", "due: {within: 2026-13}")));
    assertEquals(List.of("hn.yaml:24: requirements[0].due.befor: unknown key 'befor' for a due date; did you mean 'before'?"),
        problems(deadline.replace("DUE", "due: {befor: 2026-10-15}")));
    assertEquals(List.of("hn.yaml:24: requirements[0].schedule.quarterly.day: give day (due that day) or before-day («trước ngày»:"
            + " due the day before), one of them"),
        problems(deadline.replace("DUE", "schedule: {quarterly: {month-of-quarter: 3, day: 14, before-day: 15}}")));
    assertEquals(List.of("hn.yaml:24: requirements[0].schedule.quarterly: «trước ngày 1» names the previous month's last day: write it as that day"),
        problems(deadline.replace("DUE", "schedule: {quarterly: {month-of-quarter: 3, before-day: 1}}")));
  }

  @Test
  void aFileWithManyProblemsListsThemAllInLineOrder() {
    String bad = GOOD.replace("chanel", "x")
        .replace("channel: VNEID", "chanel: VNEID")
        .replace("tiers: [PROVINCIAL]", "tiers: [PROVINCE]")
        .replace("threshold: 30", "threshold: 300")
        .replace("date: 2026-03-02", "date: 2026-13-02");
    assertEquals(List.of(
            "hn.yaml:4: date: not a date yyyy-MM-dd: '2026-13-02' (Invalid value for MonthOfYear (valid values 1 - 12): 13)",
            "hn.yaml:11: counters[0].where.chanel: unknown fact 'chanel'; did you mean 'channel'?",
            "hn.yaml:22: requirements[0].tiers[0]: unknown tier 'PROVINCE'; known: PROVINCIAL, DISTRICT, COMMUNE",
            "hn.yaml:24: requirements[0].threshold: percent must be 0 to 100, got 300"),
        problems(bad));
  }

  @Test
  void malformedYamlAndJsonAreOneProblemWithTheirLine() {
    assertEquals(List.of("hn.yaml:2: not well-formed: while parsing a flow sequence: expected ',' or ']', but got <stream end>"),
        problems("id: hn\ntiers: [PROVINCIAL\n"));
    DirectiveFileException e = assertThrows(DirectiveFileException.class,
        () -> read("{\"id\": \"hn\",\n \"number\": }", "hn.json", Directives.of()));
    assertEquals(2, e.problems().get(0).line(), e::getMessage);
    assertEquals(List.of("hn.yaml:1: the file is empty: it must hold a directive (id, number, issuer, …) or a list under 'directives'"),
        problems(""));
    assertEquals(List.of("hn.yaml:2: title: the key is given twice in one map (first on line 1)"),
        problems("title: a\ntitle: b\n" + GOOD.replace("title: Kế hoạch\n", "")).subList(0, 1));
  }

  @Test
  void aFileThatIsNotUtf8IsNamedByLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hn.yaml");
    byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[good.length + 1];
    System.arraycopy(good, 0, bad, 0, 30);
    bad[30] = (byte) 0xC3; // Windows-1258-style single byte where UTF-8 needs two
    System.arraycopy(good, 30, bad, 31, good.length - 30);
    bad[31] = (byte) 0x28;
    Files.write(file, bad);
    DirectiveFileException e = assertThrows(DirectiveFileException.class, () -> DirectiveFiles.read(file));
    assertEquals(List.of(file + ":3: not UTF-8 text (byte 31): save the file as UTF-8"),
        e.problems().stream().map(DirectiveFileProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void theSpecsOwnExampleIsRejectedForItsNumeratorCountingDossiersTheDenominatorDoesNot() throws IOException {
    // The format's first draft (docs/DIRECTIVE-FILES.md before kpi-io) gave this example, whose counter
    // has no status condition: a dossier not accepted but
    // received online would count in the numerator and not in received_total.
    String spec = new String(
        DirectiveFileChecksTest.class.getResourceAsStream("spec-example.yaml").readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(List.of("spec-example.yaml:17: indicators[0]: indicator online-or-vneid: the numerator counter"
            + " received_online_or_vneid is not part of a denominator counter [received_total] (the same, of those"
            + " of it, or with a condition implying its condition)"),
        assertThrows(DirectiveFileException.class, () -> read(spec, "spec-example.yaml", Directives.of()))
            .problems().stream().map(DirectiveFileProblem::toString).collect(Collectors.toList()));
    String fixed = spec.replace("      received: in-period\n", "      received: in-period\n      status: accepted\n");
    assertEquals("hn-2026-vneid", read(fixed, "spec-example.yaml", Directives.of()).get(0).id());
  }
}
