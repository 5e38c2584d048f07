package io.github.motcua.kpi.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Mutants of a valid input file, for fuzzing a reader (QuickTheories): one to six edits, each a
 * truncation, a byte flipped, two lines swapped, a line duplicated or dropped, random Unicode
 * inserted (control characters, quotes, brackets, commas, characters outside the Basic
 * Multilingual Plane and halves of them included), or a CSV/JSON delimiter inserted. A reader
 * under test must end every mutant in accepted records or named problems.
 *
 * <pre>{@code
 * qt().withExamples(300).forAll(InputMutations.of(validBytes)).checkAssert(bytes -> readAndCheck(bytes));
 * }</pre>
 */
public final class InputMutations {
  /** The kinds of edit. */
  private static final int KINDS = 9;

  private static final String SPECIAL = "\"',;{}[]:\\\n\r\t\u0000\u001F\u007F \u00A0\u2028\uFEFFàđ\uD83D\uDE00";

  private InputMutations() {}

  /** Mutants of {@code valid}: one to six edits applied in turn. */
  public static Gen<byte[]> of(byte[] valid) {
    return lists().of(integers().all()).ofSizeBetween(4, 24).map(ints -> mutate(valid, ints));
  }

  /** {@code valid} with the edits {@code ints} describe (four numbers an edit). */
  static byte[] mutate(byte[] valid, List<Integer> ints) {
    byte[] bytes = valid;
    for (int i = 0; i + 3 < ints.size(); i += 4) {
      bytes = edit(bytes, Math.floorMod(ints.get(i), KINDS), ints.get(i + 1), ints.get(i + 2), ints.get(i + 3));
    }
    return bytes;
  }

  private static byte[] edit(byte[] in, int kind, int a, int b, int c) {
    int n = in.length;
    switch (kind) {
      case 0: // truncate
        return java.util.Arrays.copyOf(in, n == 0 ? 0 : Math.floorMod(a, n));
      case 1: { // flip a byte
        if (n == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[Math.floorMod(a, n)] = (byte) b;
        return out;
      }
      case 2: // swap two lines
        return lines(in, a, b, 2);
      case 3: // duplicate a line
        return lines(in, a, b, 3);
      case 4: // drop a line
        return lines(in, a, b, 4);
      case 5: { // insert a random code point (any plane, surrogates and controls included)
        int cp = Math.floorMod(b, 0x11000);
        String s = Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)
            ? new String(Character.toChars(cp)) : "\uFFFD";
        return insert(in, Math.floorMod(a, n + 1), s.getBytes(StandardCharsets.UTF_8));
      }
      case 6: { // insert a character that means something to CSV or JSON
        int k = Math.floorMod(b, SPECIAL.length());
        String s = SPECIAL.substring(k, k + 1);
        if (Character.isSurrogate(s.charAt(0))) {
          s = SPECIAL.substring(SPECIAL.length() - 2);
        }
        return insert(in, Math.floorMod(a, n + 1), s.getBytes(StandardCharsets.UTF_8));
      }
      case 7: { // insert raw bytes that are no UTF-8 (half of a four-byte character, a lone continuation byte)
        byte[] raw = Math.floorMod(c, 2) == 0 ? new byte[] {(byte) 0xF0, (byte) 0x9F} : new byte[] {(byte) 0x80};
        return insert(in, Math.floorMod(a, n + 1), raw);
      }
      default: { // repeat a stretch (a long value, a deep nesting)
        if (n == 0) {
          return in;
        }
        int from = Math.floorMod(a, n);
        int len = 1 + Math.floorMod(b, Math.min(8, n - from));
        int times = 1 + Math.floorMod(c, 64);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + len * times);
        out.write(in, 0, from + len);
        for (int t = 0; t < times; t++) {
          out.write(in, from, len);
        }
        out.write(in, from + len, n - from - len);
        return out.toByteArray();
      }
    }
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  /** Swaps (2), duplicates (3) or drops (4) lines. */
  private static byte[] lines(byte[] in, int a, int b, int kind) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        lines.add(java.util.Arrays.copyOfRange(in, start, i + 1));
        start = i + 1;
      }
    }
    if (start < in.length) {
      lines.add(java.util.Arrays.copyOfRange(in, start, in.length));
    }
    if (lines.isEmpty()) {
      return in;
    }
    int i = Math.floorMod(a, lines.size());
    int j = Math.floorMod(b, lines.size());
    if (kind == 2) {
      byte[] t = lines.get(i);
      lines.set(i, lines.get(j));
      lines.set(j, t);
    } else if (kind == 3) {
      lines.add(j, lines.get(i));
    } else {
      lines.remove(i);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + 64);
    lines.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
