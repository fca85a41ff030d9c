# Writes src/test/resources/dev/cardwright/template/jinja2-cases.json: small templates and what Jinja2 renders for each.
import jinja2, json
cases = [
 ("trailing newline dropped once", "a\n\n", {}),
 ("undefined prints nothing", "[{{ nope }}]", {}),
 ("default with boolean replaces empty", "{{ e | default('X', true) }}|{{ e | default('X') }}|{{ nope | default('Y') }}", {"e": ""}),
 ("lists and dicts print as python reprs", "{{ l }} {{ d }} {{ t }} {{ f }} {{ s }}", {"l": ["en", "zh", 1, 2.5, True, None], "d": {"a": 1, "b": ["x"]}, "t": True, "f": 1e-05, "s": "it's"}),
 ("no autoescape", "{{ h }}", {"h": "<b>&</b>"}),
 ("escape filter still escapes", "{{ h | e }}", {"h": "<b>&</b>"}),
 ("whitespace control on tags", "a\n{%- if x -%}\n b {% endif %}\nc", {"x": True}),
 ("whitespace control on expressions", "a\n{{- x -}}\n b", {"x": "X"}),
 ("comments are their own tokens", "a\n{# c #}\n{%- if 1 %}b{% endif %}\n{#- d -#}\nc", {}),
 ("for with filter, loop.index and else", "{% for s in xs if s.b %}{{ loop.index }}{{ s.b }} {% else %}none{% endfor %}", {"xs": [{"b": ""}, {"b": "x"}, {"b": "y"}]}),
 ("for else on empty", "{% for s in xs %}{{ s }}{% else %}none{% endfor %}", {"xs": []}),
 ("dict items loop", "{% for k, v in d.items() %}{{ k }}={{ v }};{% endfor %}", {"d": {"a": 1, "b": 2}}),
 ("macros", "{% macro row(n, v) -%}|{{ n }}|{{ v if v is not none else '-' }}|{%- endmacro %}{{ row('a', 1) }}{{ row('b', nope) }}", {}),
 ("raw blocks", "{% raw %}{{ x }}{# y #}{% endraw %}", {}),
 ("filters", "{{ 'a-b' | replace('-', ' ') | title }} {{ xs | join(' / ') }} {{ xs | length }} {{ ' x ' | trim }} {{ 'ab' | upper }}", {"xs": ["en", "zh"]}),
 ("is string test", "{% if x is string %}S{% elif x %}L{% else %}N{% endif %}", {"x": ["a"]}),
 ("undefined is not none and iterates as nothing", "{{ nope is none }}{% for a in nope %}x{% endfor %}{{ nope is defined }}", {}),
 ("kwargs are never rendered again", "{{ x }}", {"x": "{{ y }}"}),
 ("None is not undefined", "[{{ n }}][{{ n | default('d') }}][{{ n | default('d', true) }}][{{ n is none }}][{{ n is defined }}][{{ 'a' ~ n }}][{{ [n, 1] }}]", {"n": None}),
 ("None and undefined passed to a macro", "{% macro r(v) %}[{{ v if v is not none else '-' }}]{% endmacro %}{{ r(nope) }}{{ r(n) }}", {"n": None}),
 ("dict literal keys are variables", "{{ {k: 1} }}", {"k": "kk"}),
 ("operators", "[{{ 1 + 2 * 3 }}][{{ 2 ** 3 ** 2 }}][{{ 7 // 2 }}][{{ 7 / 2 }}][{{ 4 / 2 }}][{{ 10 % 3 }}][{{ 0.1 + 0.2 }}][{{ 'b' in 'abc' }}][{{ x * -1 }}][{{ y or 'd' }}]", {"x": 1, "y": ""}),
 ("undefined in expressions", "[{{ 'a' ~ nope ~ 'b' }}][{{ nope | join(',') }}][{{ nope | upper }}][{{ nope | length }}]", {}),
]
out = []
for name, t, v in cases:
    out.append({"name": name, "template": t, "values": v, "expected": jinja2.Template(t).render(**v)})
print(json.dumps(out, ensure_ascii=False, indent=1))
