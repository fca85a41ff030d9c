# Writes src/test/resources/dev/cardwright/evalresults/eval-results-cases.json
# (run with huggingface_hub 2.x and PyYAML 6.0.x, e.g. /tmp/hfvenv/bin/python).
# With an argument, also writes one file as huggingface_hub writes it there
# (src/test/resources/dev/cardwright/evalresults/files/hf-written.yaml, a round-trip fixture).
# Parity data for new .eval_results/*.yaml files: random EvalResultEntry lists and the text of
# yaml.dump(eval_result_entries_to_yaml(entries)), which is how huggingface_hub's own docs write them
# (PyYAML defaults: keys sorted, non-ASCII escaped, 80-column folding).
import json, random, sys, yaml
import huggingface_hub
from huggingface_hub import EvalResultEntry, eval_result_entries_to_yaml, parse_eval_result_entries

rnd = random.Random(20261203)
DATASETS = ['cais/hle', 'Idavidrein/gpqa', 'openai/gsm8k', 'TIGER-Lab/MMLU-Pro', 'lighteval/MATH-Hard', 'squad',
            'C-MTEB/CMedQAv2-reranking', 'allenai/ai2_arc', 'a/b']
TASKS = ['default', 'gpqa_diamond', 'main', 'mmlu_pro', 'ARC-Challenge', 'zh', 'yes', '2024']
TEXTS = ['Eval Logs', 'no-tools', 'chain-of-thought', 'tools', '5-shot, greedy', 'note: with tools', '中文评测',
         'Évaluation', "it's", '"quoted"', 'x' * 95, 'two words ' * 12, 'multi\nline', 'yes', '1.10', '🚀 run', '#tag', '- dash']
DATES = ['2025-01-15T10:30:00Z', '2025-12-01', '2026-03-04T05:06:07+08:00', '2025-01-15T10:30:00.123456Z']
VALUES = [20.9, 0.412, 1, 0, 87.25, 1e-05, 100, -3.5, 0.1 + 0.2, 'n/a', '42.0%', 1e16, True]

def maybe(p, v):
    return v if rnd.random() < p else None

def entry():
    src = maybe(0.5, 'https://huggingface.co/spaces/' + rnd.choice(['SaylorTwift/smollm3-mmlu-pro', 'org/evals?x=1#f']))
    return EvalResultEntry(
        dataset_id=rnd.choice(DATASETS), task_id=rnd.choice(TASKS), value=rnd.choice(VALUES),
        dataset_revision=maybe(0.3, rnd.choice(['5503434ddd753f426f4b38109466949a1217c2bb', 'main', '0123'])),
        verify_token=maybe(0.2, 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + 'a' * rnd.randint(0, 90)),
        date=maybe(0.5, rnd.choice(DATES)),
        source_url=src,
        source_name=maybe(0.6, rnd.choice(TEXTS)) if src else None,
        source_user=maybe(0.3, 'celinah') if src else None,
        source_org=maybe(0.3, rnd.choice(['cais', 'open-llm-leaderboard'])) if src else None,
        notes=maybe(0.4, rnd.choice(TEXTS)))

def as_json(e):
    return {k: v for k, v in vars(e).items() if v is not None}

if len(sys.argv) > 1:
    example = [EvalResultEntry(dataset_id='cais/hle', task_id='default', value=20.9, date='2025-01-15T10:30:00Z',
                               source_url='https://huggingface.co/datasets/cais/hle', source_name='CAIS HLE 评测',
                               source_org='cais', notes='no-tools')]
    with open(sys.argv[1], 'w', encoding='utf-8', newline='') as f:
        f.write(yaml.dump(eval_result_entries_to_yaml(example)))

cases = []
for i in range(60):
    entries = [entry() for _ in range(rnd.randint(1, 4))]
    text = yaml.dump(eval_result_entries_to_yaml(entries))
    # reading the text back gives the same entries (the reader's half of the contract)
    assert parse_eval_result_entries(yaml.safe_load(text)) == entries
    cases.append({'entries': [as_json(e) for e in entries], 'yaml': text})
json.dump({'generator': 'tools/gen_eval_results_cases.py with huggingface_hub ' + huggingface_hub.__version__
           + ', PyYAML ' + yaml.__version__, 'cases': cases}, sys.stdout, ensure_ascii=False, indent=0)
sys.stdout.write('\n')
