#!/usr/bin/env bash
# The full benchmark measurement, one command. Run on a quiet machine from anywhere:
#   benchmarks/run.sh              # full run: JMH JSON, memory, then the README tables
#   QUICK=1 benchmarks/run.sh      # smoke run: tiny settings, 10^5 dossiers only (proves it works)
# Environment: HEAP (default 16g; 10^7 Dossier objects need ~6 GB), JAVA (default java),
# SKIP_BUILD=1 to reuse benchmarks/target/benchmarks.jar. Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
HEAP=${HEAP:-16g}
OUT=benchmarks/results
JAR=benchmarks/target/benchmarks.jar
mkdir -p "$OUT"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./mvnw -B -q package -pl benchmarks -am -DskipTests
fi

{
  echo "nproc: $(nproc)"
  lscpu | grep -E '^(Model name|Thread\(s\) per core|Core\(s\) per socket|Socket\(s\))' || true
  echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GB"}')"
  "$JAVA" -version 2>&1 | head -3
  echo "heap: -Xms$HEAP -Xmx$HEAP; run on $(date -u +%Y-%m-%dT%H:%MZ)"
} > "$OUT/machine.txt"

if [[ "${QUICK:-0}" == 1 ]]; then
  JMH=(-f 1 -wi 1 -i 1 -w 1s -r 1s -p dossiers=1000000)
  MEMORY=(1000000 100000)
else
  JMH=(-f 1 -wi 3 -i 5 -w 2s -r 2s)
  MEMORY=(10000000 1000000)
fi

"$JAVA" -jar "$JAR" BulkTallyBenchmark "${JMH[@]}" -jvmArgs "-Xms$HEAP -Xmx$HEAP -XX:+AlwaysPreTouch" \
  -rf json -rff "$OUT/bulk.json" "$@" | tee "$OUT/bulk.txt"
# The same comparison as users run it: the JVM's default heap, no pre-touch.
"$JAVA" -jar "$JAR" BulkTallyBenchmark "${JMH[@]}" \
  -e libraryDossiers -e handwrittenDossierLoop \
  -rf json -rff "$OUT/bulk-default.json" "$@" | tee "$OUT/bulk-default.txt"
"$JAVA" -jar "$JAR" CounterCountBenchmark "${JMH[@]}" -jvmArgs "-Xms$HEAP -Xmx$HEAP -XX:+AlwaysPreTouch" \
  -rf json -rff "$OUT/counters.json" "$@" | tee "$OUT/counters.txt"
"$JAVA" -jar "$JAR" ImportBenchmark "${JMH[@]}" -jvmArgs "-Xms$HEAP -Xmx$HEAP -XX:+AlwaysPreTouch" \
  -rf json -rff "$OUT/import.json" "$@" | tee "$OUT/import.txt"
"$JAVA" "-Xmx$HEAP" -cp "$JAR" io.github.motcua.kpi.bench.MemoryFootprint "${MEMORY[@]}" | tee "$OUT/memory.txt"

"$JAVA" -cp "$JAR" io.github.motcua.kpi.bench.ResultsTable "$OUT" benchmarks/README.md
echo "Results in $OUT and benchmarks/README.md (between the results markers)."
