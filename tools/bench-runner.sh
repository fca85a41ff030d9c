# The interleaved-run loop the benchmark scripts share (bench-start.sh, bench-open.sh); source it.
#
# Every variant is run once per round, in turn, for RUNS rounds: a change in the machine's load
# then hits every variant alike, and the median of each variant's runs is what the scripts print.
# The caller fills `labels` (one per variant) and defines a step function taking the variant's
# index; bench_rounds calls it and records the 1-minute load average after each round.

bench_cleanup=()
trap 'for c in "${bench_cleanup[@]}"; do eval "$c"; done' EXIT

# Starts a virtual display (Xvfb) when there is no DISPLAY; it goes when the script exits.
bench_display() {
  [[ -n ${DISPLAY:-} ]] && return
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  export DISPLAY=:$((500 + RANDOM % 400))
  Xvfb "$DISPLAY" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
  bench_cleanup+=("kill $! 2>/dev/null")
  sleep 1
}

# A temporary preferences root for the programs measured (never the user's), removed at exit.
bench_prefs() {
  bench_prefs_dir=$(mktemp -d)
  bench_cleanup+=("rm -rf '$bench_prefs_dir'")
}

# The median of the numbers given (blank-separated); "-" when there are none. With -i, the mean
# of the two middle values is rounded down to an integer.
bench_median() {
  local whole=0
  [[ ${1:-} == -i ]] && { whole=1; shift; }
  tr ' ' '\n' <<<"$*" | { grep . || true; } | sort -n | awk -v whole=$whole '{v[NR]=$1} END {
    if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2];
    else if (whole) print int((v[NR/2]+v[NR/2+1])/2); else print (v[NR/2]+v[NR/2+1])/2 }'
}

# bench_rounds RUNS STEP: STEP i for every variant i, RUNS rounds; the load after each round goes
# to bench_loads.
bench_rounds() {
  local runs=$1 step=$2 r i
  bench_loads=()
  for ((r = 1; r <= runs; r++)); do
    for i in "${!labels[@]}"; do
      "$step" "$i"
    done
    bench_loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  done
}
