package io.github.motcua.kpi.rules.quangninh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.RuleModule;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void classPathUsersFindTheModuleThroughMetaInfServices() throws Exception {
    String services = "/META-INF/services/" + RuleModule.class.getName();
    String listed;
    try (InputStream in = QuangNinhRules.class.getResourceAsStream(services)) {
      assertNotNull(in, services);
      listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertEquals(QuangNinhRules.class.getName(), listed);
    RuleModule module = (RuleModule) Class.forName(listed).getConstructor().newInstance();
    assertEquals(new QuangNinhRules().directives(), module.directives());
  }
}
