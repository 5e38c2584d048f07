package io.github.motcua.kpi.tally;

import java.util.Arrays;

/**
 * Codes to positions, looked up from a slice of a character buffer without making a string: the
 * NDJSON reader maps {@code MaTTHC} and {@code DonViXuLy} with it, straight from the parser's
 * buffer. Open addressing with linear probing. Not thread-safe.
 */
final class CodeTable {
  private char[][] keys;
  private int[] values;
  private int size;

  CodeTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new char[capacity][];
    values = new int[capacity];
  }

  /** The position stored for the code {@code buf[off, off + len)}, or -1. */
  int get(char[] buf, int off, int len) {
    int mask = keys.length - 1;
    for (int slot = hash(buf, off, len) & mask; ; slot = (slot + 1) & mask) {
      char[] k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k.length == len && Arrays.equals(k, 0, len, buf, off, off + len)) {
        return values[slot];
      }
    }
  }

  /** Stores {@code value} for {@code code} (which must not be stored yet). */
  void put(String code, int value) {
    if (2 * (size + 1) > keys.length) {
      rehash();
    }
    char[] k = code.toCharArray();
    insert(k, value);
    size++;
  }

  private void insert(char[] k, int value) {
    int mask = keys.length - 1;
    int slot = hash(k, 0, k.length) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = k;
    values[slot] = value;
  }

  private void rehash() {
    char[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off; i < off + len; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}
