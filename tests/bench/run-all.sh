#!/bin/sh
# Runs every benchmark in tests/bench/ on generated schools at 1×, 4× and 16× the data and prints
# one table: operation, scale, Minh's time, the reference tool's time on the same data in the same
# run, their ratio, the issue's target, the peak memory of the process; then how each cost grows.
#
#   cmake --preset release && cmake --build build/release --target benchmarks -j2
#   tests/bench/run-all.sh
#
# Environment: BENCH_BUILD (build/release), BENCH_WORK (/tmp/minh-bench; needs about 12 GB free at
# 16×), BENCH_SCALES ("1 4 16"), BENCH_ITEMS (items at 1×, 125) and BENCH_MIB (MiB of evidence
# files at 1×, 256): 16× is the opening benchmark of issue 4, 2,000 items and 4 GiB of files.
# Generated schools are kept in BENCH_WORK and reused by the next run.
set -eu
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=${BENCH_BUILD:-$source_dir/build/release}
work=${BENCH_WORK:-/tmp/minh-bench}
scales=${BENCH_SCALES:-"1 4 16"}
items=${BENCH_ITEMS:-125}
mib=${BENCH_MIB:-256}
export QT_QPA_PLATFORM=offscreen MINH_LANG=en
mkdir -p "$work"
results=$work/results.txt
# BENCH_REPORT_ONLY=1 prints the table of the last run again without measuring.
if [ -z "${BENCH_REPORT_ONLY:-}" ]; then
: > "$results"

school() { # scale → path, generated once
    path=$work/school-${1}x.minh
    if [ ! -f "$path" ]; then
        "$build/tests/minh-synth" "$path" --items $((items * $1)) --mib $((mib * $1)) >&2
    fi
    echo "$path"
}
warmup=$work/warm-up.minh
[ -f "$warmup" ] || "$build/tests/minh-synth" "$warmup" --items 5 --mib 1 >/dev/null 2>&1

for scale in $scales; do
    file=$(school "$scale")
    size=$(stat -c %s "$file")
    for op in open evaluate check json extract; do
        set -- $("$build/tests/bench/bench_school" --school "$file" --operation $op --dir "$work")
        echo "$op $scale $2 $3 $4 $size" >> "$results"
    done
    set -- $("$build/tests/bench/bench_open" --school "$file" --warm-up "$warmup")
    echo "window $scale $2 $3 $5 $4 $6" >> "$results"
    "$build/tests/bench/bench_evidence" --size-mib $((mib / 4 * scale)) --dir "$work/evidence" > "$work/evidence.txt" || true
    awk -F'|' -v s="$scale" '/^import|^extract all/ { gsub(/ +$/, "", $1); gsub(/ /, "_", $1);
        printf "evidence-%s %s %s %s %s 0\n", $1, s, $2 + 0, $4 + 0, $7 + 0 }' "$work/evidence.txt" >> "$results"
    rm -rf "$work/evidence"
done
fi

printf '| %-22s | %5s | %9s | %-26s | %8s | %-30s | %-18s | %7s |\n' operation scale "Minh s" reference "ref s" ratio target "peak MB"
echo '|---|---|---|---|---|---|---|---|'
awk '
function target(op) {
    if (op == "evidence-import") return "ratio ≤ 2.0";
    if (op == "evidence-extract_all") return "ratio ≤ 1.5";
    if (op == "window") return "read < 1% of file";
    return "none stated";
}
function reference(op) {
    if (op == "window" || op == "open" || op == "check") return "sqlite3: read metadata";
    if (op == "json") return "sqlite3 -json: metadata";
    if (op == "extract") return "sqlite3: chunks→/dev/null";
    if (op ~ /^evidence/) return "cp -r + sha256sum";
    return "-";
}
{
    op = $1; scale = $2; minh = $3; ref = $4; peak = $5;
    if (op == "open") opened[scale] = ref;
    if (op == "window") {
        # $4 is the bytes read by the process, $7 by the GUI thread, $6 the file size; the
        # reference is the sqlite3 read of "open"
        ref = opened[scale];
        ratio = sprintf("%s read %.3f%% (GUI thread %.3f%%) of %.0f MB", ref > 0 ? sprintf("%.2f,", minh / ref) : "",
                        100 * $4 / $6, 100 * $7 / $6, $6 / 1e6);
    } else {
        ratio = ref > 0 ? sprintf("%.2f", minh / ref) : "-";
    }
    refcol = (ref > 0) ? sprintf("%.3f", ref) : "-";
    printf "| %-22s | %4s× | %9.3f | %-26s | %8s | %-30s | %-18s | %7.0f |\n", op, scale, minh, reference(op),
           refcol, ratio, target(op), peak;
}' "$results"
growth() { # from-scale to-scale
    echo
    echo "Growth, ${1}× → ${2}× (the data grows $(($2 / $1))×; \"linear\" means the time grew at most 1.25 × as much):"
    awk -v a="$1" -v b="$2" '
    { t[$1, $2] = $3; if (!($1 in seen)) { seen[$1] = 1; names[++n] = $1 } }
    END {
        for (i = 1; i <= n; ++i) {
            op = names[i]; if (t[op, a] <= 0) continue;
            g = t[op, b] / t[op, a]; d = b / a;
            verdict = g <= d * 1.25 ? (g < d * 0.5 ? "sublinear" : "linear") : "WORSE than linear";
            printf "  %-22s %8.3f s → %8.3f s: ×%.1f  %s\n", op, t[op, a], t[op, b], g, verdict;
        }
    }' "$results"
}
set -- $scales
growth "$1" "$(echo $scales | awk '{print $NF}')"
# At the smallest scale fixed costs (starting, opening, the first flush) can dominate; the last two
# scales show how the cost grows with the data alone.
if [ $# -ge 3 ]; then
    growth "$(echo $scales | awk '{print $(NF-1)}')" "$(echo $scales | awk '{print $NF}')"
fi

