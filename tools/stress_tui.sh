#!/usr/bin/env bash
# Run the TUI tests repeatedly on a loaded machine: one CPU-burning process per
# core beside `pytest -n 2`, as on a busy two-core CI runner.
#
#   tools/stress_tui.sh [RUNS] [-- PYTEST_ARGS...]
#
# RUNS defaults to 5; PYTEST_ARGS default to `tests/tui`. Prints each run's pass
# and fail counts, the failed tests, and a last line
# `runs: N, failed runs: K, failed tests: M` (M counts failures over all runs).
# A failed run's whole pytest output (tracebacks included) is kept, and its
# path printed, so the failure can be read afterwards; passing runs keep nothing.
# Exits 0 only when no run failed.
set -u

runs=${1:-5}
shift $(($# > 0 ? 1 : 0))
[[ ${1:-} == "--" ]] && shift
targets=("$@")
((${#targets[@]})) || targets=(tests/tui)

if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [RUNS] [-- PYTEST_ARGS...]   (RUNS a positive whole number)" >&2
    exit 2
fi

cd "$(dirname "$0")/.." || exit 2

burners=()
stop_burners() {
    local pid
    for pid in "${burners[@]}"; do
        kill "$pid" 2>/dev/null
    done
    for pid in "${burners[@]}"; do
        wait "$pid" 2>/dev/null
    done
    burners=()
}
trap stop_burners EXIT
trap 'exit 130' INT TERM

cores=$(nproc)
for ((i = 0; i < cores; i++)); do
    # a busy loop in its own process; `exec` so the recorded pid is the loop itself
    bash -c 'exec python3 -c "while True: pass"' &
    burners+=($!)
done
echo "load: ${#burners[@]} CPU burners (nproc = $cores)"

log=$(mktemp)
failed_runs=0
failed_tests=0
for ((run = 1; run <= runs; run++)); do
    pytest -q -p no:cacheprovider -n 2 -rfE "${targets[@]}" >"$log" 2>&1
    code=$?
    summary=$(grep -E '^(=+ )?[0-9]+ (passed|failed)|(passed|failed|error).* in [0-9.]+s' "$log" | tail -1)
    passed=$(grep -oE '[0-9]+ passed' <<<"$summary" | grep -oE '[0-9]+' || true)
    failed=$(grep -oE '[0-9]+ failed' <<<"$summary" | grep -oE '[0-9]+' || true)
    errors=$(grep -oE '[0-9]+ errors?' <<<"$summary" | grep -oE '[0-9]+' || true)
    passed=${passed:-0}
    failed=$((${failed:-0} + ${errors:-0}))
    if ((code != 0 && failed == 0)); then
        failed=1 # pytest itself failed (collection, crash): count the run as one failure
        echo "run $run: pytest exit code $code without a failed test; its last lines:"
        tail -5 "$log"
    fi
    echo "run $run: passed $passed, failed $failed"
    grep -E '^(FAILED|ERROR) ' "$log" | sed 's/^/    /'
    if ((failed > 0)); then
        failed_runs=$((failed_runs + 1))
        failed_tests=$((failed_tests + failed))
        kept=$(mktemp --suffix=".stress-run$run.log")
        cp "$log" "$kept"
        echo "    its output: $kept"
    fi
done
rm -f "$log"
echo "runs: $runs, failed runs: $failed_runs, failed tests: $failed_tests"
((failed_runs == 0))
