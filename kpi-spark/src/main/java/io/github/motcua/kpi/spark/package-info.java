/**
 * The library's tallies on Apache Spark (Spark 4, Scala 2.13), for a national data team whose
 * dossiers sit in a data lake.
 *
 * <ul>
 *   <li>{@link io.github.motcua.kpi.spark.CountingSpec} says what to count (period, evaluation date,
 *       catalogue, agencies, counters, deadline reading) in a form Spark ships to its executors,
 *       where it becomes the core's {@link io.github.motcua.kpi.tally.Tallies} again.
 *   <li>{@link io.github.motcua.kpi.spark.DossierRows} is the schema of dossier rows (một hồ sơ một
 *       dòng): one row per dossier, one column per fact the counters read.
 *   <li>{@link io.github.motcua.kpi.spark.TallyAggregator} is the typed Spark {@code Aggregator}: it
 *       packs the rows of each partition and group into the core's {@link
 *       io.github.motcua.kpi.tally.DossierColumns}, counts them with the core's columnar counting and
 *       merges the partial tallies with {@link io.github.motcua.kpi.tally.ProvinceTally#merge}.
 *       {@link io.github.motcua.kpi.spark.SparkTallies} applies it: by agency, or grouped by any
 *       columns (province, month).
 *   <li>{@link io.github.motcua.kpi.spark.PortalDossiers} reads the national portal's sync records
 *       (NDJSON, Parquet) with the command line's validation, into dossier rows and rejects.
 *   <li>{@link io.github.motcua.kpi.spark.TallyJob} is a runnable example job.
 * </ul>
 *
 * <p>The counting is the core's, not a re-implementation: over the same dossiers the tallies, and so
 * the reports, are those of the single-machine path, whatever the partitioning.
 */
package io.github.motcua.kpi.spark;
