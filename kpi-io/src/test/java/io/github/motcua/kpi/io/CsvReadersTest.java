package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.eval.Secondment;
import io.github.motcua.kpi.eval.TaskCompletion;
import io.github.motcua.kpi.model.Agency;
import io.github.motcua.kpi.model.Tier;
import io.github.motcua.kpi.model.WorkRecord;
import io.github.motcua.kpi.rules.DeadlineRule;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.tally.Counter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV readers: tallies, agencies, procedures, work records, tasks, secondments; each problem named. */
class CsvReadersTest {
  @TempDir Path dir;

  private static final String TALLIES = "agency,name,tier,level3_online,level3_total,level4_online,level4_total";

  private Path file(String name, String... lines) {
    return Inputs.write(dir, name, String.join("\n", lines) + "\n");
  }

  private static String messages(Intake<?> intake) {
    return intake.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  private static void assertProblem(Intake<?> intake, String expected) {
    assertTrue(messages(intake).contains(expected), () -> "expected «" + expected + "» in\n" + messages(intake));
  }

  private AgencyDirectory directory() {
    return new AgencyDirectory(Inputs.agencies());
  }

  @Test
  void blankLinesAndLinesOfSpacesAreSkippedAndCounted() throws Exception {
    Intake<AgencyTally> read = TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45,0,0", "", "   ", ",,,,,,", "", "QT-D03,Gio Linh,DISTRICT,3,26,0,0", "   "),
        List.of(), ReadOptions.defaults());
    assertEquals(List.of(), read.problems());
    assertEquals(2, read.read());
    assertEquals(5, read.blankLines());
    assertEquals(2, AgenciesCsv.read(file("a.csv", "agency,name,tier", "A,Alpha,DISTRICT", "B,Beta,DISTRICT", "", "  ")).size());
  }

  @Test
  void aRowWithFewerValuesThanTheHeaderIsAProblemAsALongerOneIs() throws Exception {
    Intake<AgencyTally> read = TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01,UBND huyện Hải Lăng,DISTRICT,29,45", "QT-D02,Đakrông,DISTRICT,5,13,0,0,9"),
        List.of(), ReadOptions.defaults());
    assertProblem(read, "t.csv:2: field 'level4_online': row has 5 values but the header has 7 columns: a value is missing");
    assertProblem(read, "t.csv:3: row has 8 values but the header has 7 columns (an unquoted comma?)");
    assertEquals(0, read.accepted().size());
  }

  @Test
  void aQuoteInsideAnUnquotedFieldAndControlCharactersAreProblems() throws Exception {
    Intake<AgencyTally> read = TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01,Sở \"x\"Xây dựng,DISTRICT,1,2,0,0", "QT-D02,\"Sở \"\"x\"\" Xây dựng\",DISTRICT,1,2,0,0",
            "QT-D03,Gio\u0000Linh,DISTRICT,1,2,0,0", "QT-D04,\"Triệu\nPhong\",DISTRICT,1,2,0,0"),
        List.of(), ReadOptions.defaults());
    assertProblem(read, "t.csv:2: a quote inside a field that is not quoted as a whole");
    assertProblem(read, "t.csv:4: field 'name': contains a control character (U+0000), which no name, code or date has ('Gio\\u0000Linh')");
    assertEquals(List.of("Sở \"x\" Xây dựng", "Triệu\nPhong"), read.values().stream().map(t -> t.agency().name()).toList(),
        "a quote in a quoted field, doubled, and a line break in a quoted name are text");
  }

  @Test
  void countsAreBoundedSoThatSumsCannotOverflow() throws Exception {
    Intake<AgencyTally> read = TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01,A,DISTRICT,9223372036854775807,9223372036854775807,0,0",
            "QT-D02,B,DISTRICT,1,99999999999999999999,0,0", "QT-D03,C,DISTRICT,1,1000000000000,0,0"),
        List.of(), ReadOptions.defaults());
    assertProblem(read, "t.csv:2: field 'level3_online': a count above 1000000000000, more than any agency counts ('9223372036854775807')");
    assertProblem(read, "t.csv:3: field 'level3_total': a count above 1000000000000");
    assertEquals(1, read.accepted().size(), "10^12 itself is allowed");
  }

  @Test
  void aLongValueIsAProblemNamedByItsFieldAndAnEndlessOneStopsTheFileByLine() throws Exception {
    Intake<AgencyTally> read = TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01," + "x".repeat(5_000) + ",DISTRICT,1,2,0,0", "QT-D02,B,DISTRICT,1,2,0,0"),
        List.of(), ReadOptions.defaults());
    assertProblem(read, "t.csv:2: field 'name': longer than 1000 characters (5000) ('xxxxx");
    assertTrue(messages(read).length() < 400, "the value is quoted as a bounded prefix: " + messages(read).length());
    assertEquals(1, read.accepted().size());
    BadInputException endless = assertThrows(BadInputException.class, () -> TalliesCsv.read(
        file("t2.csv", TALLIES, "QT-D01,A,DISTRICT,1,2,0,0", "QT-D02," + "y".repeat(1_000_001) + ",DISTRICT,1,2,0,0"),
        List.of(), ReadOptions.defaults()));
    assertTrue(endless.problems().get(0).toString().contains("t2.csv:3: a value longer than 1000000 characters"), endless::toString);
  }

  @Test
  void anUnknownCounterColumnNamesTheClosestCounter() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> TalliesCsv.read(file("t.csv", "agency,name,tier,level3_onlin", "A,B,DISTRICT,1"), List.of(), ReadOptions.defaults()));
    assertTrue(e.problems().get(0).toString().contains("field 'level3_onlin': not a counter (see Counter ids, e.g. level3_online); did you mean 'level3_online'?"),
        e::toString);
  }

  @Test
  void workRecordsNeedEveryFlagGiven() throws Exception {
    Intake<WorkRecord> read = WorkRecordsCsv.read(
        file("w.csv", "agency,classified,online", "QT-S03,,1", "QT-S03,0", "QT-S03,0,1"), directory());
    assertProblem(read, "w.csv:2: field 'classified': is missing: say yes or no (1/0)");
    assertProblem(read, "w.csv:3: field 'online': row has 2 values but the header has 3 columns");
    assertEquals(1, read.accepted().size());
  }

  @Test
  void aNameTwoAgenciesShareIsAProblemNotTheFirstOfThem() throws Exception {
    AgencyDirectory twins = new AgencyDirectory(List.of(
        Agency.of("X1", "UBND xã Tân Lập", Tier.COMMUNE), Agency.of("X2", "UBND  xã tân lập", Tier.COMMUNE)));
    Intake<WorkRecord> read = WorkRecordsCsv.read(file("w.csv", "agency,classified,online", "UBND xã Tân Lập,0,1", "X2,0,1"), twins);
    assertProblem(read, "w.csv:2: field 'agency': the name of 2 agencies (X1, X2): give the agency's code ('UBND xã Tân Lập')");
    assertEquals(List.of("X2"), read.values().stream().map(WorkRecord::agencyCode).toList());
  }

  @Test
  void aDuplicatedSecondmentIsRejectedOnBothLines() throws Exception {
    Intake<Secondment> read = SecondmentsCsv.read(
        file("s.csv", "official,agency,start,end,merged_unit", "Nguyễn Văn A,QT-S03,2022-01-01,2023-01-01,0",
            "Trần Thị B,QT-S03,2022-01-01,,0", "Nguyễn Văn A,QT-S03,2022-01-01,2023-06-01,0"),
        directory());
    assertProblem(read, "s.csv:2: field 'official': duplicate");
    assertProblem(read, "s.csv:4: field 'official': duplicate");
    assertEquals(1, read.accepted().size());
  }

  @Test
  void aDateInYearZeroIsAProblem() throws Exception {
    Intake<Secondment> read = SecondmentsCsv.read(
        file("s.csv", "official,agency,start", "Nguyễn Văn A,QT-S03,0000-01-01", "Trần Thị B,QT-S03,2300-01-01"), directory());
    assertProblem(read, "s.csv:2: field 'start': is outside the years 1970–2105 that are read ('0000-01-01')");
    assertProblem(read, "s.csv:3: field 'start': is outside the years 1970–2105");
  }

  @Test
  void aMisspeltTaskIsAProblemListingTheKnownTasksAndAnotherDirectivesTaskIsRead() throws Exception {
    List<DeadlineRule> rules = Directives.load().get("qn07").requirements().stream()
        .filter(DeadlineRule.class::isInstance).map(DeadlineRule.class::cast).toList();
    Intake<TaskCompletion> read = TasksCsv.read(
        file("tasks.csv", "task,agency,done",
            "qn07.quarterly-reprot@2018-12-14,QT-S03,2018-12-10",
            "qn07.quarterly-report@2018-12-15,QT-S03,2018-12-10",
            "qn07.quarterly-report,QT-S03,2018-12-10",
            "qn07.quarterly-report@2018-12-14,QT-S03,2018-12-10",
            "covid2020.edoc-four-levels,QT-S03,2020-06-01"),
        directory(), rules, ReadOptions.defaults());
    assertProblem(read, "tasks.csv:2: field 'task': unknown task (no deadline rule of the directive has this id); did you mean 'qn07.quarterly-report'?; known: ");
    assertProblem(read, "qn07.quarterly-report@yyyy-MM-dd");
    assertProblem(read, "tasks.csv:3: field 'task': no occurrence of qn07.quarterly-report is due on 2018-12-15");
    assertProblem(read, "tasks.csv:4: field 'task': task qn07.quarterly-report recurs: name the occurrence as qn07.quarterly-report@yyyy-MM-dd");
    assertEquals(2, read.accepted().size());
    assertEquals(List.of("covid2020.edoc-four-levels"), TasksCsv.otherThan(read.values(), rules));
  }

  @Test
  void aProcessingTimeIsANumberOfBoundedSize() throws Exception {
    BadInputException e = assertThrows(BadInputException.class, () -> ProceduresCsv.read(file("p.csv",
        "code,name,field,level,processing_time", "1.1,A,F,3,1e9", "1.2,B,F,3,99999", "1.3,C,F,3,5")));
    String all = e.describe(10);
    assertTrue(all.contains("p.csv:2: field 'processing_time': not a number (5, 0.5 or 0,5) ('1e9')"), all);
    assertTrue(all.contains("p.csv:3: field 'processing_time': above 3650, which no legal processing time is ('99999')"), all);
  }

  @Test
  void aReaderStopsAtTheFirstBadRowWhenToldTo() {
    BadInputException e = assertThrows(BadInputException.class, () -> TalliesCsv.read(
        file("t.csv", TALLIES, "QT-D01,A,DISTRICT,x,2,0,0", "QT-D02,B,DISTRICT,y,2,0,0"),
        List.of(Counter.LEVEL3_ONLINE), ReadOptions.defaults().stoppingAtFirstProblem()));
    assertEquals(1, e.problems().size());
    assertTrue(e.problems().get(0).toString().contains("t.csv:2: field 'level3_online'"), e::toString);
  }

  @Test
  void aHeaderWithAQuoteOrAControlCharacterIsNamed() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> AgenciesCsv.read(file("a.csv", "agency,na\"me,tier", "A,B,DISTRICT")));
    assertTrue(e.describe(5).contains("a.csv:1: a quote inside a field"), e.describe(5));
  }
}
