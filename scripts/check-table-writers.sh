#!/usr/bin/env bash
# Every table has one writer. docs/architecture.md lists it ("Who writes each table"); this check fails when any other
# file under src/ writes the table (INSERT INTO, REPLACE INTO, UPDATE ... SET, DELETE FROM), when a file writes a table
# the list does not know, or when SQL names its table at run time. The migration ladder builds the tables and is left
# out.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
doc="$repo_root/docs/architecture.md"
cd "$repo_root"

declare -A writer=()
# The rows of the table under the heading: | `table` | `src/...` | why |
while IFS='|' read -r _ table file _; do
    table="${table//[\` ]/}"
    file="${file//[\` ]/}"
    [[ -n $table && -n $file ]] && writer[$table]="$file"
done < <(awk '/^## Who writes each table/ {inside = 1; next} /^## / {inside = 0} inside && /^\| `/' "$doc")

if ((${#writer[@]} == 0)); then
    echo "check-table-writers: no table list found under '## Who writes each table' in docs/architecture.md" >&2
    exit 1
fi
for table in "${!writer[@]}"; do
    if [[ ! -f ${writer[$table]} ]]; then
        echo "check-table-writers: the writer of $table, ${writer[$table]}, does not exist" >&2
        exit 1
    fi
done

failures=0
while IFS= read -r hit; do
    file="${hit%%:*}"
    rest="${hit#*:}"
    line="${rest%%:*}"
    statement="${rest#*:}"
    table="$(sed -E 's/^(INSERT INTO|REPLACE INTO|DELETE FROM|UPDATE)[[:space:]]+//; s/[[:space:](].*$//' <<<"$statement")"
    if [[ $table == "{}" || $table == *"{"* ]]; then
        echo "$file:$line: the table is named at run time ($statement): write each table through its owner" >&2
        failures=$((failures + 1))
    elif [[ -z ${writer[$table]+set} ]]; then
        echo "$file:$line: writes $table, which docs/architecture.md does not list under 'Who writes each table'" >&2
        failures=$((failures + 1))
    elif [[ ${writer[$table]} != "$file" ]]; then
        echo "$file:$line: writes $table, whose one writer is ${writer[$table]}" >&2
        failures=$((failures + 1))
    fi
done < <(grep -rnoE --include='*.cpp' --include='*.h' \
    '(INSERT INTO|REPLACE INTO|DELETE FROM)[[:space:]]+[A-Za-z_{}]+|UPDATE[[:space:]]+[A-Za-z_{}]+[[:space:]]+SET' \
    src | grep -v '^src/core/storage/migrations/')

checked=$(printf '%s\n' "${!writer[@]}" | wc -l)
if ((failures > 0)); then
    echo "check-table-writers: $failures write(s) outside their table's one writer" >&2
    exit 1
fi
echo "check-table-writers: each of $checked tables is written by its one writer only"
