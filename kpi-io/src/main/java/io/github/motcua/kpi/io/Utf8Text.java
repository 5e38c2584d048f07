package io.github.motcua.kpi.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens input files as UTF-8 text without failing on bytes that are not UTF-8: they read as the
 * replacement character U+FFFD, which the readers then report at the line (and field) where it
 * appears — "not UTF-8 text" — so a file saved in another encoding (Windows-1258, say) is named
 * precisely instead of failing with a bare decoding error.
 */
final class Utf8Text {
  /** The replacement character a byte that is not UTF-8 reads as. */
  static final char NOT_UTF8 = '\uFFFD';

  /** What a problem says about such text. */
  static final String MESSAGE = "not UTF-8 text (a byte that is no UTF-8 character): save the file as UTF-8";

  private Utf8Text() {}

  /** A reader of {@code path}, malformed bytes replaced by U+FFFD. */
  static BufferedReader open(Path path) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8));
  }

  /** Whether {@code text} holds a byte that was not UTF-8. */
  static boolean broken(String text) {
    return text.indexOf(NOT_UTF8) >= 0;
  }
}
