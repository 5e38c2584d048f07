package io.github.motcua.kpi.rules.quangninh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.motcua.kpi.rules.Directives;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuangNinhRulesTest {

  @Test
  void serviceLoaderFindsQn07() {
    assertSame(Qn07.directive(), Directives.load().get(Qn07.ID));
  }

  @Test
  void theModuleProvidesExactlyQn07() {
    assertEquals(List.of("qn07"), Directives.of(new QuangNinhRules()).ids());
    assertEquals("kpi-rules-quangninh", new QuangNinhRules().name());
  }
}
