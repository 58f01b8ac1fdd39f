#!/usr/bin/env bash
# Runs every benchmark of the telemetry runtime against its peers and writes the results and a
# Markdown report to benchmarks/results/ (see BENCHMARKS.md at the root for how to read them).
#
#   benchmarks/run.sh            short settings: about 20 minutes on 2 cores, enough for the ratios
#   FULL=1 benchmarks/run.sh     full settings: 3 forks, long iterations; several hours
#   ONLY=encoding benchmarks/run.sh   one measure: encoding, caller, delivery, build (or a list)
#
# Run it on a quiet machine: the numbers are only as steady as the machine is idle.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
out="$here/results"
only="${ONLY:-encoding,caller,delivery,build}"

if [[ ! -f "$jar" || -n "${REBUILD:-}" ]]; then
  (cd "$root" && ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package)
fi
mkdir -p "$out"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpus: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet HEAD -- . ':!benchmarks/results' 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/java: /'
  echo "settings: ${FULL:+full}${FULL:-short}"
} > "$out/machine.txt"
cat "$out/machine.txt"

if [[ -n "${FULL:-}" ]]; then
  encoding_opts=(-f 3 -wi 5 -i 10 -w 5s -r 5s)
  caller_opts=(-f 3 -wi 1000 -i 500)
  build_opts=(-f 3 -wi 10 -i 20)
else
  encoding_opts=(-f 1 -wi 3 -i 5 -w 2s -r 2s)
  caller_opts=(-f 1 -wi 300 -i 100)
  build_opts=(-f 1 -wi 8 -i 8)
fi

# Each measure notes when it started and the load then: numbers taken on a busy machine say so.
mark() {
  echo "$1: started $(date -u +%H:%M:%SZ), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
}

if [[ ",$only," == *",encoding,"* ]]; then
  mark encoding
  java -jar "$jar" 'EncodingBenchmark' "${encoding_opts[@]}" -prof gc \
    -rf json -rff "$out/encoding.json" | tee "$out/encoding.txt"
fi

if [[ ",$only," == *",caller,"* ]]; then
  mark caller
  java -jar "$jar" 'CallerCostBenchmark' "${caller_opts[@]}" \
    -rf json -rff "$out/caller.json" | tee "$out/caller.txt"
fi

if [[ ",$only," == *",delivery,"* ]]; then
  mark delivery
  java -cp "$jar" dev.telemetry.benchmarks.delivery.DeliveryBenchmark \
    --events 200000 --faults none,standard --heap 1g --out "$out/delivery.json" | tee "$out/delivery.txt"
  # An event count that is not a multiple of any client's batch size: who loses the last batch?
  java -cp "$jar" dev.telemetry.benchmarks.delivery.DeliveryBenchmark \
    --events 10007 --faults none --heap 1g --out "$out/partial.json" | tee "$out/partial.txt"
fi

if [[ ",$only," == *",build,"* ]]; then
  mark build
  java -jar "$jar" 'BuildCostBenchmark' "${build_opts[@]}" \
    -rf json -rff "$out/build.json" | tee "$out/build.txt"
fi

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
java -cp "$jar" dev.telemetry.benchmarks.report.Report "$out"
