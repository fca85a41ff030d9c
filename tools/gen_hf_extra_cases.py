# Writes src/test/resources/dev/cardwright/template/hf-extra-cases.json.
# Extra from_template cases rendered by huggingface_hub (run in a venv with huggingface_hub 2.0.0, PyYAML, Jinja2).
import json, sys
from huggingface_hub import ModelCard, ModelCardData, DatasetCard, DatasetCardData
from huggingface_hub.repocard_data import EvalResult

cases = [
 ("yaml11 values in the template's front matter", "model",
  "---\n{{ card_data }}\nreleased: 2023-01-02\nflag: yes\nlang: no\noctal: 017\nsexa: 1:30\nsci: 1e5\nver: 1.10\nempty:\n# a comment\nwhen: 2023-01-02 10:20:30\n---\n# {{ title }}\n",
  {"license": "mit"}, {"title": "T"}),
 ("model-index written in the template is normalized and merged", "model",
  "---\nlicense: apache-2.0\nmodel-index:\n- name: a\n  results:\n  - task: {type: t, extra: 1}\n    dataset: {name: D, type: d, split: test}\n    metrics:\n    - {type: acc, value: 0.5, verified: false}\n- name: b\n  results:\n  - task: {type: t}\n    dataset: {name: D, type: d, split: test}\n    metrics:\n    - {type: f1, value: 0.25}\n---\nbody\n",
  {}, {}),
 ("no front matter", "model", "# Just a body\n\n{{ x }}\n", {"license": "mit"}, {"x": [1, 2.0, None, True, "it's"]}),
 ("empty front matter", "model", "---\n---\nbody\n", {}, {}),
 ("crlf kwargs decide the line ending", "model", "---\n{{ card_data }}\n---\n{{ body }}", {"license": "mit", "tags": ["a"]}, {"body": "x\r\ny\r\n"}),
 ("dataset train-eval-index goes last", "dataset", "---\n{{ card_data }}\n---\n# {{ pretty_name }}\n",
  {"pretty_name": "P", "license": "mit", "train_eval_index": [{"config": "c", "task": "t"}], "extra": {"k": [1, 2]}, "language": ["en"]}, {}),
 ("long and quoted scalars in metadata", "model", "---\n{{ card_data }}\n---\n",
  {"license": "other", "license_name": "a very long license name that goes on and on and on beyond the eighty column limit for sure",
   "license_link": "LICENSE", "extra_gated_prompt": "Line one\nLine two: 'quoted' and \"double\"\n", "tags": ["yes", "1.0", "2023-01-01", "null", "a: b", "- x"],
   "widget": [{"text": "tab\there"}, {"text": "🚀 rocket", "example_title": ""}]}, {}),
]
out = []
for name, ctype, template, card_data, kwargs in cases:
    if ctype == "dataset":
        card = DatasetCard.from_template(DatasetCardData(**card_data), template_str=template, **kwargs)
    else:
        card = ModelCard.from_template(ModelCardData(**card_data), template_str=template, **kwargs)
    out.append({"name": name, "card_type": ctype, "template": template, "card_data": card_data, "kwargs": kwargs, "expected": str(card)})
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
