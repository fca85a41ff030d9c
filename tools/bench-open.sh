#!/usr/bin/env bash
# Opening a big card and typing into it, each variant run N times, interleaved (one of each in
# turn, so a change in the machine's load hits every variant alike), medians printed.
#
#   tools/bench-open.sh [-n RUNS] [--card FILE] [LABEL=JAR ...]
#
# Each run is `java -jar JAR --measure-open FILE` (open_ms: file chosen -> editable window, rss_mb,
# and the CPU the JavaFX thread and the process spent meanwhile) followed by `--measure-preview
# FILE` (a keystroke -> the preview's DOM, p50 and p95). FILE defaults to the largest corpus card
# in ../shared/corpus/cards; JAR to target/cardwright.jar. Without a DISPLAY, a virtual one (Xvfb)
# is started. Preferences go to a temporary root, never the user's.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 card=
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --card) card=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ -n $card ]] || card=$(ls -S ../shared/corpus/cards/*.md | head -1 || true)
labels=() jars=()
if (($#)); then
  for v in "$@"; do labels+=("${v%%=*}"); jars+=("${v#*=}"); done
else
  labels=(jar) jars=(target/cardwright.jar)
fi

. tools/bench-runner.sh
bench_display
bench_prefs

declare -A open rss fxcpu cpu p50 p95
run_once() {
  local i=$1 out
  out=$(java -Djava.util.prefs.userRoot="$bench_prefs_dir" -jar "${jars[$i]}" --measure-open "$card" 2>&1) || true
  [[ $out =~ open_ms:\ ([0-9]+)\ rss_mb:\ ([0-9]+) ]] && { open[$i]+="${BASH_REMATCH[1]} "; rss[$i]+="${BASH_REMATCH[2]} "; }
  [[ $out =~ javafx_thread=([0-9]+)\ process=([0-9]+) ]] && { fxcpu[$i]+="${BASH_REMATCH[1]} "; cpu[$i]+="${BASH_REMATCH[2]} "; }
  out=$(java -Djava.util.prefs.userRoot="$bench_prefs_dir" -jar "${jars[$i]}" --measure-preview "$card" 2>/dev/null) || true
  [[ $out =~ p50=([0-9.]+)\ p95=([0-9.]+) ]] && { p50[$i]+="${BASH_REMATCH[1]} "; p95[$i]+="${BASH_REMATCH[2]} "; }
  return 0
}
bench_rounds "$runs" run_once

echo "medians of $runs interleaved runs, $(basename "$card"), load average (1 min) per round: ${bench_loads[*]}"
printf '%-12s %8s %8s %12s %12s %12s %12s\n' variant open_ms rss_mb fx_cpu_ms cpu_ms preview_p50 preview_p95
for i in "${!labels[@]}"; do
  printf '%-12s %8s %8s %12s %12s %12s %12s\n' "${labels[$i]}" "$(bench_median ${open[$i]:-})" "$(bench_median ${rss[$i]:-})" \
    "$(bench_median ${fxcpu[$i]:-})" "$(bench_median ${cpu[$i]:-})" "$(bench_median ${p50[$i]:-})" "$(bench_median ${p95[$i]:-})"
done
