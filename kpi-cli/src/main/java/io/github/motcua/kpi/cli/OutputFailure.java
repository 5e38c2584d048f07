package io.github.motcua.kpi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** An output file could not be written (exit status 73). */
final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** Writing {@code file} failed with {@code e}: named, with the reason in words. */
  static OutputFailure writing(Path file, IOException e) {
    Path directory = file.toAbsolutePath().getParent();
    String reason =
        e instanceof NoSuchFileException && directory != null && !Files.isDirectory(directory)
            ? "no directory " + directory
            : IoReason.of(e);
    return new OutputFailure("cannot write " + file + ": " + reason, e);
  }
}
