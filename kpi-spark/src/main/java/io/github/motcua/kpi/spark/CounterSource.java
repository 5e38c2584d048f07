package io.github.motcua.kpi.spark;

import io.github.motcua.kpi.tally.Counter;
import java.io.Serializable;
import java.util.List;

/**
 * Where the counters of a {@link CountingSpec} come from, in a form Spark can ship to its executors
 * ({@link Counter} itself is not serialisable): the standard counters, standard counters by id, or
 * the counters a directive reads, each looked up again where the counting runs.
 *
 * <p>Counters of your own (a directive file, a rule module's custom counters) need a source of your
 * own: a lambda that builds them, which Spark serialises ({@code CounterSource s = () ->
 * myDirective().counters();}); whatever it captures must be serialisable.
 */
@FunctionalInterface
public interface CounterSource extends Serializable {

  /** The counters, built where they are needed (on the driver and on every executor). */
  List<Counter> counters();

  /** The standard counters ({@link Counter#standard()}). */
  static CounterSource standard() {
    return new CounterSources.Standard();
  }

  /**
   * Standard counters by id ({@code level3_online}, {@code dossiers_read}, …).
   *
   * @throws IllegalArgumentException naming an id that is no standard counter
   */
  static CounterSource ids(String... ids) {
    CounterSources.Ids source = new CounterSources.Ids(List.of(ids));
    source.counters();
    return source;
  }

  /**
   * The counters the directive {@code id} reads ({@code Directive.counters()}), the directive found
   * by {@code Directives.load()} (its rule module must be on the executors' class path, as it is in
   * the job's jar).
   *
   * @throws io.github.motcua.kpi.rules.UnknownDirectiveException if no rule module here provides it
   */
  static CounterSource directive(String id) {
    CounterSources.OfDirective source = new CounterSources.OfDirective(id);
    source.counters();
    return source;
  }
}
