/**
 * Rules as data with citations: a {@link io.github.motcua.kpi.rules.Directive} (chỉ thị, công văn)
 * lists {@link io.github.motcua.kpi.rules.Requirement}s — targets, scoring curves, deadlines and
 * duration bounds — each with its rule id, the article it enforces, the tiers it applies to and the
 * reading it takes. Rule modules provide directives through the {@link
 * io.github.motcua.kpi.rules.RuleModule} service; {@link io.github.motcua.kpi.rules.Directives}
 * finds them.
 */
@KpiStyle
package io.github.motcua.kpi.rules;

import io.github.motcua.kpi.style.KpiStyle;
