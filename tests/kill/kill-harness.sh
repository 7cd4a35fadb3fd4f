#!/usr/bin/env bash
# The kill harness: SIGKILLs `relawas-cli init`, `people import` and `demo generate` at random moments and checks,
# after every kill, that the database is sound and holds all of the interrupted write or none of it.
#
# Usage: kill-harness.sh [--short] CLI [KILLS]
#   CLI      the built relawas-cli
#   KILLS    how many kills in all, taken in turn by the three commands (default: 300, or 30 with --short; ctest
#            gives 30, and 15 in a sanitizer build)
#   --short  the run ctest makes: init loads only the regions of Sumatera Utara (a copy of the region package cut
#            down to province 12), the imports and demo runs write 200 people, not 3000
# Environment:
#   RELAWAS_REGION_DATA  the region package init loads, as for every other test (required)
#   RELAWAS_KILL_SEED    seed of the random delays; printed at the start. The same seed draws the same delays as
#                        fractions of the uncut times, which each run measures anew
#
# Each round starts the command in the background on a copy of a prepared database (init: on a path that does not
# exist yet), sleeps a random time, sends it SIGKILL and checks:
#   - the database, its -wal and -shm are mode 0600, and the folder init made is 0700;
#   - a copy of the database taken with its -wal, opened by the sqlite3 shell (which recovers the -wal), passes
#     PRAGMA integrity_check, PRAGMA foreign_key_check and the search index's own check;
#   - all or nothing: the people, roles and audit entries are exactly those from before the command or exactly those
#     an uncut run leaves (init: no regions, or every region of the list);
#   - the same command then runs to the end on the killed database itself (the CLI recovers the -wal this time),
#     succeeds, and leaves the database complete.
# Half the delays are drawn from 0 to 115 % of the time the command takes uncut, the other half from 55 % to 100 % of
# it, where the commands write; that time is measured first and kept up to date by the runs after the kills. A failed
# check prints the round, the command, the delay and what was wrong; the harness goes on and exits 1 at the end. The
# summary says where the kills landed: before the write, in it, after its commit or after the command had exited.
set -euo pipefail

short=0
if [[ ${1:-} == --short ]]; then
    short=1
    shift
fi
if (($# < 1 || $# > 2)); then
    echo "usage: $0 [--short] CLI [KILLS]" >&2
    exit 2
fi
cli="$(realpath "$1")"
kills="${2:-$((short ? 30 : 300))}"
if [[ ! -x $cli ]]; then
    echo "kill-harness: $cli is not an executable relawas-cli" >&2
    exit 2
fi
if [[ ! $kills =~ ^[0-9]+$ ]] || ((kills < 3)); then
    echo "kill-harness: KILLS must be a number of at least 3, not '$kills'" >&2
    exit 2
fi
if [[ -z ${RELAWAS_REGION_DATA:-} || ! -f $RELAWAS_REGION_DATA/package.json ]]; then
    echo "kill-harness: RELAWAS_REGION_DATA must name the region package init loads (the idn-area-data folder)" >&2
    exit 2
fi
if ! command -v sqlite3 >/dev/null; then
    echo "kill-harness: the sqlite3 shell is missing (apt-get install sqlite3)" >&2
    exit 2
fi

# The working kabupaten (Batu Bara), and the sizes of the writes: big enough in the full run that writing takes a
# good part of each command's time.
readonly kabupaten="12.19"
if ((short)); then
    base_people=100 import_people=200 demo_people=200
else
    base_people=1000 import_people=3000 demo_people=3000
fi

# A umask that lets others read: a file the CLI makes without asking for 0600 shows up as 0644.
umask 022

seed="${RELAWAS_KILL_SEED:-$((${EPOCHREALTIME//[!0-9]/} % 32768))}"
RANDOM=$seed

work="$(mktemp -d "${TMPDIR:-/tmp}/relawas-kill.XXXXXX")"
child=""
cleanup() {
    if [[ -n $child ]]; then
        kill -9 "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Milliseconds of wall-clock time, without starting a process.
now_ms() {
    local micros="${EPOCHREALTIME//[!0-9]/}"
    echo $((10#$micros / 1000))
}

# sql DB STATEMENTS: the sqlite3 shell's output, stopping at the first error.
sql() {
    sqlite3 -batch -bail "$1" "$2"
}

# The number of rows of TABLE in DB, 0 when the table does not exist (a database whose init was cut short).
count_rows() {
    local db="$1" table="$2"
    if [[ $(sql "$db" "SELECT count(*) FROM sqlite_schema WHERE name = '$table'") == 0 ]]; then
        echo 0
    else
        sql "$db" "SELECT count(*) FROM $table"
    fi
}

# What a people write leaves: living people, roles and audit entries, as one word to compare.
people_state() {
    sql "$1" "SELECT (SELECT count(*) FROM person WHERE deleted_at IS NULL) || '/' || (SELECT count(*) FROM person_role)
              || '/' || (SELECT count(*) FROM audit_log)"
}

# The number of living people of a people_state.
people_of() {
    echo "${1%%/*}"
}

# Prints nothing when DB is sound, else what is wrong.
integrity_problems() {
    local db="$1" checks="PRAGMA integrity_check; PRAGMA foreign_key_check;" result
    # The FTS5 search index has a check of its own, which writes nothing; an init cut short may not have made it yet.
    if [[ $(sql "$db" "SELECT count(*) FROM sqlite_schema WHERE name = 'person_search'") == 1 ]]; then
        checks+=" INSERT INTO person_search (person_search) VALUES ('integrity-check');"
    fi
    if ! result="$(sql "$db" "$checks" 2>&1)"; then
        echo "a check failed: $result"
    elif [[ $result != ok ]]; then
        echo "integrity_check / foreign_key_check: $result"
    fi
}

# Prints the files of DB (the database, -wal, -shm) whose mode is not 0600.
public_files() {
    local db="$1" suffix mode
    for suffix in "" -wal -shm; do
        if [[ -e $db$suffix ]]; then
            mode="$(stat -c %a "$db$suffix")"
            [[ $mode == 600 ]] || echo "$(basename "$db$suffix") is $mode"
        fi
    done
}

# The bytes from OFFSET to OFFSET + COUNT of FILE in hex, without spaces.
hex_bytes() {
    od -A n -t x1 -v -j "$2" -N "$3" "$1" | tr -d ' \n'
}

# Says whether the -wal WAL ends inside a transaction: its last frame of the current generation (the salt of the
# header) is not a commit frame. Then the kill cut a write on its way to disk, and recovery must drop those frames.
# Frames from before a checkpoint restarted the file carry an older salt and are passed over.
wal_ends_mid_transaction() {
    local wal="$1" header page_size salt frame_size frame size
    size="$(stat -c %s "$wal" 2>/dev/null || echo 0)"
    ((size >= 32)) || return 1
    header="$(hex_bytes "$wal" 8 16)" # page size, checkpoint sequence, the two salts
    [[ $header =~ ^[0-9a-f]{32}$ ]] || return 1
    page_size=$((16#${header:0:8}))
    salt="${header:16:16}"
    ((page_size >= 512)) || return 1
    frame_size=$((24 + page_size))
    for ((frame = (size - 32) / frame_size - 1; frame >= 0; frame--)); do
        header="$(hex_bytes "$wal" $((32 + frame * frame_size)) 16)" # page number, commit size, salts
        [[ $header =~ ^[0-9a-f]{32}$ ]] || return 1
        if [[ ${header:16:16} == "$salt" ]]; then
            [[ ${header:8:8} == 00000000 ]]
            return
        fi
    done
    return 1
}

# The last lines a command printed, indented, for a failure message.
tail_of() {
    tail -n 5 "$1" | sed 's/^/      /'
}

# draw_delay UNCUT_MS NEAR_END: sets delay_ms to a random delay in milliseconds: when NEAR_END is 0 from 0 to 115 %
# of UNCUT_MS (before, during and after the command's work), else from 55 % to 100 % of it, where the commands write.
# It sets a variable rather than printing: a $(...) subshell would draw from a reseeded RANDOM, and RELAWAS_KILL_SEED
# would not give the same delays again.
draw_delay() {
    local uncut_ms="$1" near_end="$2" draw=$((RANDOM * 32768 + RANDOM))
    if ((near_end)); then
        delay_ms=$((uncut_ms * 55 / 100 + draw % (uncut_ms * 45 / 100 + 1)))
    else
        delay_ms=$((draw % (uncut_ms * 115 / 100 + 1)))
    fi
}

# Seconds for sleep(1), from milliseconds.
seconds_of() {
    printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000))
}

# ---- Preparation: uncut runs give the expected results and the times to spread the kills over ----

echo "Kill harness: $kills kills$( ((short)) && echo " (short run)"), seed $seed (RELAWAS_KILL_SEED=$seed draws the" \
    "same delays, as fractions of the uncut times), $cli"
prep="$work/prep"
mkdir -p "$prep"

if ((short)); then
    # The region package cut down to Sumatera Utara: the same files and the same reader, a fourteenth of the rows.
    mkdir -p "$prep/regions/data"
    cp "$RELAWAS_REGION_DATA/package.json" "$prep/regions/"
    for file in provinces regencies districts villages; do
        grep -E '^(code,|12[.,])' "$RELAWAS_REGION_DATA/data/$file.csv" >"$prep/regions/data/$file.csv"
    done
    export RELAWAS_REGION_DATA="$prep/regions"
fi

# A run that is to be killed need not look for leaks as it exits (a sanitizer build): that only lengthens the time
# after its work in which a kill can land. The runs that time the commands do the same; the other preparation steps
# and the other tests look for leaks.
cut_env=(env "ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0")

# setup_run LOG ARGS...: a preparation step that must succeed. With CUT=1 in its environment: run as the cut runs.
setup_run() {
    local log="$1" run=("$cli")
    shift
    if ((${CUT:-0})); then run=("${cut_env[@]}" "$cli"); fi
    if ! "${run[@]}" "$@" >"$log" 2>&1; then
        echo "kill-harness: preparation failed: relawas-cli $*" >&2
        cat "$log" >&2
        exit 2
    fi
}

# uncut FROM DB ARGS...: runs the command to the end twice, as the cut runs run, each time on a fresh copy of FROM
# (none: on no database), and prints the faster time in milliseconds, as the first run also pays for cold caches.
uncut() {
    local from="$1" db="$2" fastest="" start elapsed
    shift 2
    for _ in 1 2; do
        rm -f "$db" "$db-wal" "$db-shm"
        [[ $from == none ]] || cp "$from" "$db"
        start=$(now_ms)
        CUT=1 setup_run "$db.log" --db "$db" "$@"
        elapsed=$(($(now_ms) - start))
        if [[ -z $fastest ]] || ((elapsed < fastest)); then fastest=$elapsed; fi
    done
    echo "$fastest"
}

init_ms="$(uncut none "$prep/init.db" init --kabupaten "$kabupaten")"
ref_regions="$(count_rows "$prep/init.db" region)"
ref_version="$(sql "$prep/init.db" "PRAGMA user_version")"
if ((ref_regions == 0)); then
    echo "kill-harness: an uncut init loaded no regions from $RELAWAS_REGION_DATA" >&2
    exit 2
fi

# The database the import and demo rounds start from: the region list and some people already there.
cp "$prep/init.db" "$prep/base.db"
setup_run "$prep/base.log" --db "$prep/base.db" demo generate --people "$base_people" --seed 1
before="$(people_state "$prep/base.db")"

# The spreadsheet: other demo people, listed with their full NIKs, which `people import` takes back in.
cp "$prep/init.db" "$prep/source.db"
setup_run "$prep/source.log" --db "$prep/source.db" demo generate --people "$import_people" --seed 2
csv="$prep/people.csv"
if ! "$cli" --db "$prep/source.db" people list --csv --full-nik >"$csv" 2>"$prep/list.log"; then
    echo "kill-harness: preparation failed: people list --csv --full-nik" >&2
    cat "$prep/list.log" >&2
    exit 2
fi

cp "$prep/base.db" "$prep/dry.db"
setup_run "$prep/dry.log" --db "$prep/dry.db" people import --dry-run "$csv"
if ! grep -q "without --dry-run $import_people people would be imported" "$prep/dry.log"; then
    echo "kill-harness: the dry run does not take all $import_people people of the file:" >&2
    tail -n 3 "$prep/dry.log" >&2
    exit 2
fi

import_ms="$(uncut "$prep/base.db" "$prep/import.db" people import "$csv")"
import_after="$(people_state "$prep/import.db")"

demo_ms="$(uncut "$prep/base.db" "$prep/demo.db" demo generate --people "$demo_people" --seed 3)"
demo_after="$(people_state "$prep/demo.db")"

for expected in "people import:$import_after:$import_people" "demo generate:$demo_after:$demo_people"; do
    IFS=: read -r what state added <<<"$expected"
    if (($(people_of "$state") != $(people_of "$before") + added)); then
        echo "kill-harness: an uncut $what added $(($(people_of "$state") - $(people_of "$before"))), not $added" >&2
        exit 2
    fi
done
echo "Uncut runs: init $init_ms ms ($ref_regions regions), people import $import_ms ms ($import_people people)," \
    "demo generate $demo_ms ms ($demo_people people)."
echo "People/roles/audit entries: before $before, after the import $import_after, after demo generate $demo_after."

# ---- The rounds ----

commands=(init import demo)
declare -A label=([init]="init" [import]="people import" [demo]="demo generate")
# Where each kill landed: before the write reached the disk, in the middle of writing it, after it committed while
# the command still ran (checkpointing, closing), or after the command had exited.
declare -A rounds=() before_write=() in_write=() after_commit=() after_exit=() failures=()
for name in "${commands[@]}"; do
    rounds[$name]=0 before_write[$name]=0 in_write[$name]=0 after_commit[$name]=0 after_exit[$name]=0 failures[$name]=0
done

round=0
name=""
delay_ms=0
uncut_ms=1
# How long each command takes uncut, in milliseconds: measured in the preparation, then kept up to date by the runs
# after the kills, as the load of the machine changes.
declare -A uncut=([init]=$init_ms [import]=$import_ms [demo]=$demo_ms)
round_failed=0

# fail WHAT...: reports a failed check of the current round.
fail() {
    echo "FAIL round $round, ${label[$name]}, killed after $delay_ms ms ($((delay_ms * 100 / uncut_ms)) % of an" \
        "uncut run): $*"
    round_failed=1
}

# kept DB: prints what the killed command left in the copy DB: none, all or partial.
kept() {
    local db="$1" regions lists state
    if [[ $name == init ]]; then
        regions=0 lists=0
        if [[ -e $db ]]; then
            regions="$(count_rows "$db" region)"
            lists="$(count_rows "$db" code_list)"
        fi
        if ((regions == 0 && lists == 0)); then
            echo none
        elif ((regions == ref_regions && lists == 1)); then
            # init writes the region list and its settings in one transaction: the kabupaten comes with the regions.
            if [[ -z $(sql "$db" "SELECT value FROM setting WHERE key = 'working_kabupaten'") ]]; then
                echo "partial: every region but no working kabupaten"
            else
                echo all
            fi
        else
            echo "partial: $regions regions and $lists region lists (uncut: $ref_regions and 1)"
        fi
    else
        state="$(people_state "$db")"
        local after="$import_after"
        [[ $name == demo ]] && after="$demo_after"
        if [[ $state == "$before" ]]; then
            echo none
        elif [[ $state == "$after" ]]; then
            echo all
        else
            echo "partial: people/roles/audit entries $state, neither before ($before) nor after ($after)"
        fi
    fi
}

for ((round = 1; round <= kills; round++)); do
    name="${commands[$(((round - 1) % ${#commands[@]}))]}"
    round_failed=0
    dir="$work/round"
    rm -rf "$dir"
    mkdir -p "$dir/copy"
    case "$name" in
    init)
        db="$dir/data/relawas.db" # in a folder that does not exist yet: init makes it, private
        args=(init --kabupaten "$kabupaten")
        ;;
    import)
        db="$dir/relawas.db"
        args=(people import "$csv")
        ;;
    demo)
        db="$dir/relawas.db"
        args=(demo generate --people "$demo_people" --seed 3)
        ;;
    esac
    [[ $name == init ]] || cp "$prep/base.db" "$db"
    uncut_ms=${uncut[$name]}
    draw_delay "$uncut_ms" $((rounds[$name] % 2))
    rounds[$name]=$((rounds[$name] + 1))

    # The cut: start, wait, SIGKILL. wait gives 137 (128 + 9) when the kill landed while the command ran.
    "${cut_env[@]}" "$cli" --db "$db" "${args[@]}" >"$dir/killed.log" 2>&1 &
    child=$!
    sleep "$(seconds_of "$delay_ms")"
    kill -9 "$child" 2>/dev/null || true
    status=0
    { wait "$child"; } 2>/dev/null || status=$? # without bash's "Killed" notice
    child=""
    if ((status != 0 && status != 137)); then
        fail "the command failed on its own (exit $status):"$'\n'"$(tail_of "$dir/killed.log")"
    fi

    # Modes right after the kill, before anything else opens the files.
    problems="$(public_files "$db")"
    [[ -z $problems ]] || fail "not private after the kill: ${problems//$'\n'/, }"
    if [[ -d $dir/data && $(stat -c %a "$dir/data") != 700 ]]; then
        fail "the folder init made is $(stat -c %a "$dir/data"), not 700"
    fi
    cut_in_write=0
    if wal_ends_mid_transaction "$db-wal"; then cut_in_write=1; fi

    # A copy with the -wal as the kill left it: the sqlite3 shell recovers it; the original is left for the CLI.
    copy="$dir/copy/relawas.db"
    for suffix in "" -wal -shm; do
        if [[ -e $db$suffix ]]; then cp "$db$suffix" "$copy$suffix"; fi
    done
    if [[ -e $copy ]]; then
        problems="$(integrity_problems "$copy")"
        [[ -z $problems ]] || fail "after the kill: $problems"
    fi
    outcome="$(kept "$copy")"
    case "$outcome" in
    none)
        if ((cut_in_write)); then
            in_write[$name]=$((in_write[$name] + 1))
        else
            before_write[$name]=$((before_write[$name] + 1))
        fi
        ;;
    all)
        if ((status == 137)); then
            after_commit[$name]=$((after_commit[$name] + 1))
        else
            after_exit[$name]=$((after_exit[$name] + 1))
        fi
        ;;
    *) fail "not all or nothing: $outcome" ;;
    esac
    if [[ $outcome == none && $status == 0 ]]; then
        fail "the command exited 0 but its write is not in the database"
    fi

    # The same command again, to the end, on the killed database itself: the interrupted run must not block it.
    killed_people=0
    if [[ $name != init ]]; then killed_people="$(people_of "$(people_state "$copy")")"; fi
    # It runs as the cut runs do, so that its time is theirs (under AddressSanitizer: without the leak check, which
    # the other tests make).
    start=$(now_ms)
    if ! timeout 300 "${cut_env[@]}" "$cli" --db "$db" "${args[@]}" >"$dir/rerun.log" 2>&1; then
        fail "the run after the kill failed:"$'\n'"$(tail_of "$dir/rerun.log")"
    else
        # When it did the whole work again, its time goes into the time the next delays are drawn from.
        if [[ $name == demo || $outcome == none ]]; then
            uncut[$name]=$(((uncut[$name] + $(now_ms) - start) / 2))
        fi
        problems="$(public_files "$db")"
        [[ -z $problems ]] || fail "not private after the next run: ${problems//$'\n'/, }"
        problems="$(integrity_problems "$db")"
        [[ -z $problems ]] || fail "after the next run: $problems"
        case "$name" in
        init)
            # (|| true: a query that fails leaves its part empty, and the comparison reports it)
            complete="$(count_rows "$db" region)/$(count_rows "$db" code_list)/$(sql "$db" "PRAGMA user_version")" ||
                true
            complete+="/$(sql "$db" "SELECT value FROM setting WHERE key = 'working_kabupaten'")" || true
            [[ $complete == "$ref_regions/1/$ref_version/$kabupaten" ]] ||
                fail "init after the kill left regions/region lists/schema version/kabupaten $complete," \
                    "not $ref_regions/1/$ref_version/$kabupaten"
            ;;
        import)
            # Whatever the killed import kept, the file's people are all there, once.
            people="$(people_of "$(people_state "$db")")"
            ((people == $(people_of "$import_after"))) ||
                fail "after the next import $people people, not $(people_of "$import_after")"
            ;;
        demo)
            people="$(people_of "$(people_state "$db")")"
            ((people == killed_people + demo_people)) ||
                fail "the next demo generate took $killed_people people to $people," \
                    "not $((killed_people + demo_people))"
            ;;
        esac
    fi
    if ((round_failed)); then
        failures[$name]=$((failures[$name] + 1))
    fi
    if ((round % 30 == 0 && round < kills)); then
        echo "... $round of $kills kills done"
    fi
done

# ---- Summary ----

echo
row() {
    printf '%-14s %6s %13s %9s %13s %11s %9s\n' "$@"
}
row command kills before-write in-write after-commit after-exit failures
totals=(0 0 0 0 0 0)
for name in "${commands[@]}"; do
    counts=("${rounds[$name]}" "${before_write[$name]}" "${in_write[$name]}" "${after_commit[$name]}"
        "${after_exit[$name]}" "${failures[$name]}")
    row "${label[$name]}" "${counts[@]}"
    for i in "${!counts[@]}"; do
        totals[i]=$((totals[i] + counts[i]))
    done
done
row total "${totals[@]}"
cat <<'EOF'
before-write: killed before its transaction reached the -wal; nothing kept.
in-write:     the -wal ended inside the command's transaction; recovery dropped it, nothing kept.
after-commit: everything kept; killed while the command still ran (checkpoint, closing).
after-exit:   the command had exited before the kill.
EOF
echo "Uncut times at the end: init ${uncut[init]} ms, people import ${uncut[import]} ms, demo generate" \
    "${uncut[demo]} ms."
echo "Seed $seed, $SECONDS s in all."
if ((totals[5] > 0)); then
    echo "FAILED: ${totals[5]} of ${totals[0]} rounds (seed $seed)"
    exit 1
fi
echo "All ${totals[0]} rounds passed: integrity ok, all or nothing, private files, the next run completes."
