#!/usr/bin/env bash
# CPU per advice in a warm JVM, one thread: N generated one-model profiles advised ROUNDS
# times; the last rounds show the settled figure. JAVA_OPTS picks the compiler, for example
# JAVA_OPTS=-XX:TieredStopAtLevel=1 for C1 alone. See BENCHMARKS.md, "Many teams".
#
# Usage: bench/advice-loop.sh [N] [ROUNDS]   (defaults 3000 and 25; from the repository root)
set -euo pipefail

n=${1:-3000}
rounds=${2:-25}
./mvnw -B -q -DskipTests compile
[ -f target/classpath.txt ] || ./mvnw -B -q dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt
profiles=$(mktemp)
trap 'rm -f "$profiles"' EXIT
python3 bench/gen_profiles.py "$n" "$profiles"
# Drools logs a class-reactivity hint per rule on every build; keep it off the report.
java -XX:+UseSerialGC ${JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath.txt)" \
    -Dlogback.configurationFile=bench/quiet-logback.xml \
    bench/AdviceLoop.java "$profiles" "$rounds"
