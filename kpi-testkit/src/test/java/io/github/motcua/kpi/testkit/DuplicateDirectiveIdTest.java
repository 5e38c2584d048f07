package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.RuleModule;
import io.github.motcua.kpi.testkit.demo.DemoProvinceRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two rule modules claiming one directive id are rejected with a message naming both. */
class DuplicateDirectiveIdTest {

  /** A second province's module that reuses the id {@code demo-province}. */
  static final class CopycatRules implements RuleModule {
    @Override
    public List<Directive> directives() {
      return new DemoProvinceRules().directives();
    }
  }

  @Test
  void twoModulesClaimingDemoProvinceAreRejectedNamingBoth() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> Directives.of(new DemoProvinceRules(), new CopycatRules()));
    assertEquals(
        "directive id 'demo-province' is claimed by both "
            + DemoProvinceRules.class.getName()
            + " and "
            + CopycatRules.class.getName(),
        e.getMessage());
  }

  @Test
  void oneModuleAloneIsAccepted() {
    assertEquals(List.of("demo-province"), Directives.of(new DemoProvinceRules()).ids());
  }
}
