package io.github.motcua.kpi.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.motcua.kpi.testkit.demo.DemoProvinceRules;
import org.junit.jupiter.api.Test;

class DirectiveLawsTest {

  @Test
  void demoProvinceObeysEveryLaw() {
    DirectiveLaws.verify(new DemoProvinceRules().directives().get(0));
  }
}
