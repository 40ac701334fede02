# Sourced by the benchmark scripts (from the repository root).

# reference_ms times a fixed piece of CPU work: run before and after a benchmark, it shows how
# fast the (virtual, shared) cores ran while the figures were taken, so runs from different
# hours can be compared.
reference_ms() {
    local start end i
    start=$(date +%s%N)
    for ((i = 0; i < 300000; i++)); do :; done
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

# free_port prints a loopback port nobody holds right now; the kernel picks it.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); \
print(s.getsockname()[1]); s.close()'
}

# wait_ready BASE PID LOG returns once the server at BASE reports ready, and fails, naming
# its log, if the process PID exits first or is not ready within five minutes.
wait_ready() {
    local base=$1 pid=$2 log=$3
    for _ in $(seq 1 600); do
        if [[ $(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness") \
            == 200 ]]; then
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "server exited; see $log" >&2
            return 1
        fi
        sleep 0.5
    done
    echo "server not ready after five minutes; see $log" >&2
    return 1
}
