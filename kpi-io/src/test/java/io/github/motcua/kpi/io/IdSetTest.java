package io.github.motcua.kpi.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The set of ids seen: each id once, whatever their shape, with hashes spread over 64 bits. */
class IdSetTest {
  @Test
  void anIdIsNewOnceAndTheSetGrowsWithoutLosingOne() {
    IdSet ids = new IdSet();
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      char[] id = ("000.00.18.H50-" + i).toCharArray();
      assertTrue(ids.add(IdSet.hash(id, 0, id.length)), () -> "new: " + new String(id));
    }
    for (int i = 0; i < n; i += 997) {
      char[] id = ("000.00.18.H50-" + i).toCharArray();
      assertFalse(ids.add(IdSet.hash(id, 0, id.length)), () -> "seen: " + new String(id));
    }
    assertEquals(n, ids.size());
  }

  @Test
  void nearIdsHashApartInEveryBitAndTheZeroHashIsStillAnId() {
    Set<Long> hashes = new HashSet<>();
    long or = 0;
    long and = -1;
    for (String id : new String[] {"", "a", "b", "ab", "ba", "aa", "a\u0000", "\u0000a", "HS1", "HS10", "HS01", "1HS"}) {
      long h = IdSet.hash(id.toCharArray(), 0, id.length());
      assertTrue(hashes.add(h), id);
      or |= h;
      and &= h;
    }
    assertEquals(-1L, or, "every bit set by some id");
    assertEquals(0L, and, "every bit clear in some id");
    IdSet ids = new IdSet();
    assertTrue(ids.add(0));
    assertFalse(ids.add(0));
  }

  @Test
  void anIdAddedTwiceIsMarkedADuplicateAndStaysMarkedAsTheSetGrows() {
    IdSet ids = new IdSet();
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      char[] id = ("HS" + i).toCharArray();
      ids.add(IdSet.hash(id, 0, id.length));
      if (i % 1000 == 0) {
        ids.add(IdSet.hash(id, 0, id.length));
      }
    }
    for (int i = 0; i < n; i++) {
      char[] id = ("HS" + i).toCharArray();
      assertEquals(i % 1000 == 0, ids.isDuplicate(IdSet.hash(id, 0, id.length)), "HS" + i);
    }
    assertFalse(ids.isDuplicate(12345), "an id never added");
    assertEquals(n, ids.size());
  }
}
