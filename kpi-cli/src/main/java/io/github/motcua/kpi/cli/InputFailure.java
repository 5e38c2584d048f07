package io.github.motcua.kpi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An input file (or a rule jar) cannot be read (exit status 66); the message names it. */
final class InputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private InputFailure(Path file, String reason, Throwable cause) {
    super("cannot read " + file + ": " + reason, cause);
  }

  /** Reading {@code file} failed with {@code e}. */
  static InputFailure reading(Path file, IOException e) {
    return new InputFailure(file, IoReason.of(e), e);
  }

  /**
   * Checks that {@code file} is there to read: exists and is a file, not a directory.
   *
   * @throws InputFailure naming the file and what is wrong
   */
  static void checkReadable(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputFailure(file, "it is a directory, not a file", null);
    }
    if (!Files.exists(file)) {
      throw new InputFailure(file, "no such file", null);
    }
    if (!Files.isReadable(file)) {
      throw new InputFailure(file, "permission denied", null);
    }
  }
}
