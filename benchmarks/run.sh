#!/usr/bin/env bash
# Runs the JMH benchmarks and writes the ratio table into docs/performance.md.
#   bash benchmarks/run.sh quick   # 1 fork, 3 x 1 s warm-up, 3 x 1 s measurement; cold start 10 forks: under 10 min
#   bash benchmarks/run.sh full    # 3 forks, 5 x 1 s warm-up, 10 x 1 s measurement (the classes' own configuration)
#   bash benchmarks/run.sh smoke   # checks that every benchmark runs; figures meaningless, docs untouched
# Each area (package: lifecycle, json, validation, ...) runs as a JMH run of its own into its own result file; the
# cold start (package coldstart: single shot, one invocation in each of its own fresh JVMs) runs last with its
# classes' own forks and iterations (smoke: one fork), because the profiles' iteration options would turn its cold
# invocation into a warm one. All result files go into one report.
# Extra arguments replace that split: one JMH run with them, for example a benchmark filter:
#   bash benchmarks/run.sh quick 'Lifecycle.*'
# Every profile uses -prof gc (bytes per operation) and -rf json; the JVM flags are the classes' (@Fork), the
# same for every contender. Builds the shaded jar first unless BENCH_NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-quick}"
shift || true
case "$profile" in
  quick) options=(-f 1 -wi 3 -w 1s -i 3 -r 1s); cold=() ;;
  full)  options=(); cold=() ;;
  smoke) options=(-f 1 -wi 1 -w 100ms -i 1 -r 100ms -p events=10,100); cold=(-f 1) ;;
  *) echo "usage: $0 quick|full|smoke [JMH options...]" >&2; exit 2 ;;
esac

if [ "${BENCH_NO_BUILD:-0}" != "1" ]; then
  mvn -B -ntp -q -o -pl benchmarks -am package -DskipTests
fi

jar=benchmarks/target/benchmarks.jar
results="benchmarks/target/jmh-$profile.json"
command="bash benchmarks/run.sh $profile${*:+ $*}"
before="$(uptime | sed 's/.*load average: //')"
if [ "$#" -gt 0 ]; then
  java -jar "$jar" "${options[@]}" -prof gc -rf json -rff "$results" "$@"
else
  # One JMH run per area (package), each into a result file of its own, so that a long run that is stopped keeps the
  # areas it finished; the cold start last, with its own forks and iterations.
  results=""
  for area in $(java -jar "$jar" -l | sed -n 's/^io\.github\.loopbaan\.benchmarks\.\([a-z]*\)\..*/\1/p' | sort -u); do
    file="benchmarks/target/jmh-$profile-$area.json"
    if [ "$area" = coldstart ]; then
      continue
    fi
    java -jar "$jar" "io\.github\.loopbaan\.benchmarks\.$area\." "${options[@]}" -prof gc -rf json -rff "$file"
    results="${results:+$results,}$file"
  done
  file="benchmarks/target/jmh-$profile-coldstart.json"
  java -jar "$jar" 'io\.github\.loopbaan\.benchmarks\.coldstart\.' "${cold[@]}" -prof gc -rf json -rff "$file"
  results="$results,$file"
fi
after="$(uptime | sed 's/.*load average: //')"

if [ "$profile" = smoke ]; then
  echo "Smoke run done: $results (docs/performance.md not touched)"
  exit 0
fi
java -cp "$jar" io.github.loopbaan.benchmarks.report.PerformanceReport --results "$results" \
  --doc docs/performance.md --profile "$profile" --command "$command" --date "$(date -u +%F)" \
  --load "load average (1, 5, 15 min) before: $before; after: $after; $(nproc) cores"
