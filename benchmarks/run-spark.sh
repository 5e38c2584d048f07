#!/usr/bin/env bash
# The Spark benchmark (SparkTallyBenchmark, a main): run by hand on a quiet machine, never by CI.
#   benchmarks/run-spark.sh                       # 10^6 and 10^7 dossiers, data in benchmarks/target/spark-data
#   benchmarks/run-spark.sh DIR 1000000           # other sizes / place; -Druns=N via JAVA_OPTS
# Environment: HEAP (default 16g), JAVA (default java), JAVA_OPTS, SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
HEAP=${HEAP:-16g}
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q package dependency:build-classpath -pl benchmarks -am -DskipTests \
    -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-classpath.txt
fi
opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' pom.xml)"
mkdir -p benchmarks/results
{
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Thread\(s\) per core|Core\(s\) per socket|Socket\(s\))' || true
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
  "$JAVA" -version 2>&1 | head -3
  echo "heap: -Xms$HEAP -Xmx$HEAP; Spark local[*]; run on $(date -u +%Y-%m-%dT%H:%MZ)"
} > benchmarks/results/spark-machine.txt
# shellcheck disable=SC2086 # the options are separate words
"$JAVA" $opens "-Xms$HEAP" "-Xmx$HEAP" ${JAVA_OPTS:-} \
  -cp "benchmarks/target/benchmarks.jar:$(cat benchmarks/target/spark-classpath.txt)" \
  io.github.motcua.kpi.bench.SparkTallyBenchmark "${@:-benchmarks/target/spark-data}" | tee benchmarks/results/spark.txt
