#!/usr/bin/env bash
# Runs every bash block of the "From an empty folder to the CLI" section of docs/providers.md, in
# order, in a fresh folder, and checks that the CLI then shows the provider's data. Run by the
# examples module after every careerfit artifact is installed; also runnable by hand.
set -euo pipefail
export CAREERFIT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
mkdir -p "$work"
script="$work/walkthrough.sh"
awk '/^## From an empty folder to the CLI/{on=1; next} /^## /{on=0} on && /^```bash$/{inb=1; next} inb && /^```$/{inb=0; next} inb' \
    "$CAREERFIT/docs/providers.md" > "$script"
# Inside careerfit's own build the artifacts are already installed; installing again from there
# would run this very check again.
if [[ "${CAREERFIT_ALREADY_INSTALLED:-}" == 1 ]]; then
    sed -i '/-f "$CAREERFIT\/pom.xml" install/d' "$script"
fi
[[ -s "$script" ]] || { echo "provider-walkthrough: no bash blocks found in docs/providers.md" >&2; exit 1; }
out="$work/walkthrough.out"
(cd "$work" && bash -euo pipefail "$script") > "$out" 2>&1 || { cat "$out"; echo "provider-walkthrough: a command of docs/providers.md failed" >&2; exit 1; }
for expected in "analytics-engineer" "Toronto" "Acme Research (fictional)" "acme"; do
    grep -qF "$expected" "$out" || { cat "$out"; echo "provider-walkthrough: the CLI did not show '$expected'" >&2; exit 1; }
done
echo "provider-walkthrough: docs/providers.md works as written (in $work)"
