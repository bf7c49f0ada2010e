#!/usr/bin/env bash
# Counts the public API of every published careerfit jar: public types (top-level or nested in public
# types, in packages the jar's module exports without qualification; every package of a jar without a
# module-info) and their public members (constructors, methods, fields, enum constants, as javap -public
# lists them), and the abstract methods of FitScorer. Reads the class files only, so it needs the jars
# and a JDK, nothing on the class path.
#   ./mvnw -q -DskipTests install && benchmarks/api-surface.sh            # every module's target/ jar
#   benchmarks/api-surface.sh path/to/a.jar ...                           # given jars
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

jars=("$@")
if (( ${#jars[@]} == 0 )); then
  # Published modules only: benchmarks, architecture and fuzz tests and the examples are not deployed.
  while IFS= read -r jar; do jars+=("$jar"); done < <(find "$root" -path "*/target/careerfit-*[0-9]*.jar" \
      ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' \
      ! -path '*/benchmarks/*' ! -path '*/architecture-tests/*' ! -path '*/fuzz-tests/*' ! -path '*/examples/*' \
      ! -path '*/validation/*' | sort)
fi

printf '%-40s %6s %8s\n' module types members
total_types=0
total_members=0
for jar in "${jars[@]}"; do
  name="$(basename "$jar" .jar)"
  name="${name%-[0-9]*}"
  described="$(jar --describe-module --file "$jar" 2>/dev/null || true)"
  if grep -q '^exports\|^requires' <<<"$described" && ! grep -q 'automatic' <<<"$described"; then
    exported="$(awk '$1 == "exports" && NF == 2 {print $2}' <<<"$described")"
  else
    exported="$(jar tf "$jar" | grep '\.class$' | sed 's#/[^/]*$##; s#/#.#g' | sort -u)"
  fi
  classes=()
  while IFS= read -r entry; do
    class="${entry%.class}"
    class="${class//\//.}"
    pkg="${class%.*}"
    if grep -qxF "$pkg" <<<"$exported" && [[ ! "${class##*.}" =~ \$[0-9] ]]; then
      classes+=("$class")
    fi
  done < <(jar tf "$jar" | grep '\.class$' | grep -v 'module-info\|package-info')
  if (( ${#classes[@]} == 0 )); then
    printf '%-40s %6d %8d\n' "$name" 0 0
    continue
  fi
  counts="$(javap -public -cp "$jar" "${classes[@]}" 2>/dev/null | awk '
    /^Compiled from/ { next }
    /^[a-z].*(class|interface|enum|record) [^ ]+/ && /\{$/ {
      match($0, /(class|interface|enum|record|@interface) [^ <]+/)
      type = substr($0, RSTART, RLENGTH); sub(/^[^ ]+ /, "", type)
      public = ($1 == "public")
      outer = type; sub(/\$[^$]*$/, "", outer)
      if (outer != type && !(outer in open)) public = 0
      if (public) { open[type] = 1; types++ }
      inside = public
      next
    }
    /^}/ { inside = 0; next }
    inside && /;$/ && !/static \{\};/ { members++ }
    END { printf "%d %d\n", types, members }')"
  read -r t m <<<"$counts"
  printf '%-40s %6d %8d\n' "$name" "$t" "$m"
  total_types=$((total_types + t))
  total_members=$((total_members + m))
  if [[ "$name" == careerfit-quiz-engine ]]; then
    scorer="$(javap -public -cp "$jar" dev.careerfit.quiz.FitScorer 2>/dev/null | grep -c ' abstract ' || true)"
  fi
done
printf '%-40s %6d %8d\n' total "$total_types" "$total_members"
[[ -n "${scorer:-}" ]] && echo "FitScorer abstract methods: $scorer"
exit 0
