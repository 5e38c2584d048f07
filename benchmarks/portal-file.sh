#!/usr/bin/env bash
# A national-portal NDJSON file of N dossiers for the end-to-end measurement of `kpi evaluate`: the
# twelve records of examples/national-portal-dossiers.ndjson repeated, each MaHoSo made distinct.
#   benchmarks/portal-file.sh 10000000 /tmp/d7.ndjson      # about 4.4 GB
#   JAVA_OPTS=-Xmx256m /usr/bin/time -v ./kpi evaluate --directive qt2023 --dossiers /tmp/d7.ndjson \
#     --procedures examples/procedures.csv --agencies examples/agencies.csv --format json > /dev/null
set -euo pipefail
n=${1:?number of dossiers}
out=${2:?output file}
cd "$(dirname "$0")/.."
awk -v n="$n" 'NF { line[k++] = $0 }
  END {
    for (i = 0; i < n; i++) {
      s = line[i % k]
      sub(/"MaHoSo": "[^"]*/, "&-" int(i / k), s)
      print s
    }
  }' examples/national-portal-dossiers.ndjson > "$out"
