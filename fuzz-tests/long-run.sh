#!/usr/bin/env bash
# The long fuzzing run of docs/reliability.md: each target of fuzz-tests, one at a time, until it has run
# RUNS inputs (default 10 million), with Jazzer's standalone driver, at the lowest priority so that a shared
# machine's other work comes first. A target may be run in several sittings (SHARD inputs each): the corpus
# each sitting leaves is where the next one starts, and the inputs of all sittings add up in the log.
#
#   fuzz-tests/long-run.sh                         every target to 10 million inputs
#   fuzz-tests/long-run.sh AnswersFuzzTest         one target
#   RUNS=1000000 SHARD=250000 fuzz-tests/long-run.sh SessionFuzzTest
#   MAX_TIME=300 fuzz-tests/long-run.sh             one sitting of at most 300 s per target (rates, on a busy machine)
#
# Needs the build installed first (./mvnw -B install -DskipTests), into the local repository this script's Maven
# reads too (the same MAVEN_OPTS, e.g. -Dmaven.repo.local=...): the code fuzzed is what that repository holds.
# Writes to WORK (default
# fuzz-tests/target/long-run): lib/ and classes/ (the code under test, copied), corpus-<target>/ (grows),
# <target>.log (every sitting's libFuzzer output) and results.tsv (target, sitting, inputs, seconds, inputs a
# second, load average before and after, findings).
# A finding stops that target: libFuzzer writes the input (crash-*) to WORK; keep it under
# src/test/resources/dev/careerfit/fuzz/<target>Inputs/ once the cause is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10000000}
SHARD=${SHARD:-$RUNS}
MAX_TIME=${MAX_TIME:-}
WORK=${WORK:-fuzz-tests/target/long-run}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(InterestProfilerFuzzTest SessionFuzzTest AnswersFuzzTest BatchLineFuzzTest OnePassLineFuzzTest BlsWorkbookFuzzTest
           OnetTextFileFuzzTest ProviderDocumentFuzzTest QuestionDocumentFuzzTest)
fi
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
# The code under test is copied into WORK when a run starts, so that a rebuild while it runs (hours) changes
# nothing under it; remove WORK/lib and WORK/classes to fuzz newer code.
if [ ! -d "$WORK/lib" ]; then
  ./mvnw -q -B dependency:build-classpath -pl fuzz-tests -Dmdep.outputFile="$WORK/maven-classpath.txt" \
      -Dmdep.includeScope=test
  mkdir -p "$WORK/lib"
  tr ':' '\n' < "$WORK/maven-classpath.txt" | while read -r jar; do cp "$jar" "$WORK/lib/"; done
  cp -r fuzz-tests/target/test-classes "$WORK/classes"
fi
CP="$WORK/classes:$(ls "$WORK"/lib/*.jar | paste -sd:)"
[ -f "$WORK/results.tsv" ] || printf 'target\tsitting\tinputs\tseconds\tinputs/s\tload before\tload after\tfindings\n' \
    > "$WORK/results.tsv"
load() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?'; }

for target in "${TARGETS[@]}"; do
  corpus="$WORK/corpus-$target"
  mkdir -p "$corpus"
  seeds=(fuzz-tests/src/test/resources/dev/careerfit/fuzz/"$target"Inputs/*/*)
  [ -e "${seeds[0]}" ] && cp -n "${seeds[@]}" "$corpus/"
  done_runs=$(awk -F'\t' -v t="$target" '$1 == t {s += $3} END {print s + 0}' "$WORK/results.tsv")
  sitting=$(awk -F'\t' -v t="$target" '$1 == t {n++} END {print n + 1}' "$WORK/results.tsv")
  while [ "$done_runs" -lt "$RUNS" ]; do
    n=$(( RUNS - done_runs < SHARD ? RUNS - done_runs : SHARD ))
    before=$(load); start=$(date +%s)
    status=0
    (cd "$WORK" && nice -n 19 java -Xmx1g -cp "$CP" com.code_intelligence.jazzer.Jazzer \
        --target_class="dev.careerfit.fuzz.$target" --instrumentation_includes='dev.careerfit.**' \
        -runs="$n" ${MAX_TIME:+-max_total_time="$MAX_TIME"} -print_final_stats=1 "corpus-$target") >> "$WORK/$target.log" 2>&1 || status=$?
    seconds=$(( $(date +%s) - start )); after=$(load)
    ran=$(grep -a 'stat::number_of_executed_units' "$WORK/$target.log" | tail -1 | awk '{print $2}')
    findings=$([ "$status" -eq 0 ] && echo none || echo "exit $status: see $WORK/$target.log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$target" "$sitting" "${ran:-0}" "$seconds" \
        "$(( ${ran:-0} / (seconds > 0 ? seconds : 1) ))" "$before" "$after" "$findings" >> "$WORK/results.tsv"
    done_runs=$(( done_runs + ${ran:-0} )); sitting=$(( sitting + 1 ))
    [ "$status" -eq 0 ] || break
    [ -z "$MAX_TIME" ] || break
  done
done
column -t -s $'\t' "$WORK/results.tsv"
