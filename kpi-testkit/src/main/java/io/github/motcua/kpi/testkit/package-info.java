/**
 * The motcua-kpi test kit: QuickTheories generators of valid model values ({@link
 * io.github.motcua.kpi.testkit.KpiGenerators}) and the laws every directive must obey ({@link
 * io.github.motcua.kpi.testkit.DirectiveLaws}). Add it at test scope.
 *
 * <p>On the module path the kit is the automatic module {@code io.github.motcua.kpi.testkit}, named
 * in its manifest ({@code Automatic-Module-Name}). It has no module descriptor on purpose:
 * QuickTheories 0.26, whose generators are this kit's API, declares no module name, and a published
 * descriptor requiring the name Java derives from its jar file ({@code quicktheories}) would break as
 * soon as that file is named otherwise. As an automatic module the kit reads QuickTheories wherever
 * it is, on the module path or the class path.
 */
package io.github.motcua.kpi.testkit;
