/**
 * Directives as files (chỉ thị dưới dạng tệp): a province's counters, indicators and requirements
 * written in YAML or JSON, read into the core's {@link io.github.motcua.kpi.rules.Directive} and
 * written back — {@link io.github.motcua.kpi.io.directive.DirectiveFiles} is the whole public face.
 *
 * <p>A file is checked whole before anything is evaluated: every problem is named by file, line
 * and key ({@code hn.yaml:14: requirements[0].indicator: unknown indicator 'online-or-vneidd'})
 * and all of them are thrown together in a {@link
 * io.github.motcua.kpi.io.directive.DirectiveFileException}. The format is docs/DIRECTIVE-FILES.md;
 * its JSON Schema is {@link io.github.motcua.kpi.io.directive.DirectiveFiles#schema()}.
 */
@KpiStyle
package io.github.motcua.kpi.io.directive;

import io.github.motcua.kpi.style.KpiStyle;
