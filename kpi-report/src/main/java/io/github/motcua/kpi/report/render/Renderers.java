package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a laid-out report in a format for people, or CSV text with its byte order mark. */
public final class Renderers {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private Renderers() {}

  /**
   * Writes {@code document} as a workbook, an HTML page or a text table.
   *
   * @throws IllegalArgumentException for CSV or JSON, which are not layouts
   */
  public static void write(Format format, Document document, OutputStream out) throws IOException {
    switch (format) {
      case XLSX:
        XlsxWriter.write(document, out);
        return;
      case HTML:
        text(out, w -> HtmlWriter.write(document, w));
        return;
      case TABLE:
        text(out, w -> TextWriter.write(document, new PrintWriter(w)));
        return;
      default:
        throw new IllegalArgumentException(format.key() + " is not a layout for people");
    }
  }

  /** Writes CSV text in UTF-8 after a byte order mark (so Excel reads Vietnamese right). */
  public static void csv(String text, OutputStream out) throws IOException {
    out.write(BOM);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Something written as text. */
  @FunctionalInterface
  private interface TextOut {
    void to(Writer w) throws IOException;
  }

  private static void text(OutputStream out, TextOut body) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    body.to(w);
    w.flush();
  }
}
