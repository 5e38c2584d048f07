/**
 * Tallies: the counters of one agency over one period (số liệu tổng hợp), computed from dossiers or
 * taken straight from the aggregate figures provinces report.
 *
 * <p>Entry points: {@link io.github.motcua.kpi.tally.Tally#builder()} for aggregate figures and
 * {@link io.github.motcua.kpi.tally.Tallies} for dossiers. Tallies {@linkplain
 * io.github.motcua.kpi.tally.Tally#merge merge}, so a province can be computed in parts.
 */
@KpiStyle
package io.github.motcua.kpi.tally;

import io.github.motcua.kpi.style.KpiStyle;
