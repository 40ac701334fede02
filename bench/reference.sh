# Sourced by the benchmark scripts. reference_ms times a fixed piece of CPU work: run before
# and after a benchmark, it shows how fast the (virtual, shared) cores ran while the figures
# were taken, so runs from different hours can be compared.
reference_ms() {
    local start end i
    start=$(date +%s%N)
    for ((i = 0; i < 300000; i++)); do :; done
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
