#!/usr/bin/env bash
# Times the knowledge base rebuild (read + compile), the scenario run and a full reload in a
# warm JVM, and the used heap before and after the reloads. See BENCHMARKS.md.
#
# Usage: bench/rebuild-time.sh [ROUNDS]   (from the repository root)
set -euo pipefail

rounds=${1:-40}
./mvnw -B -q -DskipTests compile
[ -f target/classpath.txt ] || ./mvnw -B -q dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt

# Drools logs a class-reactivity hint per rule on every build; keep it off the report.
java -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" \
    -Dlogback.configurationFile=bench/quiet-logback.xml \
    bench/RebuildTiming.java rules pricing/catalog.yaml "$rounds"
