#!/usr/bin/env bash
# One-shot start-up: wall time of `advise profiles/article-baseline.yaml` from launch to exit.
#
#   bench/startup.sh [runs]        default 10 runs of each launch, interleaved
#
# Launches compared (all `java -jar target/token-stack-advisor.jar advise ...`):
#   java -jar              as users run it: the command is handed to a second JVM started
#                          with the fast start the build prepared (class data sharing, or an
#                          ahead-of-time cache on JDK 25 and later), compiled rules kept
#                          between runs
#   rules compiled         the same with the compiled-rules cache switched off, so the rules
#                          are compiled in every run (what the first run after an edit does)
#   fast start off         -Dadvisor.fast-start=off: the command runs in the JVM that was
#                          launched, as a plain Spring Boot jar would
#   JDK N                  java -jar on another JDK, when STARTUP_JDK names its home; its
#                          fast start is prepared by the untimed first run
#
#   STARTUP_JDK=/usr/lib/jvm/temurin-25-jdk-amd64 bench/startup.sh 10
#
# Prints the machine, then median, min and max per launch, and keeps everything in
# bench/out/startup-<date>.txt. Each launch runs once untimed first (the compiled-rules
# cache, another JDK's fast start). Every answer is checked (a first recommendation), so a
# fast failure cannot pass for a fast start. Runs use a temporary home: no log or history of
# yours is touched.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-10}"
out="bench/out/startup-$(date +%Y%m%d-%H%M%S).txt"
mkdir -p bench/out
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
jar=target/token-stack-advisor.jar
[[ -f $jar ]] || ./mvnw -q -B package -DskipTests
command=(advise profiles/article-baseline.yaml)
names=("java -jar" "java -jar, rules compiled" "java -jar, fast start off")
if [[ -n "${STARTUP_JDK:-}" ]]; then
    names+=("java -jar, JDK $("$STARTUP_JDK/bin/java" -XshowSettings:properties -version 2>&1 \
        | awk -F' = ' '/java.specification.version/ {print $2}')")
fi
launches=$(seq 0 $((${#names[@]} - 1)))

# Each launch has a home of its own: compiled rules are kept per JDK, and one JDK's entry
# replaces the other's.
launch() {
    case "$1" in
        0) java -Duser.home="$home/0" -jar "$jar" "${command[@]}" ;;
        1) java -Duser.home="$home/1" -Dadvisor.shell.rules-cache=off -jar "$jar" \
            "${command[@]}" ;;
        2) java -Duser.home="$home/2" -Dadvisor.fast-start=off -jar "$jar" "${command[@]}" ;;
        3) "$STARTUP_JDK/bin/java" -Duser.home="$home/3" -Dadvisor.fast-start=auto \
            -jar "$jar" "${command[@]}" ;;
    esac
}

# shellcheck source=bench/common.sh
source bench/common.sh

# Milliseconds of one run; fails the script if the command did not answer.
time_one() {
    local start end answer
    start=$(date +%s%N)
    answer="$(launch "$1" 2>/dev/null)"
    end=$(date +%s%N)
    if ! grep -q '^ *1  P' <<<"$answer"; then
        echo "no advice from: ${names[$1]}" >&2
        exit 1
    fi
    echo $(((end - start) / 1000000))
}

stats() {
    tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %d ms, min %d ms, max %d ms, runs %d", m, v[1], v[NR], NR }'
}

for l in $launches; do
    launch "$l" >/dev/null
done
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
reference_before="$(reference_ms)"

times=("" "" "" "")
for ((r = 1; r <= runs; r++)); do
    for l in $launches; do
        times[l]+="$(time_one "$l") "
    done
done

{
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "jdk: $(java -version 2>&1 | head -2 | tail -1)"
    [[ -n "${STARTUP_JDK:-}" ]] && echo "other jdk: $("$STARTUP_JDK/bin/java" -version 2>&1 | head -2 | tail -1)"
    echo "load average (1, 5, 15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "reference loop (300,000 bash iterations): $reference_before ms before, $(reference_ms) ms after"
    echo "command: ${command[*]}"
    for l in $launches; do
        echo "${names[$l]}: $(stats <<<"${times[$l]% }")"
    done
    for l in $launches; do
        echo "${names[$l]} runs (ms): ${times[$l]% }"
    done
} | tee "$out"
