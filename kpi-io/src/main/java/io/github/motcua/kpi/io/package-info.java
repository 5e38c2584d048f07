/**
 * Every input of an evaluation, read with the same checks for a Java system and the command line
 * (đọc dữ liệu đầu vào): the national portal's sync format as a JSON array or NDJSON and our dossier
 * CSV ({@link io.github.motcua.kpi.io.DossierReader}: tallies in bounded memory, columns or
 * dossiers from one streaming parse), and the CSV files of aggregate figures ({@link
 * io.github.motcua.kpi.io.TalliesCsv}), agencies ({@link io.github.motcua.kpi.io.AgenciesCsv}), the
 * procedure catalogue per agency ({@link io.github.motcua.kpi.io.ProceduresCsv}), work records,
 * task completions and secondments.
 *
 * <p>Every record read is accepted or rejected, never lost: {@code accepted + rejected = read}. A
 * rejected record carries every {@link io.github.motcua.kpi.io.Problem} found in it, each a value
 * naming file, line (or record number), dossier id, field, what is wrong and the value (tệp, dòng,
 * trường). A reader returns the accepted records and the problems, or stops at the first ({@link
 * io.github.motcua.kpi.io.ReadOptions}); a file that cannot be read as a whole (no header, an
 * unclosed array) throws a {@link io.github.motcua.kpi.io.BadInputException}. Inputs are held to
 * {@link io.github.motcua.kpi.io.ReadLimits}; blank lines are skipped and counted. The rejects file
 * of a run is {@link io.github.motcua.kpi.io.RejectsCsv}.
 */
@KpiStyle
package io.github.motcua.kpi.io;

import io.github.motcua.kpi.style.KpiStyle;
