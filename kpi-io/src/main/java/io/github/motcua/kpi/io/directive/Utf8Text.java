package io.github.motcua.kpi.io.directive;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A file's bytes as UTF-8 text, strictly: a byte order mark is dropped, a bad byte is a problem on its line. */
final class Utf8Text {
  private Utf8Text() {}

  static Optional<String> decode(byte[] bytes, Problems problems) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(line, "", "not UTF-8 text (byte " + (in.position() + 1) + "): save the file as UTF-8");
      return Optional.empty();
    }
    d.flush(out);
    String text = out.flip().toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }
}
