package io.github.motcua.kpi.report.render;

import io.github.motcua.kpi.report.Lang;
import java.util.List;

/**
 * A report laid out for people: a title, lines under it (period, units, sources), its tables, bar
 * charts and notes, in one language.
 *
 * @param lang the language the texts are in
 * @param title the report's title
 * @param lines lines printed under the title
 * @param grids the tables, each a worksheet in a workbook
 * @param charts the bar charts (HTML only)
 * @param notes the notes printed after the tables: readings, sources, what "–" means
 */
public record Document(
    Lang lang, String title, List<String> lines, List<Grid> grids, List<Chart> charts, List<String> notes) {
  public Document {
    lines = List.copyOf(lines);
    grids = List.copyOf(grids);
    charts = List.copyOf(charts);
    notes = List.copyOf(notes);
  }
}
