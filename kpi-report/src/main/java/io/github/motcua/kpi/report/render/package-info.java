/**
 * How a report is laid out for people, whatever the format — a {@link
 * io.github.motcua.kpi.report.render.Document} of titled tables with merged group headers, a row of
 * column numbers, typed cells (counts, rates, points, text, no value), bar charts and notes — and
 * the writers that print one as an Excel workbook, a self-contained HTML page or a text table. Not
 * exported: the reports' {@code write} methods are the public way in.
 */
package io.github.motcua.kpi.report.render;
