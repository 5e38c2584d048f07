/**
 * Reading input files into the core's values, record by record: CSV through
 * jackson-dataformat-csv ({@link io.github.motcua.kpi.cli.input.CsvFile}), the national portal's
 * JSON and NDJSON ({@link io.github.motcua.kpi.cli.input.NationalPortalReader}), typed fields with a
 * {@link io.github.motcua.kpi.cli.input.Problem} per bad value (tệp đầu vào, dòng, trường), and an
 * {@link io.github.motcua.kpi.cli.input.Intake} per file accounting for every record read.
 */
@KpiStyle
package io.github.motcua.kpi.cli.input;

import io.github.motcua.kpi.model.KpiStyle;
