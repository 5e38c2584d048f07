package io.github.motcua.kpi.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.TreeSet;

/**
 * Watches the characters of a CSV file on their way to the parser for a quote that CSV's rules do
 * not allow — inside a field that does not start with one ({@code Sở "x"Xây dựng}), or after the
 * closing quote of one that does ({@code "Sở"x}) — which the parser would take literally, and
 * remembers the physical lines where one is, so the row there is rejected rather than read with a
 * quote in its value.
 */
final class StrayQuotes extends FilterReader {
  private enum State {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final TreeSet<Long> lines = new TreeSet<>();
  private State state = State.FIELD_START;
  private long line = 1;
  private boolean carriageReturn;

  StrayQuotes(Reader in) {
    super(in);
  }

  /** Whether a stray quote is on a line from {@code first} to {@code last}. */
  boolean onLines(long first, long last) {
    Long at = lines.ceiling(first);
    return at != null && at <= last;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      see((char) c);
    }
    return c;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    for (int i = off; i < off + n; i++) {
      see(buf[i]);
    }
    return n;
  }

  private void see(char c) {
    boolean newLine = c == '\n' && !carriageReturn || c == '\r';
    carriageReturn = c == '\r';
    switch (state) {
      case FIELD_START:
        state = c == '"' ? State.QUOTED : c == ',' || c == '\n' || c == '\r' ? State.FIELD_START : State.UNQUOTED;
        break;
      case UNQUOTED:
        if (c == ',' || c == '\n' || c == '\r') {
          state = State.FIELD_START;
        } else if (c == '"') {
          lines.add(line);
        }
        break;
      case QUOTED:
        if (c == '"') {
          state = State.QUOTE_IN_QUOTED;
        }
        break;
      case QUOTE_IN_QUOTED:
        if (c == '"') {
          state = State.QUOTED;
        } else if (c == ',' || c == '\n' || c == '\r') {
          state = State.FIELD_START;
        } else {
          lines.add(line);
          state = State.UNQUOTED;
        }
        break;
      default:
        throw new AssertionError(state);
    }
    if (newLine) {
      line++;
    }
  }
}
