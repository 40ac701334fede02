#!/usr/bin/env bash
# Batch throughput and memory: advise N generated one-model profiles with
# `advise --batch FILE --format csv` and report profiles per second and peak resident memory.
# usage: bench/batch.sh [N ...]   (default: 10000 100000); runs each size RUNS times (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000}")
[ $# -eq 0 ] && sizes=(10000 100000)
runs=${RUNS:-3}
jar=target/token-stack-advisor.jar
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 'machine: %s cores, %s, %s\n' "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
  "$(java -version 2>&1 | head -1)"
printf 'load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
# The fixed cost of a run (JVM start, rule build) measured on a single profile, so the rate
# after start-up can be told apart from the whole run's.
python3 bench/gen_profiles.py 1 "$out/one.jsonl"
/usr/bin/time -f '%e' -o "$out/time" java -Xmx512m -jar "$jar" advise --batch "$out/one.jsonl" \
  --format csv > /dev/null
fixed=$(cat "$out/time")
printf 'fixed cost of a run (one profile): %s s\n' "$fixed"
printf '%8s %4s %9s %10s %16s %12s\n' profiles run seconds profiles/s after_start/s peak_rss_MB
for n in "${sizes[@]}"; do
  python3 bench/gen_profiles.py "$n" "$out/p.jsonl"
  for run in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %M' -o "$out/time" \
      java -Xmx512m -jar "$jar" advise --batch "$out/p.jsonl" --format csv > "$out/rows.csv"
    read -r secs kb < "$out/time"
    rows=$(($(wc -l < "$out/rows.csv") - 1))
    [ "$rows" -eq "$n" ] || { echo "expected $n rows, got $rows" >&2; exit 1; }
    printf '%8d %4d %9.2f %10.0f %16.0f %12.0f\n' "$n" "$run" "$secs" \
      "$(echo "$n / $secs" | bc -l)" "$(echo "$n / ($secs - $fixed)" | bc -l)" \
      "$(echo "$kb / 1024" | bc -l)"
  done
done
