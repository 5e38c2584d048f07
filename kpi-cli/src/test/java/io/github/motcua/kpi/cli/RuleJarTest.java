package io.github.motcua.kpi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi --rules-jar}: a province's own rules, in a jar, beside the built-in ones. The jar is
 * built here from the README's "Adding your province's rules" example, as written (imports
 * included): compiled by {@code javac}, registered in {@code META-INF/services}.
 */
class RuleJarTest {
  private static final String SERVICE = "META-INF/services/io.github.motcua.kpi.rules.RuleModule";

  @TempDir static Path dir;
  private static Path rulesJar;
  private static Path copycatJar;
  private final Cli cli = Cli.real();

  @BeforeAll
  static void buildTheReadmeRuleModuleIntoAJar() throws Exception {
    Path src = dir.resolve("src/org/example/kpi/rules/demo/DemoProvinceRules.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, readmeExample(), StandardCharsets.UTF_8);
    Path copycat = dir.resolve("src/org/example/kpi/rules/copycat/CopycatRules.java");
    Files.createDirectories(copycat.getParent());
    Files.writeString(
        copycat,
        "package org.example.kpi.rules.copycat;\n"
            + "/** Claims the README province's directive id a second time. */\n"
            + "public final class CopycatRules implements io.github.motcua.kpi.rules.RuleModule {\n"
            + "  @Override public java.util.List<io.github.motcua.kpi.rules.Directive> directives() {\n"
            + "    return new org.example.kpi.rules.demo.DemoProvinceRules().directives();\n"
            + "  }\n"
            + "}\n",
        StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classPath =
        System.getProperty("jdk.module.path", "") + File.pathSeparator + System.getProperty("java.class.path", "");
    Process javac =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-encoding", "UTF-8", "--release", "17", "-proc:none",
                "-classpath", classPath, "-d", classes.toString(), src.toString(), copycat.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, javac.waitFor(), "the README example does not compile:\n" + log);
    rulesJar = dir.resolve("demo-province-rules.jar");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(rulesJar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(f -> f.toString().contains("demo")).filter(Files::isRegularFile).toList()) {
        put(jar, classes.relativize(f).toString().replace(File.separatorChar, '/'), Files.readAllBytes(f));
      }
      put(jar, SERVICE, "org.example.kpi.rules.demo.DemoProvinceRules\n".getBytes(StandardCharsets.UTF_8));
    }
    copycatJar = dir.resolve("copycat-rules.jar");
    try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(copycatJar))) {
      String name = "org/example/kpi/rules/copycat/CopycatRules.class";
      put(jar, name, Files.readAllBytes(classes.resolve(name)));
      put(jar, SERVICE, "org.example.kpi.rules.copycat.CopycatRules\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void put(JarOutputStream jar, String name, byte[] bytes) throws IOException {
    jar.putNextEntry(new JarEntry(name));
    jar.write(bytes);
    jar.closeEntry();
  }

  /** The Java block of the README that declares {@code DemoProvinceRules}. */
  private static String readmeExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```java\n(package org\\.example\\.kpi\\.rules\\.demo;.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(m.find(), "README.md has no example starting 'package org.example.kpi.rules.demo;'");
    return m.group(1);
  }

  @Test
  void theRulesOfAJarGivenBeforeTheCommandAreListedBesideTheBuiltInOnes() {
    Cli.Result r = cli.run("--rules-jar", rulesJar.toString(), "directives");
    assertEquals(0, r.status(), r::toString);
    for (String id : List.of("demo-province", "qn07", "qt1501", "qt2023")) {
      assertTrue(Cli.lines(r.out()).stream().anyMatch(l -> l.startsWith(id + " ")), id + " missing: " + r);
    }
  }

  @Test
  void theRulesOfAJarGivenAfterTheCommandAreShownRuleByRule() {
    Cli.Result r = cli.run("rules", "demo-province", "--rules-jar", rulesJar.toString());
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("demo.online-rate.level3  [TARGET]"), r::toString);
    assertTrue(r.out().contains("demo.quarterly-report  [DEADLINE]"), r::toString);
  }

  @Test
  void aDirectiveOfTheJarIsEvaluated() {
    Cli.Result r =
        cli.run("evaluate", "--rules-jar", rulesJar.toString(), "--directive", "demo-province",
            "--tallies", Cli.examples("quangtri-1501-2020q1-districts.csv").toString(), "--format", "json");
    assertEquals(0, r.status(), r::toString);
    assertTrue(r.out().contains("\"rule\" : \"demo.online-rate.level3\""), r::toString);
  }

  @Test
  void aMissingRuleJarIsNamedAndExits66() {
    Path absent = dir.resolve("absent.jar");
    Cli.Result r = cli.run("--rules-jar", absent.toString(), "directives");
    assertEquals(66, r.status(), r::toString);
    assertEquals("kpi: cannot read " + absent + ": no such file\n", r.err());
  }

  @Test
  void aJarClaimingADirectiveIdAlreadyTakenIsRejectedNamingBothModules() {
    Cli.Result r = cli.run("--rules-jar", rulesJar.toString(), "--rules-jar", copycatJar.toString(), "directives");
    assertEquals(65, r.status(), r::toString);
    assertEquals(
        "kpi: cannot load the rules of " + rulesJar + ", " + copycatJar + ": directive id 'demo-province' is claimed"
            + " by both org.example.kpi.rules.demo.DemoProvinceRules and org.example.kpi.rules.copycat.CopycatRules\n",
        r.err());
  }
}
