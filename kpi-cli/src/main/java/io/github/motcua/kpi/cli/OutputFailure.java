package io.github.motcua.kpi.cli;

/** An output file could not be written (exit status 73). */
final class OutputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  OutputFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
