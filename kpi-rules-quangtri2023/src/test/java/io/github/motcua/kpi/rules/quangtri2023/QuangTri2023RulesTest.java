package io.github.motcua.kpi.rules.quangtri2023;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.motcua.kpi.rules.Directives;
import io.github.motcua.kpi.rules.RuleModule;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void classPathUsersFindTheModuleThroughMetaInfServices() throws Exception {
    String services = "/META-INF/services/" + RuleModule.class.getName();
    String listed;
    try (InputStream in = QuangTri2023Rules.class.getResourceAsStream(services)) {
      assertNotNull(in, services);
      listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    assertEquals(QuangTri2023Rules.class.getName(), listed);
    RuleModule module = (RuleModule) Class.forName(listed).getConstructor().newInstance();
    assertEquals(new QuangTri2023Rules().directives(), module.directives());
  }
}
