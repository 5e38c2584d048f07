package io.github.motcua.kpi.io;

import java.util.List;

/**
 * Codes (procedure codes, agency codes) to their positions, looked up straight from a parser's
 * character buffer, without making a string per record: open addressing over the codes' hashes.
 */
final class CodeIndex {
  private final char[][] keys;
  private final int[] values;
  private final int mask;

  /** The index of {@code codes}, each at its position in the list (the first of equal codes wins). */
  CodeIndex(List<String> codes) {
    int capacity = Integer.highestOneBit(Math.max(4, codes.size() * 2 + 1)) << 1;
    keys = new char[capacity][];
    values = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < codes.size(); i++) {
      char[] code = codes.get(i).toCharArray();
      int slot = hash(code, 0, code.length) & mask;
      while (keys[slot] != null && !equal(keys[slot], code, 0, code.length)) {
        slot = (slot + 1) & mask;
      }
      if (keys[slot] == null) {
        keys[slot] = code;
        values[slot] = i;
      }
    }
  }

  /** The position of the code in {@code buf[off, off + len)}, or -1. */
  int get(char[] buf, int off, int len) {
    int slot = hash(buf, off, len) & mask;
    char[] k;
    while ((k = keys[slot]) != null) {
      if (equal(k, buf, off, len)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The position of {@code code}, or -1. */
  int get(String code) {
    return get(code.toCharArray(), 0, code.length());
  }

  private static boolean equal(char[] k, char[] buf, int off, int len) {
    return k.length == len && java.util.Arrays.equals(k, 0, len, buf, off, off + len);
  }

  private static int hash(char[] buf, int off, int len) {
    int h = len;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
