package io.github.motcua.kpi.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The public face is pinned: for every published module (the artifacts of {@code kpi-bom}), the
 * public types of the packages it exports — all of them for an automatic module — are listed in
 * {@code docs/api/<artifact>.txt}, and a change that adds or removes one must update that list on
 * purpose. {@code -Dkpi.api.write=true} rewrites the lists from the build (then read the diff).
 *
 * <p>A nested type counts when it and every type enclosing it are public or protected (what a user
 * can name); generated code the style hides never shows.
 */
class PublicApiTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern ARTIFACT = Pattern.compile("<artifactId>(kpi-[\\w-]+)</artifactId>");

  /** The artifacts the BOM publishes, in its order. */
  private static List<String> published() throws IOException {
    String bom = Files.readString(ROOT.resolve("kpi-bom/pom.xml"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = ARTIFACT.matcher(bom.substring(bom.indexOf("<dependencyManagement>")));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyPublishedModulesPublicTypesAreThoseItsListNames() throws IOException {
    List<String> artifacts = published();
    assertTrue(artifacts.contains("kpi-core") && artifacts.size() >= 10, "the BOM's artifacts: " + artifacts);
    List<String> changed = new ArrayList<>();
    for (String artifact : artifacts) {
      Path classes = ROOT.resolve(artifact).resolve("target/classes");
      assertTrue(Files.isDirectory(classes), artifact + " is built before this test: " + classes);
      String actual = listing(artifact, classes);
      Path pinned = ROOT.resolve("docs/api").resolve(artifact + ".txt");
      if (Boolean.getBoolean("kpi.api.write")) {
        Files.writeString(pinned, actual, StandardCharsets.UTF_8);
        continue;
      }
      String expected = Files.isRegularFile(pinned) ? Files.readString(pinned, StandardCharsets.UTF_8) : "";
      if (!expected.equals(actual)) {
        Set<String> was = types(expected);
        Set<String> now = types(actual);
        Set<String> added = new TreeSet<>(now);
        added.removeAll(was);
        Set<String> removed = new TreeSet<>(was);
        removed.removeAll(now);
        changed.add(artifact + ": added " + added + ", removed " + removed
            + (added.isEmpty() && removed.isEmpty() ? " (the heading changed)" : ""));
      }
    }
    assertEquals(List.of(), changed,
        "the public API changed: update docs/api/<artifact>.txt on purpose (-Dkpi.api.write=true rewrites them)");
  }

  private static Set<String> types(String listing) {
    return listing.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The listing of one module: a heading, then its exported public types, sorted. */
  static String listing(String artifact, Path classes) throws IOException {
    Optional<ModuleDescriptor> descriptor =
        Files.isRegularFile(classes.resolve("module-info.class"))
            ? ModuleFinder.of(classes).findAll().stream().map(ModuleReference::descriptor).findFirst()
            : Optional.empty();
    Set<String> exported =
        descriptor
            .map(d -> d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet()))
            .orElse(null);
    Map<String, Type> byName = new HashMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String file = f.getFileName().toString();
        if (!file.equals("module-info.class") && !file.equals("package-info.class")) {
          Type t = read(f);
          byName.put(t.name, t);
        }
      }
    }
    Set<String> visible = new TreeSet<>();
    for (Type t : byName.values()) {
      String pkg = t.name.contains("/") ? t.name.substring(0, t.name.lastIndexOf('/')).replace('/', '.') : "";
      if ((exported == null || exported.contains(pkg)) && nameable(t, byName)) {
        visible.add(t.name.replace('/', '.').replace('$', '.'));
      }
    }
    String module = descriptor.map(d -> d.name() + ", named").orElse(automaticName(artifact) + ", automatic");
    StringBuilder out = new StringBuilder();
    out.append("# ").append(artifact).append(" (module ").append(module).append("): ").append(visible.size())
        .append(" public types of the packages it exports\n");
    visible.forEach(t -> out.append(t).append('\n'));
    return out.toString();
  }

  private static String automaticName(String artifact) throws IOException {
    String pom = Files.readString(ROOT.resolve(artifact).resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<Automatic-Module-Name>([\\w.]+)</Automatic-Module-Name>").matcher(pom);
    return m.find() ? m.group(1) : "(no Automatic-Module-Name)";
  }

  /**
   * A class file's (internal) name, whether it is declared public or protected, and the type it is
   * nested in (null for a top-level type).
   */
  private record Type(String name, boolean visible, String outer) {}

  /** Whether a user can name {@code t}: it and every type enclosing it are visible. */
  private static boolean nameable(Type t, Map<String, Type> byName) {
    for (Type at = t; at != null; at = at.outer == null ? null : byName.get(at.outer)) {
      if (!at.visible) {
        return false;
      }
    }
    return true;
  }

  private static Type read(Path classFile) throws IOException {
    try (InputStream in = Files.newInputStream(classFile)) {
      ClassReader reader = new ClassReader(in);
      String name = reader.getClassName();
      int[] access = {reader.getAccess()};
      String[] enclosing = {null};
      reader.accept(
          new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitInnerClass(String inner, String outer, String simple, int flags) {
              if (inner.equals(name)) {
                enclosing[0] = outer;
                access[0] = simple == null || outer == null ? 0 : flags; // anonymous and local types: never
              }
            }
          },
          ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      boolean synthetic = (access[0] & Opcodes.ACC_SYNTHETIC) != 0;
      boolean visible = (access[0] & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 && !synthetic;
      return new Type(name, visible, enclosing[0]);
    }
  }
}
