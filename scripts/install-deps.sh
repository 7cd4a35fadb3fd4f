#!/usr/bin/env bash
# Installs what Relawas needs on Debian 12 (bookworm), and only what is missing, so it is safe to run every time:
#   1. the Debian packages for building, testing and running the app (apt-get, through sudo when not root);
#   2. the official region list, npm package idn-area-data 4.0.1, into third_party/idn-area-data/node_modules;
#   3. the icons of the screens and actions, npm package @tabler/icons 3.52.0 (MIT, outline SVGs), into
#      third_party/tabler-icons/node_modules (only the icons src/gui/CMakeLists.txt names are compiled in).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
region_dir="$repo_root/third_party/idn-area-data"
region_package="$region_dir/node_modules/idn-area-data"
installed_lock="$region_dir/node_modules/.package-lock.json"

readonly region_version="4.0.1"
# The integrity the npm registry publishes for idn-area-data@4.0.1 (`npm view idn-area-data@4.0.1 dist.integrity`).
# package-lock.json must record exactly this, because `npm ci` checks the downloaded tarball against the lock file.
readonly region_integrity="sha512-PhNSIl5T7swVwwWxJOFMtCaeHAF9TUu0HLDf+36EIWZro9j7au83AFIJiBQGL+iRsBDA2OlpJ5fjiqxNYndzOQ=="

icons_dir="$repo_root/third_party/tabler-icons"
icons_package="$icons_dir/node_modules/@tabler/icons"
icons_installed_lock="$icons_dir/node_modules/.package-lock.json"
readonly icons_version="3.52.0"
# `npm view @tabler/icons@3.52.0 dist.integrity`, checked the same way as the region list's.
readonly icons_integrity="sha512-dldKlJNfO/gZnGLcIY0X2EFFKIMGwL/rEvTqglvBgAPFiwj9pZOCN5V3Sf0Gyjq6foX4VQmLdOmsS4w5FdWKAw=="

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format
    # Qt 6 Widgets, Charts, Svg, translations tools; the platform plugins (xcb, offscreen) ship in libqt6gui6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-qpa-plugins libgl-dev
    # libraries of the core
    libsqlitecpp-dev libsqlite3-dev sqlite3 nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev
    libphonenumber-dev libsodium-dev libssl-dev libqrencode-dev libxlsxwriter-dev uuid-dev libzip-dev libpugixml-dev
    # tests
    catch2
    # the printouts' tests read the PDFs back (pdfinfo, pdftotext, pdftoppm)
    poppler-utils
    # the fuzz targets (scripts/fuzz.sh): clang with libFuzzer's runtime, which clang only recommends
    clang libclang-rt-14-dev
    # a virtual display and fonts, so the app and its screenshots work on a machine without a desktop
    xvfb xauth xfonts-base fonts-dejavu-core
)

die() {
    echo "install-deps.sh: $*" >&2
    exit 1
}

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "installing packages needs root: run this script as root, or install sudo"
    fi
}

is_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]
}

# Prints the value at a dotted path of a JSON file, or nothing when the file or the value is missing.
json_value() {
    node -e '
        const fs = require("fs");
        const [file, ...path] = process.argv.slice(1);
        let value;
        try {
            value = JSON.parse(fs.readFileSync(file, "utf8"));
            for (const key of path) value = value == null ? undefined : value[key];
        } catch (e) {
            value = undefined;
        }
        if (typeof value === "string") process.stdout.write(value);
    ' "$@"
}

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || die "this script expects Debian 12 (dpkg and apt-get were not found)"

    local missing=() package
    for package in "${packages[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    # Node.js may come from elsewhere (e.g. NodeSource, which bundles npm), so look for the command, not a package.
    if ! command -v npm >/dev/null 2>&1; then
        missing+=(nodejs npm)
    fi

    if ((${#missing[@]} == 0)); then
        echo "All system packages present."
        return
    fi
    echo "Installing missing system packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Fails unless the given lock file pins the published tarball of idn-area-data.
require_pinned_integrity() {
    local lock="$1" recorded
    [[ -f $lock ]] || die "${lock#"$repo_root"/} is missing"
    recorded="$(json_value "$lock" packages node_modules/idn-area-data integrity)"
    if [[ $recorded != "$region_integrity" ]]; then
        die "integrity of idn-area-data in ${lock#"$repo_root"/} is '${recorded:-<none>}'," \
            "expected the published $region_integrity - the region list cannot be trusted; not continuing"
    fi
}

installed_region_version() {
    json_value "$region_package/package.json" version
}

# npm records what it installed in node_modules/.package-lock.json; a copy from another lock file is not ours.
region_list_present() {
    [[ $(installed_region_version) == "$region_version" && -f $region_package/data/villages.csv ]] || return 1
    [[ ! -f $installed_lock ]] ||
        [[ $(json_value "$installed_lock" packages node_modules/idn-area-data integrity) == "$region_integrity" ]]
}

install_region_list() {
    require_pinned_integrity "$region_dir/package-lock.json"
    if region_list_present; then
        echo "Region list idn-area-data $region_version present."
        return
    fi

    echo "Installing the region list idn-area-data $region_version (npm ci, checked against package-lock.json)"
    # The package's "engines" (node >= 22) concern its JavaScript API; Relawas only reads its CSV files.
    (cd "$region_dir" && npm ci --ignore-scripts --no-audit --no-fund --engine-strict=false)

    require_pinned_integrity "$region_dir/package-lock.json"
    if [[ -f $installed_lock ]]; then
        require_pinned_integrity "$installed_lock"
    fi
    local version
    version="$(installed_region_version)"
    [[ $version == "$region_version" ]] ||
        die "npm installed idn-area-data '${version:-<nothing>}', expected $region_version"
    [[ -f $region_package/data/villages.csv ]] ||
        die "${region_package#"$repo_root"/}/data/villages.csv is missing after npm ci"
    echo "Region list idn-area-data $region_version installed."
}

# Fails unless the given lock file pins the published tarball of @tabler/icons.
require_pinned_icons() {
    local lock="$1" recorded
    [[ -f $lock ]] || die "${lock#"$repo_root"/} is missing"
    recorded="$(json_value "$lock" packages node_modules/@tabler/icons integrity)"
    if [[ $recorded != "$icons_integrity" ]]; then
        die "integrity of @tabler/icons in ${lock#"$repo_root"/} is '${recorded:-<none>}'," \
            "expected the published $icons_integrity; not continuing"
    fi
}

icons_present() {
    [[ $(json_value "$icons_package/package.json" version) == "$icons_version" &&
        -f $icons_package/icons/outline/users.svg ]] || return 1
    [[ ! -f $icons_installed_lock ]] ||
        [[ $(json_value "$icons_installed_lock" packages node_modules/@tabler/icons integrity) == "$icons_integrity" ]]
}

install_icons() {
    require_pinned_icons "$icons_dir/package-lock.json"
    if icons_present; then
        echo "Icons @tabler/icons $icons_version present."
        return
    fi

    echo "Installing the icons @tabler/icons $icons_version (npm ci, checked against package-lock.json)"
    (cd "$icons_dir" && npm ci --ignore-scripts --no-audit --no-fund)

    require_pinned_icons "$icons_dir/package-lock.json"
    if [[ -f $icons_installed_lock ]]; then
        require_pinned_icons "$icons_installed_lock"
    fi
    icons_present || die "npm did not install @tabler/icons $icons_version into ${icons_package#"$repo_root"/}"
    echo "Icons @tabler/icons $icons_version installed."
}

install_system_packages
install_region_list
install_icons
