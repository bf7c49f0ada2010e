#!/usr/bin/env bash
# Runs careerfit's Spark job in local mode on a generated population, then says where everything went.
#   examples/spark-batch/run.sh [PEOPLE] [WORK_DIR]      # defaults: 10000, examples/spark-batch/target
#   SPARK_MASTER=local[4] examples/spark-batch/run.sh    # another master (default local[2])
# Builds the Spark module and what it needs with the reactor (package, never install), so nothing in
# ~/.m2 is replaced; Spark comes from Maven Central the first time (provided scope: the module's class path).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
people="${1:-10000}"
work="$(mkdir -p "${2:-$root/examples/spark-batch/target}" && cd "${2:-$root/examples/spark-batch/target}" && pwd)"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

echo "Building careerfit-spark and its class path (package only)..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -pl spark -am >&2)
jar="$(ls "$root"/spark/target/careerfit-spark-*.jar | grep -v -e sources -e javadoc | head -1)"
cp="$jar:$(cat "$root/spark/target/classpath.txt")"

"$java_bin" -cp "$cp" "$root/examples/spark-batch/GeneratePopulation.java" "$people" "$work/people.jsonl"

rm -rf "$work/results" "$work/results-errors"
start=$(date +%s.%N)
set +e
"$java_bin" "@$root/spark/spark-jvm.args" -Dspark.master="${SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false -Dspark.log.level=WARN \
    -cp "$cp" dev.careerfit.spark.SparkBatchJob \
    --input "$work/people.jsonl" --output "$work/results" --errors "$work/results-errors" --output-format json
code=$?
set -e
end=$(date +%s.%N)
echo "Spark job exit code $code (3: some lines could not be scored, as planted) in $(awk "BEGIN {printf \"%.1f\", $end - $start}") s"
echo "Results (JSON lines, one file a partition): $work/results/part-*.json"
echo "Errors, with line numbers:                  $work/results-errors/part-*.json"
(( code == 0 || code == 3 )) || exit "$code"
