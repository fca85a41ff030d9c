#!/usr/bin/env bash
# Start-up and lint timings, each variant run N times, interleaved (one of each in turn, so a
# change in the machine's load hits every variant alike), medians printed.
#
#   tools/bench-start.sh [-n RUNS] [--lint DIR] [LABEL=COMMAND ...]
#
# Without LABEL=COMMAND arguments it compares, for start-up, a bare JavaFX window with one label
# (tools/BareWindow.java, the floor), the plain jar (java -jar target/cardwright.jar) and the
# app-image (target/app-image/Cardwright/bin/Cardwright, when built); with --lint DIR, `lint DIR`
# through the plain jar and through the app-image's `cardwright` command. COMMAND gets
# --measure-startup (start-up) or `lint DIR` (lint) appended. Start-up figures are what the
# program prints (startup_ms: JVM start to the first window shown) and the wall-clock time of the
# whole process; lint figures are wall-clock. Without a DISPLAY, a virtual one (Xvfb) is started.
# Run `mvn -DskipTests package` first (and `mvn -Ppackage package` for the app-image).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 lint=
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --lint) lint=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) break ;;
  esac
done

labels=() commands=()
add() { labels+=("$1"); commands+=("$2"); }
image=target/app-image/Cardwright/bin
if (($#)); then
  for v in "$@"; do add "${v%%=*}" "${v#*=}"; done
elif [[ -z $lint ]]; then
  mkdir -p target/bare-window
  javac -d target/bare-window -cp 'target/lib/*' tools/BareWindow.java
  add bare-window "java -cp target/bare-window:target/lib/* BareWindow"
  add jar "java -jar target/cardwright.jar"
  [[ -x $image/Cardwright ]] && add app-image "$image/Cardwright"
else
  add jar "java -jar target/cardwright.jar"
  [[ -x $image/cardwright ]] && add app-image-cli "$image/cardwright"
fi

. tools/bench-runner.sh
[[ -n $lint ]] || bench_display
# The programs measured keep their preferences apart from the user's (the app-image's launcher
# takes no -D, so the JVM's own variable carries it; its notice goes to stderr, not measured).
bench_prefs
export JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$bench_prefs_dir${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"

# CPU time (user + system) of the process: steadier than wall-clock on a busy machine.
TIMEFORMAT='%3U %3S'
times=$(mktemp)
bench_cleanup+=("rm -f '$times'")
declare -A shown wall cpu
run_once() {
  local i=$1 start ms out
  start=$(date +%s%N)
  if [[ -n $lint ]]; then
    { time ${commands[$i]} lint "$lint" >/dev/null 2>&1; } 2>"$times" || [[ $? == 1 ]] || { echo "${labels[$i]}: lint failed" >&2; exit 1; }
    out=
  else
    out=$({ time ${commands[$i]} --measure-startup 2>/dev/null; } 2>"$times") || { echo "${labels[$i]}: did not start" >&2; exit 1; }
  fi
  ms=$((($(date +%s%N) - start) / 1000000))
  wall[$i]+="$ms "
  cpu[$i]+="$(awk '{printf "%d", ($1 + $2) * 1000}' "$times") "
  [[ $out =~ startup_ms:\ ([0-9]+) ]] && shown[$i]+="${BASH_REMATCH[1]} "
  return 0
}
bench_rounds "$runs" run_once

load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "medians of $runs interleaved runs, load average $load$([[ -n $lint ]] && echo ", lint $lint") (1 min, per round: ${bench_loads[*]})"
if [[ -n $lint ]]; then
  printf '%-16s %10s %10s   %s\n' variant wall_ms cpu_ms 'wall_ms of each run'
else
  printf '%-16s %10s %10s %10s   %s\n' variant startup_ms wall_ms cpu_ms 'startup_ms of each run'
fi
for i in "${!labels[@]}"; do
  if [[ -n $lint ]]; then
    printf '%-16s %10s %10s   [%s]\n' "${labels[$i]}" "$(bench_median -i ${wall[$i]})" "$(bench_median -i ${cpu[$i]})" "${wall[$i]% }"
  else
    printf '%-16s %10s %10s %10s   [%s]\n' "${labels[$i]}" "$(bench_median -i ${shown[$i]:-})" "$(bench_median -i ${wall[$i]})" \
      "$(bench_median -i ${cpu[$i]})" "${shown[$i]% }"
  fi
done
