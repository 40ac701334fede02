#!/usr/bin/env bash
# Batch throughput and memory: advise N generated one-model profiles with
# `advise --batch FILE --format csv` and report profiles per second and peak resident memory,
# for the plain `java -jar` and for the ./advisor launcher (C1 compiler only), both with a
# 512 MB heap cap.
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
launch() {
  case "$1" in
    java) java -Xmx512m -jar "$jar" advise --batch "$2" --format csv ;;
    ./advisor) JAVA_OPTS=-Xmx512m ./advisor advise --batch "$2" --format csv ;;
  esac
}
# time(1) runs programs, not functions: hand it a shell that knows this one.
export -f launch
export jar
python3 bench/gen_profiles.py 1 "$out/one.jsonl"
for sizes_n in "${sizes[@]}"; do
  python3 bench/gen_profiles.py "$sizes_n" "$out/p-$sizes_n.jsonl"
done
for how in java ./advisor; do
  # The fixed cost of a run (JVM start, rule build) measured on a single profile, so the
  # rate after start-up can be told apart from the whole run's. The first call also lets
  # ./advisor prepare its launch, untimed.
  launch "$how" "$out/one.jsonl" > /dev/null
  /usr/bin/time -f '%e' -o "$out/time" bash -c 'launch "$@"' _ "$how" "$out/one.jsonl" \
    > /dev/null
  fixed=$(cat "$out/time")
  printf '== %s; fixed cost of a run (one profile): %s s\n' "$how" "$fixed"
  printf '%8s %4s %9s %10s %16s %12s\n' profiles run seconds profiles/s after_start/s \
    peak_rss_MB
  for n in "${sizes[@]}"; do
    for run in $(seq 1 "$runs"); do
      /usr/bin/time -f '%e %M' -o "$out/time" bash -c 'launch "$@"' _ "$how" \
        "$out/p-$n.jsonl" > "$out/rows.csv"
      read -r secs kb < "$out/time"
      rows=$(($(wc -l < "$out/rows.csv") - 1))
      [ "$rows" -eq "$n" ] || { echo "expected $n rows, got $rows" >&2; exit 1; }
      printf '%8d %4d %9.2f %10.0f %16.0f %12.0f\n' "$n" "$run" "$secs" \
        "$(echo "$n / $secs" | bc -l)" "$(echo "$n / ($secs - $fixed)" | bc -l)" \
        "$(echo "$kb / 1024" | bc -l)"
    done
  done
done
