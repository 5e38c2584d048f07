package io.github.motcua.kpi.io;

/**
 * Turns one raw record into a value, reporting problems on the {@link FieldReader} rather than
 * throwing; returns null when the record has problems.
 *
 * @param <T> the value
 */
@FunctionalInterface
interface RecordBinder<T> {

  /** The value, or null with at least one problem reported on {@code fields}. */
  T bind(FieldReader fields);

  /**
   * Binds {@code record} into {@code intake}: accepted if it binds without problems, rejected with
   * them otherwise. Core validation ({@link IllegalArgumentException}, whose message names the
   * value) is caught here and attached to the record's location and id.
   */
  static <T> void into(Intake<T> intake, RawRecord record, RecordBinder<T> binder, ReadOptions options) {
    FieldReader fields = new FieldReader(record, options.limits());
    T value = null;
    try {
      value = binder.bind(fields);
    } catch (IllegalArgumentException | ArithmeticException e) {
      fields.problem(e.getMessage() == null ? "not a valid record" : e.getMessage());
    }
    if (value != null && fields.ok()) {
      intake.accept(record.location(), value);
    } else {
      if (fields.ok()) {
        fields.problem("record could not be read");
      }
      intake.reject(record.location(), fields.problems());
    }
  }
}
