package io.github.motcua.kpi.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneLineTest {
  @Test
  void lineBreaksTabsAndControlCharactersAreEscaped() {
    assertEquals("UBND\\nĐông Hà\\tx\\u0000", OneLine.of("UBND\nĐông Hà\tx\u0000"));
  }

  @Test
  void decomposedVietnameseIsComposedAndCountedOncePerLetter() {
    String decomposed = "Ha\u0300 Nô\u0323i";
    assertEquals("Hà Nội", OneLine.of(decomposed));
    assertEquals(6, OneLine.length(OneLine.of(decomposed)));
  }

  @Test
  void halfOfASupplementaryCharacterBecomesTheReplacementCharacter() {
    assertEquals("a\uFFFDb", OneLine.of("a\uD83Db"));
    assertEquals("a\uD83D\uDE00b", OneLine.of("a\uD83D\uDE00b"));
  }

  @Test
  void aCellIsCutToTheWidestColumnWithAnEllipsis() {
    String cell = OneLine.cell("Ủy ban nhân dân ".repeat(20));
    assertEquals(OneLine.MAX_WIDTH, OneLine.length(cell));
    assertEquals('…', cell.charAt(cell.length() - 1));
    assertEquals("ngắn", OneLine.cell("ngắn"));
  }
}
