#!/usr/bin/env bash
# Installs what is missing, builds with a CMake preset and runs every test of that build with ctest.
# Arguments are passed to ctest, e.g. `bash scripts/test.sh -R region`.
#
# Environment:
#   RELAWAS_PRESET      configure/build/test preset (default: ci; also asan, dev)
#   RELAWAS_BUILD_ROOT  build under $RELAWAS_BUILD_ROOT/<preset> instead of build/<preset> (for trying things out
#                       beside the normal build; ctest then runs with --output-on-failure instead of the test preset)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
preset="${RELAWAS_PRESET:-ci}"

bash "$repo_root/scripts/install-deps.sh"

cd "$repo_root"
test_presets="$(ctest --list-presets 2>&1 || true)"
if [[ $test_presets != *"\"$preset\""* ]]; then
    echo "test.sh: there is no test preset \"$preset\" in CMakePresets.json." >&2
    echo "$test_presets" >&2
    exit 1
fi

if [[ -n ${RELAWAS_BUILD_ROOT:-} ]]; then
    build_dir="$RELAWAS_BUILD_ROOT/$preset"
    configure_args=(-B "$build_dir")
    build_args=("$build_dir")
    # ctest 3.25 mixes up --preset and --test-dir (it writes into the preset's folder), so test the folder itself.
    test_args=(--test-dir "$build_dir" --output-on-failure)
else
    build_dir="$repo_root/build/$preset"
    configure_args=()
    build_args=(--preset "$preset")
    test_args=(--preset "$preset")
fi

# A configure step that failed half-way leaves a cache but no build.ninja: configure again then.
if [[ ! -f $build_dir/CMakeCache.txt || ! -f $build_dir/build.ninja ]]; then
    cmake --preset "$preset" "${configure_args[@]}"
fi
cmake --build "${build_args[@]}"
ctest "${test_args[@]}" "$@"
