package io.github.motcua.kpi.rules;

import java.util.Collection;

/** Thrown when no rule module provides the directive asked for; the message lists those known. */
public final class UnknownDirectiveException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String id;

  UnknownDirectiveException(String id, Collection<String> known) {
    super("unknown directive '" + id + "'; known: " + String.join(", ", known));
    this.id = id;
  }

  /** The id asked for. */
  public String id() {
    return id;
  }
}
