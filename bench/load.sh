#!/usr/bin/env bash
# HTTP advise throughput: starts `serve` on a free loopback port, warms it up, runs wrk
# against POST /api/v1/advise with a one-model profile, prints requests/s and p50/p99 per
# run and their median, with the server's CPU time per request, then stops the server.
#
# Settings (environment): RUNS (3), DURATION (30s), WARMUP (120s), THREADS (1),
# CONNECTIONS (8), JAVA_OPTS (options for the server's JVM, none by default). Output and
# the server log go to bench/out/.
#
# The warm-up is long on purpose: on two cores the JIT compilers share the CPU with the
# load, and server CPU per request kept falling for about two minutes (3.4 ms after 20 s,
# 0.8 ms after 120 s). A shorter warm-up measures the compiler, not the service.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-120s}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-8}
read -r -a JVM <<<"${JAVA_OPTS:-}"
JAR=target/token-stack-advisor.jar
OUT=bench/out
mkdir -p "$OUT"

if [[ ! -f $JAR ]] || [[ -n $(find pom.xml src rules pricing -newer "$JAR" -print -quit) ]]; then
  echo "building $JAR" >&2
  mvn -B -q package -DskipTests
fi

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)" >&2
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -q && $SUDO apt-get install -y -q wrk
fi

# shellcheck source=bench/common.sh
source bench/common.sh
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

SERVER_ADDRESS=127.0.0.1 SERVER_PORT=$PORT java "${JVM[@]}" -jar "$JAR" serve </dev/null \
  >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
wait_ready "$BASE" "$SERVER" "$OUT/server.log"

echo "== machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "memory: $(free -g | awk '/^Mem:/ {print $2 " GiB"}'); $(java -version 2>&1 | head -1)"
echo "$(wrk --version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# wrk prints latencies as 850.00us, 3.45ms or 1.02s; the summary wants milliseconds.
to_ms() {
  awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/) v *= 1000;
         printf "%.2f\n", v }'
}

WRK=(wrk -t"$THREADS" -c"$CONNECTIONS" --latency -s bench/advise.lua)
"${WRK[@]}" -d"$WARMUP" "$BASE/api/v1/advise" >"$OUT/warmup.txt"

# CPU the server spent (user + system), in clock ticks. On a shared machine requests/s
# moves with everyone else's load; CPU time per request does much less, and 2 cores divided
# by it bounds what the server alone could do on two idle cores.
TICK=$(getconf CLK_TCK)
server_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }

echo "== $RUNS runs of $DURATION, $THREADS wrk thread(s), $CONNECTIONS connections"
printf '%-4s %12s %10s %10s %6s %14s\n' run "requests/s" "p50 ms" "p99 ms" bad \
  "server CPU ms"
: >"$OUT/summary.txt"
for run in $(seq 1 "$RUNS"); do
  before=$(server_ticks)
  "${WRK[@]}" -d"$DURATION" "$BASE/api/v1/advise" >"$OUT/run-$run.txt"
  after=$(server_ticks)
  rps=$(awk '/^Requests\/sec/ {print $2}' "$OUT/run-$run.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$OUT/run-$run.txt" | to_ms)
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/run-$run.txt" | to_ms)
  bad=$(awk '/^bad responses/ {print $3}' "$OUT/run-$run.txt")
  requests=$(awk '/requests in/ {print $1}' "$OUT/run-$run.txt")
  cpu=$(awk -v t=$((after - before)) -v hz="$TICK" -v n="$requests" \
    'BEGIN { printf "%.3f", t * 1000 / hz / n }')
  printf '%-4s %12s %10s %10s %6s %14s\n' "$run" "$rps" "$p50" "$p99" "$bad" "$cpu"
  echo "$rps $p50 $p99 $cpu" >>"$OUT/summary.txt"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() {
  sort -n | awk '{ v[NR] = $1 } END { printf "%s (min %s, max %s)", v[int((NR + 1) / 2)],
    v[1], v[NR] }'
}
echo "median requests/s: $(cut -d' ' -f1 "$OUT/summary.txt" | median)"
echo "median p50 ms: $(cut -d' ' -f2 "$OUT/summary.txt" | median)"
echo "median p99 ms: $(cut -d' ' -f3 "$OUT/summary.txt" | median)"
echo "median server CPU ms per request: $(cut -d' ' -f4 "$OUT/summary.txt" | median)"
