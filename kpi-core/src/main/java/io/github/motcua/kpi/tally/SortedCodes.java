package io.github.motcua.kpi.tally;

import com.google.common.collect.ImmutableSortedSet;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.SortedSet;

/**
 * The codes of the set bits of some words, in rank order, which is code order: handed to {@link
 * ImmutableSortedSet#copyOfSorted}, which copies them without comparing. Only the operations that
 * copy needs are supported.
 */
final class SortedCodes extends AbstractSet<String> implements SortedSet<String> {
  private final String[] codes;

  private SortedCodes(String[] codes) {
    this.codes = codes;
  }

  /** The sorted set of the codes of the ranks set in {@code bits[from, from + words)}. */
  static ImmutableSortedSet<String> of(String[] codesByRank, long[] bits, int from, int words) {
    int count = 0;
    for (int w = 0; w < words; w++) {
      count += Long.bitCount(bits[from + w]);
    }
    if (count == 0) {
      return ImmutableSortedSet.of();
    }
    String[] out = new String[count];
    int k = 0;
    for (int w = 0; w < words; w++) {
      long word = bits[from + w];
      while (word != 0) {
        out[k++] = codesByRank[(w << 6) + Long.numberOfTrailingZeros(word)];
        word &= word - 1;
      }
    }
    return ImmutableSortedSet.copyOfSorted(new SortedCodes(out));
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.asList(codes).iterator();
  }

  @Override
  public int size() {
    return codes.length;
  }

  /** The array itself: this view is private to {@link #of} and dropped after one copy. */
  @Override
  public Object[] toArray() {
    return codes;
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public SortedSet<String> subSet(String fromElement, String toElement) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SortedSet<String> headSet(String toElement) {
    throw new UnsupportedOperationException();
  }

  @Override
  public SortedSet<String> tailSet(String fromElement) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String first() {
    return codes[0];
  }

  @Override
  public String last() {
    return codes[codes.length - 1];
  }
}
