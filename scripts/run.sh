#!/usr/bin/env bash
# Installs what is missing, builds the application (CMake preset "release"), prepares the database in the user's
# data folder and opens Relawas on it. Arguments are passed to the application.
#
# Environment:
#   RELAWAS_DB          database file (default: ${XDG_DATA_HOME:-~/.local/share}/Relawas/relawas.db)
#   RELAWAS_BUILD_ROOT  build under $RELAWAS_BUILD_ROOT/release instead of build/release
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset=release

bash "$repo_root/scripts/install-deps.sh"

cd "$repo_root"
if [[ -n ${RELAWAS_BUILD_ROOT:-} ]]; then
    build_dir="$RELAWAS_BUILD_ROOT/$preset"
    configure_args=(-B "$build_dir")
    build_args=("$build_dir")
else
    build_dir="$repo_root/build/$preset"
    configure_args=()
    build_args=(--preset "$preset")
fi

# A configure step that failed half-way leaves a cache but no build.ninja: configure again then.
if [[ ! -f $build_dir/CMakeCache.txt || ! -f $build_dir/build.ninja ]]; then
    cmake --preset "$preset" "${configure_args[@]}"
fi
cmake --build "${build_args[@]}"

db="${RELAWAS_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/Relawas/relawas.db}"
mkdir -p "$(dirname "$db")"
# Creates the database on first run and loads the official region list into it; on later runs it only checks it.
"$build_dir/src/cli/relawas-cli" --db "$db" init

app="$build_dir/src/app/relawas"
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): starting Relawas on a virtual display (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$app" --db "$db" "$@"
fi
exec "$app" --db "$db" "$@"
