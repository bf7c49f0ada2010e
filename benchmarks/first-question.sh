#!/usr/bin/env bash
# How long a first quiz on a new CAREERFIT_HOME takes to show its first question: the wall time from
# starting ./careerfit quiz until "Question 1" is printed, each run on a fresh, empty home. The launcher's
# jar and class-data archive are built first, so the figure is a warm start (docs/performance.md).
#   benchmarks/first-question.sh [ROUNDS]
set -um
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
"$root/careerfit" --version >/dev/null
times=()
for ((r = 0; r < rounds; r++)); do
  home="$(mktemp -d)"
  fifo="$home.out"
  mkfifo "$fifo"
  start=$(date +%s%N)
  # Standard input stays open (sleep) so the quiz waits at its first question; it is ended once seen.
  (sleep 30 | CAREERFIT_HOME="$home" "$root/careerfit" quiz >"$fifo" 2>&1) &
  quiz=$!
  while IFS= read -r line; do
    if [[ "$line" == *"Question 1"* ]]; then
      end=$(date +%s%N)
      times+=($(( (end - start) / 1000000 )))
      break
    fi
  done <"$fifo"
  kill -- -"$quiz" 2>/dev/null || kill "$quiz" 2>/dev/null
  wait "$quiz" 2>/dev/null
  rm -f "$fifo"
  rm -rf "$home"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1; s+=$1} END {printf "first question on a new home: %d ms median, %.0f ms mean, %d runs (%s)\n", a[int((NR+1)/2)], s/NR, NR, "each ms: " a[1] ".." a[NR]}'
