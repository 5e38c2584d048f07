package io.github.motcua.kpi.io;

import static io.github.motcua.kpi.io.Inputs.good;
import static io.github.motcua.kpi.io.Inputs.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.motcua.kpi.model.Dossier;
import io.github.motcua.kpi.model.Fact;
import io.github.motcua.kpi.testkit.InputMutations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link DossierReader#syncRecords()}: one sync record at a time (Spark's way), read as a record of a
 * file is read — the same dossier, the same problems, located by the file alone.
 */
class SyncRecordsTest {
  private final DossierReader reader = Inputs.reader();

  @Test
  void aGoodRecordIsTheDossierAFileGivesWithEveryFactOfTheFormatKnown() {
    DossierReader.SyncRecords.Bound b = reader.syncRecords().bind("part-0", good("HS1"));
    assertTrue(b.problems().isEmpty(), b.problems()::toString);
    Dossier d = b.dossier().orElseThrow();
    assertEquals("HS1", d.id());
    assertEquals(Set.of(Fact.APOLOGY), d.unknownFacts(), "a key left out reads false: only the apology is unknown");
    Dossier fromFile = Inputs.dossiers(reader, "d.ndjson", lines(good("HS1"))).value().get(0);
    assertEquals(fromFile.receivedAt(), d.receivedAt());
    assertEquals(fromFile.dueAt(), d.dueAt());
    assertEquals(fromFile.agencyCode(), d.agencyCode());
  }

  @Test
  void aBadRecordHasTheFileReadersProblemsLocatedByTheFile() {
    List<String> bad = List.of(
        good("HS2").replace("1.004227", "9.9"),
        good("HS3").replace("QT-S03", "NOPE"),
        good("HS4").replace("NgayHenTra", "NgayHenTraa"),
        "{\"MaHoSo\": \"HS5\",",
        "[1, 2]",
        good("HS6") + " " + good("HS7"),
        "   ");
    DossierReader.SyncRecords records = reader.syncRecords();
    for (String text : bad) {
      DossierReader.SyncRecords.Bound b = records.bind("part-0", text);
      assertTrue(b.dossier().isEmpty(), text);
      assertFalse(b.problems().isEmpty(), text);
      for (Problem p : b.problems()) {
        assertEquals(Location.file("part-0"), p.location(), p::toString);
      }
      // (a file opening with [ is an array of records; a record's text never is)
      if (!text.isBlank() && !text.contains("HS7") && !text.startsWith("[")) {
        DossierRead<?> file = Inputs.dossiers(reader, "part-0", lines(text));
        assertEquals(shown(file.problems()), shown(b.problems()), text);
      }
    }
    assertEquals("HS3", records.bind("p", bad.get(1)).id().orElseThrow());
    assertEquals("not a JSON object ('[1, 2]')", shown(records.bind("part-0", "[1, 2]").problems()).get(0));
  }

  @Test
  void recordsSharingAnIdAreTheCallersToFind() {
    DossierReader.SyncRecords records = reader.syncRecords();
    assertTrue(records.bind("p", good("HS1")).dossier().isPresent());
    assertTrue(records.bind("p", good("HS1")).dossier().isPresent());
  }

  @Test
  void everyMutantOfAnExampleLineIsADossierOrNamedProblems() throws Exception {
    String first = Files.readAllLines(Inputs.example("national-portal-dossiers.ndjson"), StandardCharsets.UTF_8).get(0);
    DossierReader.SyncRecords records = reader.syncRecords();
    qt().withExamples(ReaderFuzzTest.DEFAULT_EXAMPLES)
        .forAll(InputMutations.of(first.getBytes(StandardCharsets.UTF_8)))
        .checkAssert(bytes -> {
          DossierReader.SyncRecords.Bound b = records.bind("p", new String(bytes, StandardCharsets.UTF_8));
          assertTrue(b.dossier().isPresent() != !b.problems().isEmpty(), b::toString);
        });
  }

  /** The problems as printed, without their location. */
  private static List<String> shown(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    for (Problem p : problems) {
      out.add(p.toString().replaceFirst("^part-0(:\\d+)?: ", ""));
    }
    return out;
  }
}
