#!/usr/bin/env bash
# One-shot start-up: wall time of `advise profiles/article-baseline.yaml` from launch to exit,
# for the plain `java -jar` and for ./advisor (extracted jar, class data sharing, C1 only).
#
#   bench/startup.sh [runs]        default 10 runs of each, alternating
#
# Prints the machine, then median, min and max per launch, and keeps every run's time in
# bench/out/startup-<date>.txt. The first ./advisor call (build, extraction, archive) is made
# before timing starts and is not counted. Each run's answer is checked (exit 0, a first
# recommendation), so a fast failure cannot pass for a fast start.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-10}"
out="bench/out/startup-$(date +%Y%m%d-%H%M%S).txt"
mkdir -p bench/out
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
command=(advise profiles/article-baseline.yaml)

./advisor "${command[@]}" >/dev/null

# A fixed piece of CPU work, timed before and after: on a shared machine it shows how much
# the cores were slowed by others while the figures were taken.
reference_ms() {
    local start end i
    start=$(date +%s%N)
    for ((i = 0; i < 300000; i++)); do :; done
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
reference_before="$(reference_ms)"

machine() {
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
    echo "load average (1, 5, 15 min) before: $load_before"
    echo "reference loop (300,000 bash iterations) before: $reference_before ms"
}

# Milliseconds of one run; fails the script if the command did not answer.
time_one() {
    local start end answer
    start=$(date +%s%N)
    answer="$("$@" "${command[@]}" 2>/dev/null)"
    end=$(date +%s%N)
    if ! grep -q '^ *1  P' <<<"$answer"; then
        echo "no advice from: $*" >&2
        exit 1
    fi
    echo $(((end - start) / 1000000))
}

stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %d ms, min %d ms, max %d ms, runs %d\n", m, v[1], v[NR], NR }'
}

plain=()
fast=()
for ((i = 1; i <= runs; i++)); do
    plain+=("$(time_one java -Duser.home="$home" -jar target/token-stack-advisor.jar)")
    fast+=("$(time_one env JAVA_OPTS="-Duser.home=$home" ./advisor)")
done

{
    machine
    echo "load average (1, 5, 15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "reference loop after: $(reference_ms) ms"
    echo "command: ${command[*]}"
    echo "java -jar target/token-stack-advisor.jar: $(printf '%s\n' "${plain[@]}" | stats)"
    echo "./advisor: $(printf '%s\n' "${fast[@]}" | stats)"
    echo "plain runs (ms): ${plain[*]}"
    echo "./advisor runs (ms): ${fast[*]}"
} | tee "$out"
