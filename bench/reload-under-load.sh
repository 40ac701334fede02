#!/usr/bin/env bash
# Starts `serve` on a copy of ./rules and ./pricing, loads it with concurrent requests while
# bench/ReloadUnderLoad.java flips a rule file between two versions (and now and then saves
# one that does not build), and checks that no request failed and no answer mixed versions.
#
# Usage: bench/reload-under-load.sh [SECONDS] [CLIENTS] [FLIP_MS]   (from the repository root)
set -euo pipefail

seconds=${1:-30}
clients=${2:-8}
flip_ms=${3:-2000}
port=${PORT:-18089}

[ -f target/token-stack-advisor.jar ] || ./mvnw -B -q -DskipTests package
[ -f target/classpath.txt ] || ./mvnw -B -q dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt

work=$(mktemp -d)
cp -r rules "$work/rules"
mkdir -p "$work/pricing" && cp pricing/catalog.yaml "$work/pricing/catalog.yaml"

java -Dadvisor.rules-dir="$work/rules" -Dadvisor.pricing-file="$work/pricing/catalog.yaml" \
     -Dserver.port="$port" -Dlogging.file.name="$work/serve.log" \
     -jar target/token-stack-advisor.jar serve > "$work/console.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

# Ready once the rules endpoint answers and the start-up scenario check is on record.
for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/api/v1/rules" 2>/dev/null \
            | grep -q '"succeeded":true'; then
        break
    fi
    sleep 1
done

status=0
java -cp "target/classes:$(cat target/classpath.txt)" bench/ReloadUnderLoad.java \
    "http://127.0.0.1:$port" "$work/rules" "$work/pricing/catalog.yaml" \
    "$seconds" "$clients" "$flip_ms" || status=$?
echo "reloads the service logged:"
echo "  put in force: $(grep -cE 'in force: version' "$work/serve.log" || true)"
echo "  refused:      $(grep -cE 'Rules not reloaded' "$work/serve.log" || true)"
grep -E 'in force: version|Rules not reloaded' "$work/serve.log" \
    | sed -E 's/.*(in force: version|Rules not reloaded)/  \1/' | cut -c1-110 | head -40
exit "$status"
