package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.testkit.demo.DemoProvinceRules;
import org.junit.jupiter.api.Test;

/**
 * "A new province without touching core", as a class-path user runs it: the test province is
 * registered only in {@code META-INF/services/io.github.motcua.kpi.rules.RuleModule} of the test
 * resources. The kit has no module descriptor, so its tests run on the class path (a named module
 * ignores {@code META-INF/services}; a modular rule module declares {@code provides} instead).
 */
class DirectiveRegistryClassPathTest {

  @Test
  void theServiceLoaderFindsTheDemoProvinceRegisteredInMetaInfServices() {
    Directives all = Directives.load();
    assertTrue(all.ids().contains("demo-province"), all.ids().toString());
    Directive demo = all.get("demo-province");
    assertEquals("01/CT-UBND", demo.number());
    assertEquals(new DemoProvinceRules().directives().get(0), demo);
  }

  @Test
  void theDemoProvinceLoadedThroughTheServiceLoaderObeysEveryLaw() {
    DirectiveLaws.verify(Directives.load().get("demo-province"));
  }

  @Test
  void theseTestsRunOnTheClassPath() {
    assertFalse(Directives.class.getModule().isNamed());
  }
}
