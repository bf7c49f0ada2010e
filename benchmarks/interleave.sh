#!/usr/bin/env bash
# Runs each command once per round, round after round, and prints the median and mean wall time of each, the
# median CPU time (user + system, where /usr/bin/time is there) and the ratio of each median to the first
# command's: interleaving keeps a busy machine's drift from favouring whichever command ran in a quiet moment,
# and the CPU time says what the command cost when the machine is shared. The load average is printed before
# and after, since wall times on a loaded machine are several times an idle one's.
# Usage: benchmarks/interleave.sh ROUNDS "command one" "command two" ...   (see docs/performance.md)
set -u
rounds=$1; shift
tmp=$(mktemp -d)
timer=()
if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -f '%U %S' -o "$tmp/cpu"); fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
for ((w=0; w<3; w++)); do for c in "$@"; do bash -c "$c" >/dev/null 2>&1; done; done
for ((r=0; r<rounds; r++)); do
  i=0
  for c in "$@"; do
    s=$(date +%s%N); ${timer[@]+"${timer[@]}"} bash -c "$c" >/dev/null 2>&1; e=$(date +%s%N)
    echo $(( (e - s) / 1000000 )) >> "$tmp/$i"
    if [[ -f "$tmp/cpu" ]]; then
      awk '{printf "%d\n", ($1 + $2) * 1000}' "$tmp/cpu" >> "$tmp/$i.cpu"
    fi
    i=$((i+1))
  done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
first=$(median "$tmp/0")
i=0
for c in "$@"; do
  cpu="      -"
  if [[ -f "$tmp/$i.cpu" ]]; then cpu=$(printf '%7d' "$(median "$tmp/$i.cpu")"); fi
  sort -n "$tmp/$i" | awk -v name="$c" -v first="$first" -v cpu="$cpu" '{a[NR]=$1; s+=$1} END {
    m = a[int((NR+1)/2)]
    printf "%7.1f ms median  %7.1f ms mean  %s ms CPU  %5.1fx  %s\n", m, s/NR, cpu, (first > 0 ? m/first : 0), name}'
  i=$((i+1))
done
rm -rf "$tmp"
