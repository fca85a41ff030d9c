# Writes src/test/resources/dev/cardwright/template/hf-template-cases.json: every template of
# ../shared/fixtures/templates that huggingface_hub 2.0.0 renders without error, with its output.
import json, sys, glob, os
from huggingface_hub import ModelCard, ModelCardData
card_data = {"license": "mit", "tags": ["a", "b", "a"], "language": ["en", "zh"]}
kwargs = {"model_name": "m", "base_model": "org/base", "model_id": "org/m", "hub_model_id": "org/m", "dataset_name": "d",
          "trainer_name": "SFT", "trl_version": "0.1", "model_description": "A model.\nTwo lines.", "repo_name": "r"}
out = []
for p in sorted(glob.glob(os.path.join(sys.argv[1], '*.md'))):
    try:
        text = str(ModelCard.from_template(ModelCardData(**card_data), template_path=p, **kwargs))
    except Exception:
        continue
    out.append({"template": os.path.basename(p), "card_data": card_data, "kwargs": kwargs, "expected": text})
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
