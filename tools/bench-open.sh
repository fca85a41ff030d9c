#!/usr/bin/env bash
# Opening a big card and typing into it, each variant run N times, interleaved (one of each in
# turn, so a change in the machine's load hits every variant alike), medians printed.
#
#   tools/bench-open.sh [-n RUNS] [--card FILE] [--hidden-preview] [LABEL=JAR ...]
#
# Each run is `java -jar JAR --measure-open FILE` (open_ms: file chosen -> editable window, rss_mb,
# and the CPU the JavaFX thread and the process spent meanwhile; then metadata_ms and its rss_mb,
# the metadata pane shown, where the jar measures it) followed by `--measure-preview
# FILE` (a keystroke -> the preview's DOM, p50 and p95). FILE defaults to the largest corpus card
# in ../shared/corpus/cards; JAR to target/cardwright.jar. Without a DISPLAY, a virtual one (Xvfb)
# is started. Preferences go to a temporary root, never the user's. With --hidden-preview each JAR
# is also opened with the preview hidden (View > Preview off; variant LABEL/hidden, open only).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5 card= hidden=
while (($#)); do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --card) card=$2; shift 2 ;;
    --hidden-preview) hidden=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[[ -n $card ]] || card=$(ls -S ../shared/corpus/cards/*.md | head -1 || true)

. tools/bench-runner.sh
bench_display
bench_prefs

shown=$bench_prefs_dir/shown hiddenroot=$bench_prefs_dir/hidden
# The preview's preference as the editor stores it (java.util.prefs under the user root).
mkdir -p "$shown" "$hiddenroot/.java/.userPrefs/dev/cardwright/workspace"
cat >"$hiddenroot/.java/.userPrefs/dev/cardwright/workspace/prefs.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="previewVisible" value="false"/>
</map>
XML
labels=() jars=() roots=()
add() {
  labels+=("$1"); jars+=("$2"); roots+=("$shown")
  [[ -z $hidden ]] || { labels+=("$1/hidden"); jars+=("$2"); roots+=("$hiddenroot"); }
}
if (($#)); then
  for v in "$@"; do add "${v%%=*}" "${v#*=}"; done
else
  add jar target/cardwright.jar
fi

declare -A open rss fxcpu cpu meta metarss p50 p95
run_once() {
  local i=$1 out
  out=$(java -Djava.util.prefs.userRoot="${roots[$i]}" -jar "${jars[$i]}" --measure-open "$card" 2>&1) || true
  [[ $out =~ open_ms:\ ([0-9]+)\ rss_mb:\ ([0-9]+) ]] && { open[$i]+="${BASH_REMATCH[1]} "; rss[$i]+="${BASH_REMATCH[2]} "; }
  [[ $out =~ javafx_thread=([0-9]+)\ process=([0-9]+) ]] && { fxcpu[$i]+="${BASH_REMATCH[1]} "; cpu[$i]+="${BASH_REMATCH[2]} "; }
  [[ $out =~ metadata_ms:\ ([0-9]+)\ rss_mb:\ ([0-9]+) ]] && { meta[$i]+="${BASH_REMATCH[1]} "; metarss[$i]+="${BASH_REMATCH[2]} "; }
  [[ ${roots[$i]} == "$hiddenroot" ]] && return 0 # --measure-preview makes its own preview
  out=$(java -Djava.util.prefs.userRoot="${roots[$i]}" -jar "${jars[$i]}" --measure-preview "$card" 2>/dev/null) || true
  [[ $out =~ p50=([0-9.]+)\ p95=([0-9.]+) ]] && { p50[$i]+="${BASH_REMATCH[1]} "; p95[$i]+="${BASH_REMATCH[2]} "; }
  return 0
}
bench_rounds "$runs" run_once

echo "medians of $runs interleaved runs, $(basename "$card"), load average (1 min) per round: ${bench_loads[*]}"
printf '%-14s %8s %8s %10s %8s %12s %10s %12s %12s\n' variant open_ms rss_mb fx_cpu_ms cpu_ms metadata_ms meta_rss preview_p50 preview_p95
for i in "${!labels[@]}"; do
  printf '%-14s %8s %8s %10s %8s %12s %10s %12s %12s\n' "${labels[$i]}" "$(bench_median ${open[$i]:-})" "$(bench_median ${rss[$i]:-})" \
    "$(bench_median ${fxcpu[$i]:-})" "$(bench_median ${cpu[$i]:-})" "$(bench_median ${meta[$i]:-})" "$(bench_median ${metarss[$i]:-})" \
    "$(bench_median ${p50[$i]:-})" "$(bench_median ${p95[$i]:-})"
done
