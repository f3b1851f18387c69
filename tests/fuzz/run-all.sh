#!/bin/sh
# Runs every libFuzzer target for a bounded time and prints what each did.
#
#   cmake --preset fuzz && cmake --build build/fuzz --target fuzz_all -j2
#   tests/fuzz/run-all.sh [SECONDS_PER_TARGET]     (default 60)
#
# Each target starts from its seeds in tests/fuzz/corpus/<target>/ (read-only: new inputs go to a
# scratch corpus under $FUZZ_WORK, default /tmp/minh-fuzz) and from every saved crash input in
# tests/data/fuzz-regressions/<target>/. A crash leaves crash-* files in $FUZZ_WORK/<target>/;
# copy each one into tests/data/fuzz-regressions/<target>/ once fixed, so tst_fuzzregressions
# keeps it fixed. Exit status 1 when any target crashed.
set -u
seconds=${1:-60}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD:-$source_dir/build/fuzz}
work=${FUZZ_WORK:-/tmp/minh-fuzz}
export QT_QPA_PLATFORM=offscreen MINH_LANG=en
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$source_dir/tests/sanitizers/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
printf '%-16s %8s %10s %8s %6s %s\n' target seconds execs exec/s cov result
for target in framework_file evidence_code school_file judgement_json package_file; do
    program=$build/tests/fuzz/fuzz_$target
    if [ ! -x "$program" ]; then
        echo "missing $program: build the fuzz preset first" >&2
        exit 2
    fi
    mkdir -p "$work/$target/corpus" "$work/$target/artifacts"
    regressions=$source_dir/tests/data/fuzz-regressions/$target
    [ -d "$regressions" ] || regressions=
    log=$work/$target/log.txt
    # Seeds of a few KB; -max_len bounds what the fuzzer makes from them.
    "$program" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
        -artifact_prefix="$work/$target/artifacts/" \
        "$work/$target/corpus" "$source_dir/tests/fuzz/corpus/$target" $regressions >"$log" 2>&1
    code=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    crashes=$(ls "$work/$target/artifacts" 2>/dev/null | wc -l)
    if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        result="FOUND $crashes input(s) in $work/$target/artifacts (log $log)"
        status=1
    else
        result=clean
    fi
    printf '%-16s %8s %10s %8s %6s %s\n' "$target" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "$result"
done
exit $status
