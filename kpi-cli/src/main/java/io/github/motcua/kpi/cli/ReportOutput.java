package io.github.motcua.kpi.cli;

import io.github.motcua.kpi.report.Format;
import io.github.motcua.kpi.report.Lang;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Where a kpi-report report goes: a file, or standard output for text formats (never a workbook). */
final class ReportOutput {
  /** Writes a report in a format and language. */
  @FunctionalInterface
  interface Writing {
    void to(Format format, Lang lang, OutputStream out) throws IOException;
  }

  private ReportOutput() {}

  /**
   * Writes with {@code writing} to {@code output}, or to standard output.
   *
   * @throws ParameterException for a workbook without {@code --output}
   * @throws OutputFailure if the file cannot be written (exit 73)
   */
  static void write(CommandSpec spec, Writing writing, Format format, Lang lang, Path output) throws IOException {
    if (output == null && format.isBinary()) {
      throw new ParameterException(spec.commandLine(), "--format " + format.key() + " writes a workbook: give --output FILE.xlsx");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writing.to(format, lang, bytes);
    if (output == null) {
      spec.commandLine().getOut().print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Files.write(output, bytes.toByteArray());
    } catch (IOException e) {
      Path directory = output.toAbsolutePath().getParent();
      String reason =
          e instanceof NoSuchFileException && directory != null && !Files.isDirectory(directory)
              ? "no directory " + directory
              : IoReason.of(e);
      throw new OutputFailure("cannot write " + output + ": " + reason, e);
    }
  }
}
