#!/usr/bin/env bash
# Every error the core throws reaches the user in their language: each code written as Error(kind, "domain.code", ...)
# under src/core must have its text in src/gui/common/ErrorText.cpp, or the window would say "Unexpected error" and
# the English message. Codes made at run time (region-list, validation and Kampung rules) are translated elsewhere.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

thrown=$(grep -rhoE 'Error\(ErrorKind::[A-Za-z]+, *"[a-z_]+\.[a-z_]+"' src/core | grep -oE '"[a-z_.]+"' | sort -u)
texts=$(grep -hoE '^\s*\{"[a-z_]+\.[a-z_]+"' src/gui/common/ErrorText.cpp | grep -oE '"[a-z_.]+"' | sort -u)
missing=$(comm -23 <(echo "$thrown") <(echo "$texts"))
if [[ -n $missing ]]; then
    echo "check-error-texts: these error codes have no text in src/gui/common/ErrorText.cpp:" >&2
    echo "$missing" >&2
    exit 1
fi
echo "check-error-texts: $(echo "$thrown" | wc -l) error codes, each with its text"
