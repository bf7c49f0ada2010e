#!/usr/bin/env bash
# Runs each command once per round, round after round, and prints the median and mean wall time of each:
# interleaving keeps a busy machine's drift from favouring whichever command ran in a quiet moment.
# Usage: benchmarks/interleave.sh ROUNDS "command one" "command two" ...   (see docs/performance.md)
set -u
rounds=$1; shift
tmp=$(mktemp -d)
for ((w=0; w<3; w++)); do for c in "$@"; do bash -c "$c" >/dev/null 2>&1; done; done
for ((r=0; r<rounds; r++)); do
  i=0
  for c in "$@"; do
    s=$(date +%s%N); bash -c "$c" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )) >> "$tmp/$i"; i=$((i+1))
  done
done
i=0
for c in "$@"; do
  sort -n "$tmp/$i" | awk -v name="$c" '{a[NR]=$1; s+=$1} END {printf "%7.1f ms median  %7.1f ms mean  %s\n", a[int((NR+1)/2)], s/NR, name}'
  i=$((i+1))
done
rm -rf "$tmp"
