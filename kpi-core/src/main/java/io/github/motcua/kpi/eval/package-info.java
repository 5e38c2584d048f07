/**
 * Evaluation: the {@link io.github.motcua.kpi.eval.Evaluator} judges every agency against every
 * requirement of a directive and returns a {@link io.github.motcua.kpi.eval.Report} (báo cáo kết
 * quả), with the measured ratio, target, verdict and points per rule and agencies ranked.
 */
@KpiStyle
package io.github.motcua.kpi.eval;

import io.github.motcua.kpi.style.KpiStyle;
