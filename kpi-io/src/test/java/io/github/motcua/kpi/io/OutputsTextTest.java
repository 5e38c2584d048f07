package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What problems and CSV outputs make of text from a file: formulas neutralised, control characters
 * escaped, values bounded without cutting a character in half.
 */
class OutputsTextTest {
  @Test
  void cellsThatASpreadsheetWouldRunAreNeutralisedAndNumbersAreLeftAlone() {
    assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", FormulaGuard.neutralise("=HYPERLINK(\"http://evil\",\"x\")"));
    assertEquals("'+SUM(1,2)", FormulaGuard.neutralise("+SUM(1,2)"));
    assertEquals("'-2+3+cmd|' /C calc'!A0", FormulaGuard.neutralise("-2+3+cmd|' /C calc'!A0"));
    assertEquals("'@SUM(A1:A9)", FormulaGuard.neutralise("@SUM(A1:A9)"));
    assertEquals("'\tx", FormulaGuard.neutralise("\tx"));
    assertEquals("-2", FormulaGuard.neutralise("-2"));
    assertEquals("+84,5", FormulaGuard.neutralise("+84,5"));
    assertEquals("Sở Tư pháp", FormulaGuard.neutralise("Sở Tư pháp"));
    assertEquals("a\uFFFDb", FormulaGuard.neutralise("a\uD83Db"));
  }

  @Test
  void aProblemQuotesABoundedPrefixEscapedAndNeverHalfACharacter() {
    String emoji = "😀".repeat(150);
    Problem p = Problem.of(Location.line("f.csv", 3), "ID\n2", "name", "bad", emoji + "\u0000");
    assertEquals(ShownText.LIMIT + 1, p.value().orElseThrow().codePointCount(0, p.value().orElseThrow().length()));
    assertTrue(p.value().orElseThrow().endsWith("😀…"), p.value()::toString);
    assertEquals("f.csv:3: MaHoSo 'ID\\n2': field 'name': bad ('" + "😀".repeat(100) + "…')", p.toString());
    Problem lone = Problem.of(Location.record("f.json", 2), null, null, "x", "\uD83D\u0007");
    assertEquals("f.json:record 2: x ('\uFFFD\\u0007')", lone.toString());
    String rejects = RejectsCsv.write(List.of(p, lone));
    for (int i = 0; i < rejects.length(); i++) {
      char c = rejects.charAt(i);
      boolean paired = Character.isHighSurrogate(c) && i + 1 < rejects.length() && Character.isLowSurrogate(rejects.charAt(i + 1));
      assertFalse(Character.isSurrogate(c) && !paired && !(Character.isLowSurrogate(c) && Character.isHighSurrogate(rejects.charAt(i - 1))),
          "no half of a character at " + i);
    }
    assertTrue(rejects.startsWith("file,line,record,id,field,problem,value\n"), rejects);
    assertTrue(rejects.contains("\uFFFD"), rejects);
  }
}
