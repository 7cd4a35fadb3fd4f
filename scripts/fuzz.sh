#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (preset `fuzz`: clang, AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs each for SECONDS (default 600), one after the other, on a copy of its seed corpus: the committed corpus in
# tests/fuzz/corpus never grows. Prints per target the runs, coverage, speed and result; the exit status is non-zero
# when any target found a crash, a sanitizer report, a leak, an input slower than 1 s or one needing more than 256 MB.
#
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. `bash scripts/fuzz.sh 15` (CI), `bash scripts/fuzz.sh`
#
# Environment:
#   RELAWAS_FUZZ_OUT    where the runs go (default build/fuzz/runs/<date>-<time>): per target the grown corpus, the
#                       log, and the input of every finding (crash-*, leak-*, timeout-*, oom-*), which
#                       `build/fuzz/tests/fuzz/<target> <file>` runs again.
#   RELAWAS_FUZZ_FLAGS  more libFuzzer options, e.g. "-fork=1 -ignore_crashes=1" to go on past a finding that is
#                       known and not fixed yet (the summary then shows the last status line only).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

seconds="${1:-600}"
if [[ ! $seconds =~ ^[0-9]+$ ]] || ((seconds == 0)); then
    echo "fuzz.sh: SECONDS must be a positive number of seconds, not '$seconds'" >&2
    exit 2
fi
shift $(($# > 0 ? 1 : 0))

# Each target, the longest input it is given and its dictionary. The CSV reader's inputs may pass 64 KB, the chunk
# the decoder and the delimiter sniffing read; an XLSX seed is 1-7 KB; a NIK or a phone number fits in 256 bytes.
declare -A max_len=(
    [fuzz_csv_reader]=131072
    [fuzz_xlsx_reader]=65536
    [fuzz_xlsx_parts]=65536
    [fuzz_import_rows]=16384
    [fuzz_nik_phone]=256
    [fuzz_region_list]=16384
    [fuzz_report_reader]=65536
)
declare -A dictionary=(
    [fuzz_csv_reader]=import.dict
    [fuzz_xlsx_reader]=xlsx.dict
    [fuzz_xlsx_parts]=xlsx.dict
    [fuzz_import_rows]=import.dict
    [fuzz_report_reader]=report.dict
)
all_targets=(fuzz_csv_reader fuzz_xlsx_reader fuzz_xlsx_parts fuzz_import_rows fuzz_nik_phone fuzz_region_list
    fuzz_report_reader)
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=("${all_targets[@]}")
fi
for target in "${targets[@]}"; do
    if [[ -z ${max_len[$target]:-} ]]; then
        echo "fuzz.sh: no fuzz target '$target'; the targets are: ${all_targets[*]}" >&2
        exit 2
    fi
done

# The limits of every run. An input may take 1 s and 256 MB: -malloc_limit_mb catches one allocation past 256 MB,
# -rss_limit_mb the whole process. ASan keeps freed memory in a quarantine to catch use after free, 256 MB of it by
# default, which alone would fill the limit; 32 MB still catches a use right after a free.
readonly limit_mb=256
export ASAN_OPTIONS="quarantine_size_mb=32:detect_leaks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
# The import and NIK targets check against the real code list, found as the tests find it.
export RELAWAS_REGION_DATA="${RELAWAS_REGION_DATA:-$repo_root/third_party/idn-area-data/node_modules/idn-area-data}"

bash "$repo_root/scripts/install-deps.sh"

build_dir="$repo_root/build/fuzz"
if [[ ! -f $build_dir/CMakeCache.txt || ! -f $build_dir/build.ninja ]]; then
    cmake --preset fuzz
fi
cmake --build --preset fuzz

out="${RELAWAS_FUZZ_OUT:-$build_dir/runs/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

# The value of a libFuzzer final statistic ("stat::peak_rss_mb: 118"), or "-".
final_stat() {
    local value
    value="$(sed -n "s/^stat::$1: *//p" "$2" | tail -n 1)"
    echo "${value:--}"
}

# A field of libFuzzer's last status line ("#123 DONE cov: 594 ft: 1832 corp: 299/3347b ..."), or "-".
status() {
    local value
    value="$(grep -E '^#[0-9]+' "$2" | tail -n 1 | sed -n "s/.* $1: \([^ ]*\).*/\1/p")"
    echo "${value:--}"
}

found=()
results=()
for target in "${targets[@]}"; do
    echo
    echo "==== $target: ${seconds} s"
    corpus="$out/$target/corpus"
    findings="$out/$target/findings"
    log="$out/$target/fuzz.log"
    mkdir -p "$corpus" "$findings"
    cp -R "$repo_root/tests/fuzz/corpus/$target/." "$corpus/"
    options=(-max_total_time="$seconds" -timeout=1 -rss_limit_mb="$limit_mb" -malloc_limit_mb="$limit_mb"
        -max_len="${max_len[$target]}" -artifact_prefix="$findings/" -print_final_stats=1)
    if [[ -n ${dictionary[$target]:-} ]]; then
        options+=(-dict="$repo_root/tests/fuzz/dict/${dictionary[$target]}")
    fi
    # shellcheck disable=SC2206 # split on purpose: one word per option
    options+=(${RELAWAS_FUZZ_FLAGS:-})
    start=$SECONDS
    status_code=0
    "$build_dir/tests/fuzz/$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status_code=$?
    elapsed=$((SECONDS - start))

    # What was found, by kind: "1 crash, 3 timeout".
    kinds="$(find "$findings" -type f -printf '%f\n' | sed 's/-.*//' | sort | uniq -c |
        awk '{ printf "%s%s %s", sep, $1, $2; sep = ", " }')"
    if ((status_code == 0)) && [[ -z $kinds ]]; then
        result="ok"
    else
        result="FOUND: ${kinds:-exit status $status_code, see $log}"
        found+=("$target")
        # The report: what the sanitizer or libFuzzer said, and where.
        grep -E -A 12 'ERROR: |runtime error:|expectation failed|SUMMARY:' "$log" | head -n 40 || true
    fi
    grep -E '^#[0-9]+.*(INITED|DONE)' "$log" || true
    results+=("$(printf '%-18s %5s %10s %8s %6s %7s %9s %6s  %s' "$target" "$elapsed" \
        "$(final_stat number_of_executed_units "$log")" "$(final_stat average_exec_per_sec "$log")" \
        "$(status cov "$log")" "$(status ft "$log")" "$(status corp "$log")" "$(final_stat peak_rss_mb "$log")" \
        "$result")")
done

echo
echo "==== Fuzzing, ${seconds} s per target (runs in $out)"
printf '%-18s %5s %10s %8s %6s %7s %9s %6s  %s\n' target s runs execs/s cov ft corpus rss_mb result
printf '%s\n' "${results[@]}"
if ((${#found[@]} > 0)); then
    echo "fuzz.sh: findings in: ${found[*]} (inputs under $out/<target>/findings)" >&2
    exit 1
fi
