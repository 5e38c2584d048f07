package io.github.motcua.kpi.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why reading or writing a file failed, in words a user reads: "no such file or directory",
 * "permission denied", "is a directory" — never the name of a Java exception class.
 */
final class IoReason {
  private IoReason() {}

  /** The reason {@code e} gives, without its class name or the file name. */
  static String of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException) {
      String reason = ((FileSystemException) e).getReason();
      if (reason != null && !reason.isBlank()) {
        return lowerFirst(reason);
      }
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "input/output error" : lowerFirst(message);
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
