#!/usr/bin/env bash
# Batch throughput and memory for N generated one-model profiles, two ways:
#
# 1. the one-shot command `java -Xmx512m -jar target/token-stack-advisor.jar advise --batch
#    FILE --format csv`, timed from launch to exit, with the fixed cost of a run (start-up
#    and rules, measured on one profile) so the rate after start-up can be told apart;
# 2. `POST /api/v1/advise/batch` on a running `serve` (-Xmx512m), once it has advised one
#    batch of the largest size untimed: CSV (Accept: text/csv) and JSON lines (full advice).
#
# Every run checks that each profile got its row or line. Memory: peak resident memory of the
# command's JVMs for (1), and one run of the largest size in a 96 MB heap, which memory that
# grew with the batch would not fit; for (2), the server's resident high-water mark and its
# heap in use after a full collection (jcmd), after every run.
#
# The launcher runs a batch of fewer than 60,000 profiles on the C1 compiler alone and a larger
# one with both compilers; COMPILERS=1 also times each size with each choice forced, which is
# where that threshold comes from.
#
# usage: bench/batch.sh [N ...]   (default: 10000 100000); RUNS (3) runs per size and way.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(10000 100000)
runs=${RUNS:-3}
jar=target/token-stack-advisor.jar
if [[ ! -f $jar ]] || [[ -n $(find pom.xml src rules pricing -newer "$jar" -print -quit) ]]; then
  echo "building $jar" >&2
  ./mvnw -q -B package -DskipTests
fi
out=$(mktemp -d)
server=""
stop_server() {
  if [[ -n $server ]]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
}
trap 'stop_server; rm -rf "$out"' EXIT

# shellcheck source=bench/common.sh
source bench/common.sh
printf 'machine: %s cores, %s, %s\n' "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')" \
  "$(java -version 2>&1 | head -1)"
printf 'load average before: %s; reference loop (300,000 shell iterations): %s ms\n' \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(reference_ms)"

python3 bench/gen_profiles.py 1 "$out/one.jsonl"
largest=0
for n in "${sizes[@]}"; do
  python3 bench/gen_profiles.py "$n" "$out/p-$n.jsonl"
  (( n > largest )) && largest=$n
done

rate() { echo "$1 / $2" | bc -l; }

echo "== one-shot: java -Xmx512m -jar $jar advise --batch FILE --format csv"
command_run() {
  /usr/bin/time -f '%e %M' -o "$out/time" java -Xmx512m -jar "$jar" advise --batch "$1" \
    --format csv > "$out/rows.csv"
}
# The first call may prepare the fast start for this JDK; it is not timed.
command_run "$out/one.jsonl"
command_run "$out/one.jsonl"
read -r fixed _ < "$out/time"
printf 'fixed cost of a run (one profile): %s s\n' "$fixed"
printf '%8s %4s %9s %10s %16s %12s\n' profiles run seconds profiles/s after_start/s \
  peak_rss_MB
for n in "${sizes[@]}"; do
  for run in $(seq 1 "$runs"); do
    command_run "$out/p-$n.jsonl"
    read -r secs kb < "$out/time"
    rows=$(($(wc -l < "$out/rows.csv") - 1))
    [ "$rows" -eq "$n" ] || { echo "expected $n rows, got $rows" >&2; exit 1; }
    printf '%8d %4d %9.2f %10.0f %16.0f %12.0f\n' "$n" "$run" "$secs" "$(rate "$n" "$secs")" \
      "$(rate "$n" "($secs - $fixed)")" "$(rate "$kb" 1024)"
  done
done

# If memory grew with the batch, the largest one would not fit in a heap this small.
command_small_heap() {
  /usr/bin/time -f '%e %M' -o "$out/time" java -Xmx96m -jar "$jar" advise --batch "$1" \
    --format csv > "$out/rows.csv"
}
command_small_heap "$out/p-$largest.jsonl"
read -r secs kb < "$out/time"
rows=$(($(wc -l < "$out/rows.csv") - 1))
[ "$rows" -eq "$largest" ] || { echo "expected $largest rows, got $rows" >&2; exit 1; }
printf 'in a 96 MB heap (-Xmx96m): %d profiles in %.2f s, peak RSS %.0f MB\n' "$largest" \
  "$secs" "$(rate "$kb" 1024)"

if [[ ${COMPILERS:-} == 1 ]]; then
  echo "== one-shot with the compilers forced (user options come after the launcher's)"
  printf '%8s %-22s %4s %9s %10s\n' profiles compilers run seconds profiles/s
  for n in "${sizes[@]}"; do
    for run in $(seq 1 "$runs"); do
      for level in 1 4; do
        /usr/bin/time -f '%e' -o "$out/time" java -Xmx512m -XX:TieredStopAtLevel=$level \
          -jar "$jar" advise --batch "$out/p-$n.jsonl" --format csv > "$out/rows.csv"
        read -r secs < "$out/time"
        name="C1 only"
        [[ $level == 4 ]] && name="C1 then C2 (tiered)"
        printf '%8d %-22s %4d %9.2f %10.0f\n' "$n" "$name" "$run" "$secs" "$(rate "$n" "$secs")"
      done
    done
  done
fi

echo "== running server: POST /api/v1/advise/batch (serve, -Xmx512m)"
port=$(free_port)
base="http://127.0.0.1:$port"
SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$port java -Xmx512m -jar "$jar" serve </dev/null \
  > "$out/server.log" 2>&1 &
server=$!
wait_ready "$base" "$server" "$out/server.log"
# Prints "seconds answers": the answer is counted as it streams, not kept.
post() { # accept file
  local answers
  answers=$(curl -sS -f -o - -w '%{stderr}%{time_total}' \
    -H 'Content-Type: application/x-ndjson' -H "Accept: $1" --data-binary "@$2" \
    "$base/api/v1/advise/batch" 2> "$out/seconds" | wc -l)
  echo "$(cat "$out/seconds") $answers"
}
# Heap in use after a full collection: what the server holds on to, whatever it has advised.
live_heap_mb() {
  jcmd "$server" GC.run > /dev/null
  echo "$(jcmd "$server" GC.heap_info | grep -o -m1 'used [0-9]*K' | tr -dc 0-9) / 1024" | bc -l
}
high_water_mb() {
  echo "$(awk '/VmHWM/ {print $2}' "/proc/$server/status") / 1024" | bc -l
}
read -r warm _ <<<"$(post text/csv "$out/p-$largest.jsonl")"
printf 'warm-up: %d profiles as CSV in %.2f s; server high-water mark %.0f MB, live heap %.0f MB\n' \
  "$largest" "$warm" "$(high_water_mb)" "$(live_heap_mb)"
printf '%8s %-10s %4s %9s %10s %15s %13s\n' profiles format run seconds profiles/s \
  high_water_MB live_heap_MB
for n in "${sizes[@]}"; do
  for format in text/csv application/x-ndjson; do
    for run in $(seq 1 "$runs"); do
      read -r secs lines <<<"$(post "$format" "$out/p-$n.jsonl")"
      # CSV: a header, then a row per profile; JSON lines: a line per profile, then the summary.
      [ "$((lines - 1))" -eq "$n" ] || { echo "expected $n answers, got $((lines - 1))" >&2; exit 1; }
      printf '%8d %-10s %4d %9.2f %10.0f %15.0f %13.1f\n' "$n" "${format#*/}" "$run" \
        "$secs" "$(rate "$n" "$secs")" "$(high_water_mb)" "$(live_heap_mb)"
    done
  done
done
printf 'reference loop after: %s ms\n' "$(reference_ms)"
