package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.rules.Directives;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.stream.Collectors;

/**
 * Rule modules of one's own, given with {@code --rules-jar}: jars whose {@code
 * META-INF/services/io.github.motcua.kpi.rules.RuleModule} names a {@code RuleModule}, loaded beside
 * the built-in ones.
 */
final class RuleJars {
  private RuleJars() {}

  /**
   * The directives of the built-in rule modules and of those in {@code jars}.
   *
   * @throws InputFailure if a jar cannot be read
   * @throws BadRules if the modules cannot be loaded or two claim one directive id
   */
  static Directives load(List<Path> jars) {
    List<URL> urls = new ArrayList<>();
    for (Path jar : jars) {
      InputFailure.checkReadable(jar);
      try {
        urls.add(jar.toAbsolutePath().toUri().toURL());
      } catch (MalformedURLException e) {
        throw new BadRules(jars, "not a file path: " + jar);
      }
    }
    // Never closed: the directives' classes are used until the command ends.
    URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), RuleJars.class.getClassLoader());
    try {
      return Directives.load(loader);
    } catch (IllegalStateException | ServiceConfigurationError e) {
      throw new BadRules(jars, e.getMessage());
    }
  }

  /** The rule jars given cannot be used (exit status 65). */
  static final class BadRules extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRules(List<Path> jars, String why) {
      super("cannot load the rules of " + jars.stream().map(Path::toString).collect(Collectors.joining(", ")) + ": " + why);
    }
  }
}
