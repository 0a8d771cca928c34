#!/usr/bin/env bash
# Runs the JMH benchmarks and writes the ratio table into docs/performance.md.
#   bash benchmarks/run.sh quick   # 1 fork, 5 x 1 s warm-up, 5 x 1 s measurement: under 10 minutes
#   bash benchmarks/run.sh full    # 3 forks, 5 x 1 s warm-up, 10 x 1 s measurement (the classes' defaults)
#   bash benchmarks/run.sh smoke   # checks that every benchmark runs; figures meaningless, docs untouched
# Extra arguments go to JMH, e.g. a benchmark filter: bash benchmarks/run.sh quick 'Lifecycle.*'
# Every profile uses -prof gc (bytes per operation) and -rf json; the JVM flags are the classes' (@Fork), the
# same for every contender. Builds the shaded jar first unless BENCH_NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-quick}"
shift || true
case "$profile" in
  quick) options=(-f 1 -wi 5 -w 1s -i 5 -r 1s) ;;
  full)  options=() ;;
  smoke) options=(-f 1 -wi 1 -w 100ms -i 1 -r 100ms -p events=10,100) ;;
  *) echo "usage: $0 quick|full|smoke [JMH options...]" >&2; exit 2 ;;
esac

if [ "${BENCH_NO_BUILD:-0}" != "1" ]; then
  mvn -B -ntp -q -o -pl benchmarks -am package -DskipTests
fi

jar=benchmarks/target/benchmarks.jar
results="benchmarks/target/jmh-$profile.json"
command="bash benchmarks/run.sh $profile${*:+ $*}"
before="$(uptime | sed 's/.*load average: //')"
java -jar "$jar" "${options[@]}" -prof gc -rf json -rff "$results" "$@"
after="$(uptime | sed 's/.*load average: //')"

if [ "$profile" = smoke ]; then
  echo "Smoke run done: $results (docs/performance.md not touched)"
  exit 0
fi
java -cp "$jar" io.github.loopbaan.benchmarks.report.PerformanceReport --results "$results" \
  --doc docs/performance.md --profile "$profile" --command "$command" --date "$(date -u +%F)" \
  --load "load average (1, 5, 15 min) before: $before; after: $after; $(nproc) cores"
