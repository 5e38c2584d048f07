package io.github.motcua.kpi.model;

import java.util.Locale;

/**
 * Where an instant of a dossier (received, processing finished, result returned) falls against the
 * period of an evaluation, as of its date.
 *
 * <p>The period counts from its first day to its <em>effective end</em>: its last day, or the
 * evaluation date if that is earlier. An instant after the effective end has not happened as of the
 * evaluation.
 */
public enum When {
  /** Before the period's first day. */
  BEFORE_PERIOD,
  /** From the period's first day to its effective end, both included. */
  IN_PERIOD,
  /** After the effective end: not happened as of the evaluation. */
  AFTER_PERIOD,
  /** Never (no such instant). */
  NONE;

  /** The name used in directive files: {@code before-period}, {@code in-period}, … */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
