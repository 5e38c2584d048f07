package io.github.motcua.kpi.rules.quangtri2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.motcua.kpi.rules.Directives;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuangTri2023RulesTest {

  @Test
  void serviceLoaderFindsQt2023() {
    assertSame(Qt2023.directive(), Directives.load().get(Qt2023.ID));
  }

  @Test
  void theModuleProvidesExactlyQt2023() {
    assertEquals(List.of("qt2023"), Directives.of(new QuangTri2023Rules()).ids());
    assertEquals("kpi-rules-quangtri2023", new QuangTri2023Rules().name());
  }
}
