package io.github.motcua.kpi.rules.covid2020;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.testkit.DirectiveLaws;
import org.junit.jupiter.api.Test;

/** The laws of kpi-testkit, on each directive as the service loader finds it. */
class Covid2020LawsTest {

  @Test
  void qt1501ObeysEveryDirectiveLaw() {
    DirectiveLaws.verify(Directives.load().get(Qt1501.ID));
  }

  @Test
  void tv1239ObeysEveryDirectiveLaw() {
    DirectiveLaws.verify(Directives.load().get(Tv1239.ID));
  }

  @Test
  void brvt404ObeysEveryDirectiveLaw() {
    DirectiveLaws.verify(Directives.load().get(Brvt404.ID));
  }
}
