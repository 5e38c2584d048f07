package io.github.motcua.kpi.io;

/**
 * The dossier ids ({@code MaHoSo}) of one file seen so far, to tell a duplicate without keeping
 * the records: each id is kept as a 64-bit hash in a primitive open-addressing set, split in 1,024
 * parts that grow one at a time (so a growing set never needs twice its memory at once, and no part
 * is large enough to be a "humongous" object of a small G1 heap). About 13 bytes an id: 10⁷ ids
 * take about 130 MB.
 *
 * <p>An id added twice is marked ({@link #isDuplicate}), so that a second pass over the file can
 * reject every record of it; the mark takes the hash's lowest bit, leaving 63 bits of hash.
 *
 * <p><b>Reading:</b> two distinct ids whose hashes collide would be taken for a duplicate. With a
 * 63-bit hash, the chance that any two of {@code n} distinct ids collide is about n²/2⁶⁴ — 5 in a
 * million for 10⁷ dossiers, 5 in 10¹¹ for 10⁴ — and such a "duplicate" is rejected with a problem
 * naming it, never counted silently. Re-checking the ids themselves would need the records kept.
 */
final class IdSet {
  private static final int PARTS = 1 << 10;
  private static final long EMPTY = 0;

  private final long[][] parts = new long[PARTS][];
  private final int[] sizes = new int[PARTS];
  private long size;

  IdSet() {
    for (int i = 0; i < PARTS; i++) {
      parts[i] = new long[16];
    }
  }

  private static final long MARK = 1;

  /** The key of {@code hash}: its 63 high bits, never {@link #EMPTY}. */
  private static long key(long hash) {
    long k = hash & ~MARK;
    return k == EMPTY ? 2 : k;
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 29)) & mask;
  }

  /** Adds the id hashed to {@code hash}; false, the id marked a duplicate, if it was already there. */
  boolean add(long hash) {
    long h = key(hash);
    int part = (int) (h >>> 54);
    long[] table = parts[part];
    if ((sizes[part] + 1) * 5L > table.length * 4L) {
      table = grow(part);
    }
    int mask = table.length - 1;
    int slot = slot(h, mask);
    long k;
    while ((k = table[slot]) != EMPTY) {
      if ((k & ~MARK) == h) {
        table[slot] = k | MARK;
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[slot] = h;
    sizes[part]++;
    size++;
    return true;
  }

  /** Whether the id hashed to {@code hash} was {@linkplain #add added} more than once. */
  boolean isDuplicate(long hash) {
    long h = key(hash);
    long[] table = parts[(int) (h >>> 54)];
    int mask = table.length - 1;
    int slot = slot(h, mask);
    long k;
    while ((k = table[slot]) != EMPTY) {
      if ((k & ~MARK) == h) {
        return (k & MARK) != 0;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  /** Something read, so that the load {@link #touch} makes is not dropped as dead. */
  private long touched;

  /**
   * Loads the slot where the id hashed to {@code hash} would go, without adding it: called when a
   * record's id is read, the slot's cache line is on its way while the rest of the record is
   * parsed, and {@link #add} at the record's end finds it there (a set of 10⁷ ids is far larger than
   * any cache).
   */
  void touch(long hash) {
    long h = key(hash);
    long[] table = parts[(int) (h >>> 54)];
    touched += table[slot(h, table.length - 1)];
  }

  /** The ids added. */
  long size() {
    return size;
  }

  private long[] grow(int part) {
    long[] old = parts[part];
    long[] table = new long[old.length * 2];
    int mask = table.length - 1;
    for (long h : old) {
      if (h != EMPTY) {
        int slot = slot(h & ~MARK, mask);
        while (table[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        table[slot] = h;
      }
    }
    parts[part] = table;
    return table;
  }

  /** A 64-bit hash of {@code buf[off, off + len)} (a seeded multiply-rotate mix, finished as MurmurHash3's). */
  static long hash(char[] buf, int off, int len) {
    long h = 0x9E3779B97F4A7C15L ^ len;
    int i = off;
    int end = off + len;
    for (; i + 4 <= end; i += 4) {
      long k = buf[i] | (long) buf[i + 1] << 16 | (long) buf[i + 2] << 32 | (long) buf[i + 3] << 48;
      h = Long.rotateLeft(h ^ mix(k), 27) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }
    long k = 0;
    for (int shift = 0; i < end; i++, shift += 16) {
      k |= (long) buf[i] << shift;
    }
    h = Long.rotateLeft(h ^ mix(k), 27) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    return fmix(h);
  }

  private static long mix(long k) {
    k *= 0x87C37B91114253D5L;
    k = Long.rotateLeft(k, 31);
    return k * 0x4CF5AD432745937FL;
  }

  private static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
