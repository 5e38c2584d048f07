package io.github.motcua.kpi.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One Spark session in local mode for every test class of the module ({@code local[2]}: two
 * worker threads, so that partitions really run apart and merge), started on first use and stopped
 * when the test JVM ends. No web UI; few shuffle partitions, as the data are small.
 */
final class LocalSpark {
  private static SparkSession spark;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (spark == null) {
      spark =
          SparkSession.builder()
              .master("local[2]")
              .appName("kpi-spark tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.warehouse.dir", "target/spark-warehouse")
              .getOrCreate();
      SparkSession started = spark;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
    }
    return spark;
  }
}
