/**
 * A user's module: the library's modules on the module path, the rule modules found through their
 * {@code provides}. The test kit and the reports are required by their stable automatic names; QuickTheories (whose
 * {@code Gen} this module uses directly) only by the name Java derives from its jar file.
 */
module org.example.kpi.modular {
  requires io.github.motcua.kpi.core;
  requires io.github.motcua.kpi.testkit;
  requires quicktheories;
  requires io.github.motcua.kpi.calendar;
  requires io.github.motcua.kpi.report;
}
