package io.github.motcua.kpi.rules.quangtri2023;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.testkit.DirectiveLaws;
import org.junit.jupiter.api.Test;

/** The laws of kpi-testkit, on the directive as the service loader finds it. */
class Qt2023LawsTest {

  @Test
  void qt2023ObeysEveryDirectiveLaw() {
    DirectiveLaws.verify(Directives.load().get(Qt2023.ID));
  }
}
