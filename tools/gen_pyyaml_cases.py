# Writes src/test/resources/dev/cardwright/yaml/pyyaml-cases.json (run with PyYAML 6.0.x).
# Generates differential test data for PyYamlEmitter: random values and PyYAML's dump of each.
import json, random, yaml, sys
rnd = random.Random(20261130)
ATOMS = ['yes', 'No', 'on', 'OFF', 'true', 'False', 'null', 'Null', '~', '', ' ', '1.10', '1_000', '0x1F', '0o17', '017',
         '2023-01-01', '2023-1-1 10:00:00', '12:30', '1:30:00.5', '.inf', '-.INF', '.nan', '1e5', '1.0e+5', '+1', '-0',
         '<<', '=', '!', '&a', '*a', '-', '- a', 'a: b', 'a:b', ':a', '? a', '?a', '#x', 'a #b', 'a#b', '---', '...x',
         "it's", '"quoted"', 'back\\slash', 'tab\there', 'cr\rhere', 'nul\x00', 'bell\x07', 'nbsp\xa0here', 'bom\ufeff',
         'ls\u2028x', 'nel\x85x', '中文模型', 'émoji 🚀 rocket', '🚀', '@user', '`code`', '%pct', '|pipe', '>gt', '[x]', '{y}',
         'a, b', 'a [b]', 'end:', 'trailing ', ' leading', 'multi\nline', 'multi\n\nline', 'trail\n', '\nlead', 'sp \nbreak',
         'break\n sp', 'x' * 130, 'https://huggingface.co/datasets/foo/bar?x=1#frag']
WORDS = ['model', 'a', 'the', 'fine-tuned', 'BERT', '中文', 'data,', 'x:', '#1', "don't", '"q"', '🚀', 'é', 'long' * 8,
         'tab\t', 'end.', '-', '--', 'yes', '1.5']

def rstring():
    k = rnd.random()
    if k < 0.35:
        return rnd.choice(ATOMS)
    n = rnd.randint(1, 40)
    parts = []
    for _ in range(n):
        parts.append(rnd.choice(WORDS))
        r = rnd.random()
        parts.append(' ' if r < 0.8 else ('  ' if r < 0.87 else ('\n' if r < 0.95 else '\n\n')))
    s = ''.join(parts)
    if rnd.random() < 0.5:
        s = s.rstrip()
    return s

def rscalar():
    k = rnd.random()
    if k < 0.6:
        return rstring()
    if k < 0.7:
        return rnd.choice([0, 1, -5, 12345678901234, 2**70])
    if k < 0.85:
        return rnd.choice([0.5, 1.0, 1e-05, 2.5e-10, 1e16, 1e15, 123.456, -0.0, 0.1 + 0.2, 3.14159, float('inf'), -float('inf'), 1e300, 5e-324, 0.0001, 0.00012])
    if k < 0.95:
        return rnd.choice([True, False])
    return None

def rkey():
    return rstring() if rnd.random() < 0.3 else rnd.choice(['license', 'tags', 'model-index', 'name', 'language', 'widget', 'text', 'value', 'a', 'b'])

def rvalue(depth):
    k = rnd.random()
    if depth > 3 or k < 0.5:
        return rscalar()
    if k < 0.75:
        return [rvalue(depth + 1) for _ in range(rnd.randint(0, 4))]
    d = {}
    for _ in range(rnd.randint(0, 4)):
        d[rkey()] = rvalue(depth + 1)
    return d

cases = []
for i in range(400):
    v = {rkey(): rvalue(1) for _ in range(rnd.randint(1, 5))} if i % 5 else rvalue(0)
    cases.append({'value': v, 'yaml': yaml.dump(v, sort_keys=False, allow_unicode=True)})
json.dump({'generator': 'tools/gen_pyyaml_cases.py with PyYAML ' + yaml.__version__, 'cases': cases},
          sys.stdout, ensure_ascii=False, indent=0, allow_nan=True)
