/**
 * The motcua-kpi test kit: QuickTheories generators of valid model values ({@link
 * io.github.motcua.kpi.testkit.KpiGenerators}) and the laws every directive must obey ({@link
 * io.github.motcua.kpi.testkit.DirectiveLaws}). Add it at test scope.
 *
 * <p>QuickTheories 0.26 declares no module name: it is the automatic module {@code quicktheories},
 * named from its jar file.
 */
@SuppressWarnings("requires-transitive-automatic")
module io.github.motcua.kpi.testkit {
  requires transitive io.github.motcua.kpi.core;
  requires transitive quicktheories;

  exports io.github.motcua.kpi.testkit;
}
