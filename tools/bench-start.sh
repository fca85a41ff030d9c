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

if [[ -z $lint && -z ${DISPLAY:-} ]]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  export DISPLAY=:$((500 + RANDOM % 400))
  Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null; rm -f "${times:-}"' EXIT
  sleep 1
fi

median() { sort -n | awk '{v[NR]=$1} END {if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2)}'; }

# CPU time (user + system) of the process: steadier than wall-clock on a busy machine.
TIMEFORMAT='%3U %3S'
times=$(mktemp)
declare -A shown wall cpu
for ((r = 1; r <= runs; r++)); do
  for i in "${!labels[@]}"; do
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
  done
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$times"
med() { tr ' ' '\n' <<<"$1" | grep . | median; }
echo "medians of $runs interleaved runs, load average $load$([[ -n $lint ]] && echo ", lint $lint")"
if [[ -n $lint ]]; then
  printf '%-16s %10s %10s   %s\n' variant wall_ms cpu_ms 'wall_ms of each run'
else
  printf '%-16s %10s %10s %10s   %s\n' variant startup_ms wall_ms cpu_ms 'startup_ms of each run'
fi
for i in "${!labels[@]}"; do
  if [[ -n $lint ]]; then
    printf '%-16s %10s %10s   [%s]\n' "${labels[$i]}" "$(med "${wall[$i]}")" "$(med "${cpu[$i]}")" "${wall[$i]% }"
  else
    printf '%-16s %10s %10s %10s   [%s]\n' "${labels[$i]}" "$(med "${shown[$i]:-}")" "$(med "${wall[$i]}")" "$(med "${cpu[$i]}")" "${shown[$i]% }"
  fi
done
