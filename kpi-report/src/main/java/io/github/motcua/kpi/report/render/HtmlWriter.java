package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A report as one self-contained HTML page: no script, style, font or picture fetched from
 * elsewhere. The tables scroll sideways on a phone and print on A4 landscape with their header
 * repeated; each requirement's bar chart (inline SVG) shows every agency's rate against the target
 * line. A few lines of inline script count the page's errors into {@code data-errors} on the root
 * element and set {@code data-loaded} once it has loaded, so a browser test can tell a page that
 * loaded cleanly.
 */
final class HtmlWriter {
  private static final String STYLE =
      "*{box-sizing:border-box}"
          + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif;"
          + "margin:16px;color:#111;line-height:1.4;font-size:15px}"
          + "h1{font-size:1.35em;margin:0 0 .4em}h2{font-size:1.1em;margin:1.4em 0 .5em}"
          + "p.line{margin:.15em 0}"
          + ".wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}"
          + "table{border-collapse:collapse;font-size:13px;min-width:100%}"
          + "caption{font-weight:bold;text-align:left;padding:.3em 0}"
          + "th,td{border:1px solid #888;padding:3px 6px;vertical-align:middle}"
          + "th{background:#ddebf7;text-align:center}"
          + "tr.numbers th{background:#fff;font-weight:normal;font-style:italic}"
          + "td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
          + "td.c{text-align:center}td.t{min-width:9em}td.l{min-width:18em}"
          + "tr.group td,tr.total td{font-weight:bold;background:#f2f2f2}tr.subtotal td{font-weight:bold}"
          + ".charts{display:flex;flex-wrap:wrap;gap:16px}"
          + "figure{margin:0;flex:1 1 360px;max-width:560px;border:1px solid #ccc;padding:8px;border-radius:4px}"
          + "figcaption{font-weight:bold;font-size:.95em}figcaption small{display:block;font-weight:normal;color:#444}"
          + "svg{width:100%;height:auto;display:block}"
          + "ol.notes{padding-left:1.4em;font-size:.9em}"
          + "@page{size:A4 landscape;margin:12mm}"
          + "@media print{body{margin:0;font-size:10pt}.wrap{overflow:visible}table{font-size:9pt}"
          + "thead{display:table-header-group}figure{break-inside:avoid}}";

  private static final String MARKER =
      "(function(){var n=0,d=document.documentElement;"
          + "window.addEventListener('error',function(){n++;d.setAttribute('data-errors',String(n));},true);"
          + "window.addEventListener('load',function(){d.setAttribute('data-errors',String(n));"
          + "d.setAttribute('data-loaded','1');});})();";

  private static final int WIDTH = 400;
  private static final int LABEL = 16;
  private static final int BAR = 14;
  private static final int ROW = 48;

  private HtmlWriter() {}

  static void write(Document doc, Writer w) throws IOException {
    Lang lang = doc.lang();
    w.write("<!DOCTYPE html>\n<html lang=\"" + lang.name().toLowerCase(Locale.ROOT) + "\" data-errors=\"0\">\n<head>\n");
    w.write("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    w.write("<title>" + esc(doc.title()) + "</title>\n<style>" + STYLE + "</style>\n<script>" + MARKER + "</script>\n");
    w.write("</head>\n<body>\n<h1>" + esc(doc.title()) + "</h1>\n");
    for (String line : doc.lines()) {
      w.write("<p class=\"line\">" + esc(line) + "</p>\n");
    }
    for (Grid grid : doc.grids()) {
      table(w, grid, lang);
    }
    if (!doc.charts().isEmpty()) {
      w.write("<h2>" + lang.pick("Biểu đồ: từng đơn vị so với chỉ tiêu", "Charts: every agency against the target") + "</h2>\n");
      w.write("<div class=\"charts\">\n");
      for (Chart chart : doc.charts()) {
        chart(w, chart, lang);
      }
      w.write("</div>\n");
    }
    if (!doc.notes().isEmpty()) {
      w.write("<h2>" + lang.pick("Ghi chú", "Notes") + "</h2>\n<ol class=\"notes\">\n");
      for (String note : doc.notes()) {
        w.write("<li>" + esc(note) + "</li>\n");
      }
      w.write("</ol>\n");
    }
    w.write("</body>\n</html>\n");
  }

  private static void table(Writer w, Grid grid, Lang lang) throws IOException {
    w.write("<section>\n<div class=\"wrap\">\n<table>\n<caption>" + esc(grid.caption()) + "</caption>\n<thead>\n");
    for (var row : grid.header()) {
      w.write("<tr>");
      for (Grid.Head h : row) {
        w.write("<th" + (h.cols() > 1 ? " colspan=\"" + h.cols() + "\"" : "")
            + (h.rows() > 1 ? " rowspan=\"" + h.rows() + "\"" : "") + " scope=\"col\">" + esc(h.text()) + "</th>");
      }
      w.write("</tr>\n");
    }
    if (grid.numbered()) {
      w.write("<tr class=\"numbers\">");
      for (int c = 1; c <= grid.columns(); c++) {
        w.write("<th>(" + c + ")</th>");
      }
      w.write("</tr>\n");
    }
    w.write("</thead>\n<tbody>\n");
    for (Grid.Row row : grid.rows()) {
      w.write("<tr class=\"" + row.kind().name().toLowerCase(Locale.ROOT) + "\">");
      int c = 0;
      for (Cell cell : row.cells()) {
        String text = CellText.of(cell, lang);
        String cls =
            CellText.numeric(cell) ? " class=\"n\""
                : c == 0 ? " class=\"c\""
                : text.length() > 40 ? " class=\"l\""
                : text.length() > 12 ? " class=\"t\"" : "";
        w.write("<td" + cls + ">" + esc(text) + "</td>");
        c++;
      }
      w.write("</tr>\n");
    }
    w.write("</tbody>\n</table>\n</div>\n</section>\n");
  }

  private static void chart(Writer w, Chart chart, Lang lang) throws IOException {
    int height = ROW * chart.bars().size() + 26;
    w.write("<figure>\n<figcaption>" + esc(chart.title()) + "<small>" + esc(chart.subtitle()) + "</small></figcaption>\n");
    w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
        + "\" role=\"img\" aria-label=\"" + esc(chart.title()) + "\" font-size=\"12\">\n");
    int y = 4;
    for (Chart.Bar bar : chart.bars()) {
      w.write("<text x=\"0\" y=\"" + (y + 12) + "\">" + esc(bar.label()) + "</text>\n");
      int by = y + LABEL;
      w.write("<rect x=\"0\" y=\"" + by + "\" width=\"" + WIDTH + "\" height=\"" + BAR + "\" fill=\"#eee\"/>\n");
      String value;
      if (bar.rate().isPresent() && bar.rate().get().hasValue()) {
        double share = Math.min(1.0, bar.rate().get().toBigDecimal(6).doubleValue());
        w.write("<rect x=\"0\" y=\"" + by + "\" width=\"" + px(share * WIDTH) + "\" height=\"" + BAR + "\" fill=\""
            + (bar.reached() ? "#2e7d32" : "#c62828") + "\"/>\n");
        value = lang.percent(bar.rate().get(), chart.scale()) + " %";
      } else {
        value = Lang.NO_VALUE;
      }
      w.write("<text x=\"0\" y=\"" + (by + BAR + 12) + "\" font-size=\"11\" fill=\"#333\">"
          + esc(value + " · " + bar.verdict()) + "</text>\n");
      y += ROW;
    }
    if (chart.target().isPresent() && chart.target().get().hasValue()) {
      double t = Math.min(1.0, chart.target().get().toBigDecimal(6).doubleValue());
      String x = px(Math.max(1, Math.min(WIDTH - 1, t * WIDTH)));
      w.write("<line x1=\"" + x + "\" y1=\"0\" x2=\"" + x + "\" y2=\"" + y
          + "\" stroke=\"#1f4e79\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>\n");
      String anchor = t < 0.25 ? "start" : t > 0.75 ? "end" : "middle";
      w.write("<text x=\"" + x + "\" y=\"" + (y + 14) + "\" text-anchor=\"" + anchor + "\" fill=\"#1f4e79\">"
          + esc(chart.targetLabel() + " " + lang.percent(chart.target().get(), chart.scale()) + " %") + "</text>\n");
    }
    w.write("</svg>\n</figure>\n");
  }

  private static String px(double v) {
    return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append("&quot;");
          break;
        default:
          b.append(ch);
      }
    }
    return b.toString();
  }

}
