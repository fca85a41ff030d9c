#!/usr/bin/env bash
# Runs the hostile inputs of issue 12 through every command-line entry point, each in its own
# JVM under -Xmx256m (the promise the README makes), and prints per run: seconds, peak resident
# memory, exit code and the first line of stderr. Figures, not a test: see HostileInputsCliTest
# for the assertions. Needs GNU time (/usr/bin/time) and a built target/cardwright.jar.
#
#   tools/hostile-bench.sh [JAR]
set -euo pipefail
jar=$(realpath "${1:-target/cardwright.jar}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - <<'EOF'
def w(name, text):
    with open(name, "w", newline="") as f:
        f.write(text)

fm = "---\nlicense: mit\n---\n# T\n\n"
for n in (5_000, 20_000, 100_000):
    w(f"images-{n}.md", fm + "![a](b.png)\n" * n)
    w(f"images-crlf-{n}.md", (fm + "![a](b.png)\n" * n).replace("\n", "\r\n"))
w("headings.md", fm + "# Same\n" * 100_000)
w("setext.md", "Title\n===\n" * 100_000)
w("list-1000.md", fm + "".join("  " * i + "- a\n" for i in range(1_000)))
w("list-5000.md", fm + "".join("  " * i + "- a\n" for i in range(5_000)))
w("quotes-50000.md", fm + ">" * 50_000 + " deep\n")
w("dashes.md", fm + "-" * 2_000 + "\n")
w("flow-1m.md", "---\nlicense: mit\ntags: [" + "a, " * 999_999 + "a]\n---\n# T\n")
w("flow-1m.card.yaml", "cardwright: 1\ncard_type: model\nroles: [" + "a, " * 999_999 + "a]\n")
w("nested-flow.md", "---\nx: " + "[" * 20_000 + "]" * 20_000 + "\n---\n# T\n")
w("alias.md", "---\na: &a [*a]\n---\n# T\n")
bomb = "---\na: &a [x,x,x,x,x,x,x,x,x,x]\n"
prev = "a"
for k in "bcdefgh":
    bomb += f"{k}: &{k} [" + ",".join([f"*{prev}"] * 10) + "]\n"
    prev = k
w("bomb.md", bomb + "---\n# T\n")
import json
for n in (6_000, 60_000):
    json.dump({"card_type": "model", "card_data": {"license": "mit", "tags": [f"t{i}" for i in range(n)]}, "kwargs": {}},
              open(f"tags-{n}.json", "w"))
w("tags.j2", "---\n{{ card_data }}\n---\n# {{ model_id | default('M') }}\n")
w("chain.j2", "{% macro d0() %}ab{% endmacro %}" + "".join(
    "{%% macro d%d() %%}{{ d%d() }}{{ d%d() }}{%% endmacro %%}" % (k, k - 1, k - 1) for k in range(1, 40)) + "{{ d39() }}\n")
EOF

printf '%-34s %-16s %8s %9s %4s  %s\n' input command seconds peak_MB exit stderr
run() {
  local input=$1 label=$2; shift 2
  /usr/bin/time -o time.txt -f '%e %M %x' java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$jar" "$@" >/dev/null 2>err.txt || true
  read -r secs kb code < <(tail -1 time.txt)
  printf '%-34s %-16s %8s %9s %4s  %s\n' "$input" "$label" "$secs" "$(( kb / 1024 ))" "$code" "$(head -1 err.txt | sed "s|$work/||" | cut -c1-90)"
}

readme_all() {
  local f=$1
  run "$f" import import "$f" -o out.card.yaml
  cp "$f" set-copy; run "$f" set set set-copy license=apache-2.0
  run "$f" validate validate "$f"
  rm -rf out; run "$f" export export "$f" -o out
  rm -rf out; run "$f" "export --html" export "$f" --html -o out
}

for n in 5000 20000 100000; do readme_all "images-$n.md"; done
for n in 5000 20000 100000; do run "images-crlf-$n.md" import import "images-crlf-$n.md" -o out.card.yaml; done
for f in headings.md setext.md list-1000.md list-5000.md quotes-50000.md dashes.md flow-1m.md nested-flow.md alias.md bomb.md; do
  readme_all "$f"
done
rm -rf out; run flow-1m.card.yaml export export flow-1m.card.yaml -o out
run flow-1m.card.yaml validate validate flow-1m.card.yaml
for n in 6000 60000; do run "tags-$n.json" render render --template tags.j2 --values "tags-$n.json" -o r.md; done
run chain.j2 render render --template chain.j2 --values tags-6000.json -o r.md
