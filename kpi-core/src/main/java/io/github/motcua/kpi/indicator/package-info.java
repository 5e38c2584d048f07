/**
 * Indicators (chỉ tiêu, chỉ số) as exact ratios of counters: {@link
 * io.github.motcua.kpi.indicator.Ratio} keeps two whole numbers and decides thresholds by
 * cross-multiplication; {@link io.github.motcua.kpi.indicator.Indicator} names every indicator of
 * the directives with its id.
 */
@KpiStyle
package io.github.motcua.kpi.indicator;

import io.github.motcua.kpi.style.KpiStyle;
