#!/usr/bin/env bash
# Two JMH benchmarks fork by fork, alternating (A's fork, then B's, PAIRS times), and the ratio A / B taken pair by
# pair: JMH alone runs every fork of one benchmark before the next, so on a shared machine whose load drifts the
# two see different machines and their error bars outgrow the gap. Prints each pair, then the means with JMH's own
# error over all forks, the median ratio and its quartiles, and the load average before and after.
# Usage: benchmarks/jmh-pairs.sh PAIRS JAR "BENCHMARK A" "BENCHMARK B" [JMH OPTIONS...]   (docs/performance.md)
# e.g.   benchmarks/jmh-pairs.sh 10 benchmarks/target/careerfit-benchmarks.jar \
#            'FitScoringBenchmark.rankEveryOccupation$' 'FitScoringBenchmark.dimensionMajorFloor$' -wi 3 -w 1s -i 5 -r 1s
set -eu
pairs=$1 jar=$2 a=$3 b=$4
shift 4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((p = 0; p < pairs; p++)); do
  for side in a b; do
    java -jar "$jar" "${!side}" -f 1 "$@" -rf csv -rff "$tmp/$side.csv" >"$tmp/$side.log" 2>&1 \
      || { cat "$tmp/$side.log" >&2; exit 1; }
    # The score of the one benchmark run (csv: "Benchmark","Mode","Threads","Samples","Score","Score Error",...).
    awk -F, 'NR == 2 {print $5}' "$tmp/$side.csv" >>"$tmp/$side"
  done
  echo "pair $((p + 1)): $(tail -1 "$tmp/a") / $(tail -1 "$tmp/b")"
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
paste "$tmp/a" "$tmp/b" | awk -v a="$a" -v b="$b" '
  { x[NR] = $1; y[NR] = $2; r[NR] = $1 / $2; sx += $1; sy += $2 }
  END {
    n = NR
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (r[j] < r[i]) { t = r[i]; r[i] = r[j]; r[j] = t }
    for (i = 1; i <= n; i++) { dx += (x[i] - sx / n) ^ 2; dy += (y[i] - sy / n) ^ 2 }
    printf "%s: mean %.3f (sd %.3f over %d forks)\n", a, sx / n, sqrt(dx / (n - 1)), n
    printf "%s: mean %.3f (sd %.3f over %d forks)\n", b, sy / n, sqrt(dy / (n - 1)), n
    printf "ratio A/B, pair by pair: median %.3f, quartiles %.3f-%.3f, range %.3f-%.3f\n",
      r[int((n + 1) / 2)], r[int((n + 3) / 4)], r[int((3 * n + 3) / 4)], r[1], r[n]
  }'
