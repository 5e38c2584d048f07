#!/usr/bin/env bash
# Runs the example job on examples/ as spark-submit runs it, without a Spark installation: Spark's
# own SparkSubmit (from the jars Maven resolves for kpi-spark) in local mode, with the job jar and
# the JVM options spark-submit passes. Extra arguments replace the example's.
#   kpi-spark/run-example.sh                    # qt2023 over examples/national-portal-dossiers.ndjson
#   kpi-spark/run-example.sh --directive qt2023 --dossiers my.ndjson --procedures p.csv --agencies a.csv
set -euo pipefail
cd "$(dirname "$0")/.."
version="$(awk '/<artifactId>motcua-kpi-parent<\/artifactId>/ { found = 1; next }
  found && /<version>/ { sub(/.*<version>/, ""); sub(/<\/version>.*/, ""); print; exit }' pom.xml)"
./mvnw -B -q package dependency:build-classpath -pl kpi-spark -am -DskipTests \
  -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-classpath.txt
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)"
if [[ $# -eq 0 ]]; then
  set -- --directive qt2023 --dossiers examples/national-portal-dossiers.ndjson \
    --procedures examples/procedures.csv --agencies examples/agencies.csv
fi
# shellcheck disable=SC2086 # the options are separate words
exec java $opens -cp "$(cat kpi-spark/target/spark-classpath.txt)" org.apache.spark.deploy.SparkSubmit \
  --master 'local[2]' --conf spark.ui.enabled=false --conf spark.log.level=WARN \
  --class io.github.motcua.kpi.spark.TallyJob "kpi-spark/target/kpi-spark-$version-job.jar" "$@"
