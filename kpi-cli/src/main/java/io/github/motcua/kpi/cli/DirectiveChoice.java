package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.io.directive.DirectiveFiles;
import io.github.motcua.kpi.rules.Directive;
import io.github.motcua.kpi.rules.Directives;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The directive a command works on: {@code --directive ID} among the installed ones, or the one a
 * {@code --directive-file} defines ({@code --directive} choosing among several). A file is checked
 * whole against the installed directives first: every problem stops the run (exit 65).
 */
final class DirectiveChoice {
  private DirectiveChoice() {}

  static Directive of(CommandLine cl, Directives installed, String id, Path file) {
    if (file == null) {
      if (id == null) {
        throw new ParameterException(cl, "name a directive (--directive <id>; see: kpi directives) or give --directive-file <file>");
      }
      return installed.get(id);
    }
    List<Directive> defined = read(file, installed);
    if (id != null) {
      return Directives.of().plus(file.toString(), defined).get(id); // unknown: lists the file's ids
    }
    if (defined.size() > 1) {
      throw new ParameterException(cl, file + " defines " + defined.size() + " directives ("
          + defined.stream().map(Directive::id).collect(Collectors.joining(", ")) + "): choose one with --directive");
    }
    return defined.get(0);
  }

  /**
   * The directives {@code file} defines, checked whole against the installed ones.
   *
   * @throws InputFailure if the file is not there to read (exit 66)
   * @throws io.github.motcua.kpi.io.directive.DirectiveFileException with every problem (exit 65)
   */
  static List<Directive> read(Path file, Directives installed) {
    InputFailure.checkReadable(file);
    try {
      return DirectiveFiles.read(file, installed);
    } catch (IOException e) {
      throw InputFailure.reading(file, e);
    }
  }
}
