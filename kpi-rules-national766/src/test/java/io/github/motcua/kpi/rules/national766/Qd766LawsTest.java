package io.github.motcua.kpi.rules.national766;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.testkit.DirectiveLaws;
import org.junit.jupiter.api.Test;

/** The laws of kpi-testkit, on the directive as the service loader finds it. */
class Qd766LawsTest {

  @Test
  void qd766ObeysEveryDirectiveLaw() {
    Directive d = Directives.load().get(Qd766.ID);
    assertEquals(21, d.requirements().size(), "the scored indicators of six groups");
    DirectiveLaws.verify(d);
  }
}
