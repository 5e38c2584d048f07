package io.github.motcua.kpi.rules.quangninh;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.testkit.DirectiveLaws;
import org.junit.jupiter.api.Test;

/** The laws of kpi-testkit, on the directive as the service loader finds it. */
class Qn07LawsTest {

  @Test
  void qn07ObeysEveryDirectiveLaw() {
    DirectiveLaws.verify(Directives.load().get(Qn07.ID));
  }
}
