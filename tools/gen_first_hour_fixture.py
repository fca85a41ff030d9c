#!/usr/bin/env python3
"""What huggingface_hub reads from the card of the first-hour scenario (FirstHourTest).

The scenario makes a card for lab/bert-zh-news in the editor: base model, languages, license,
pipeline tag and library picked in the metadata form, and the lm-evaluation-harness output
src/test/resources/dev/cardwright/results/lm-eval-kestrel.json imported into the results table.
This script builds the same card with huggingface_hub's ModelCardData and EvalResult, reading
the lm-eval JSON itself (results per task, "metric,filter" keys, stderr left out, few-shot count
from "n-shot", the filter named when it is not "none"), saves it, loads it back with
ModelCard.load and records every key and every evaluation result as JSON. The test then checks
that the README the editor exports reads as the same data.

Run by hand in a venv with huggingface_hub 2.0.0:
    /tmp/hfvenv/bin/python tools/gen_first_hour_fixture.py
"""
import json
import pathlib
import tempfile

from huggingface_hub import EvalResult, ModelCard, ModelCardData

ROOT = pathlib.Path(__file__).resolve().parent.parent
LM_EVAL = ROOT / "src/test/resources/dev/cardwright/results/lm-eval-kestrel.json"
OUT = ROOT / "src/test/resources/dev/cardwright/firsthour/hf-reads.json"


def lm_eval_results(path):
    run = json.loads(path.read_text(encoding="utf-8"))
    model = dict(a.split("=", 1) for a in run["config"]["model_args"].split(","))["pretrained"]
    out = []
    for task, scores in run["results"].items():
        config = run["configs"][task]
        split = config.get("test_split") or config.get("validation_split")
        shots = run["n-shot"][task]
        for key, value in scores.items():
            if "," not in key or "_stderr" in key:
                continue
            metric, filt = key.split(",", 1)
            name = f"{metric} ({shots}-shot)" + ("" if filt == "none" else f" [{filt}]")
            out.append(EvalResult(
                task_type="text-generation",
                dataset_type=config["dataset_path"],
                dataset_name=task,
                dataset_config=config.get("dataset_name"),
                dataset_split=split,
                metric_type=metric,
                metric_name=name,
                metric_value=value,
                source_name="lm-evaluation-harness",
                source_url="https://github.com/EleutherAI/lm-evaluation-harness",
            ))
    return model, out


def main():
    model, results = lm_eval_results(LM_EVAL)
    data = ModelCardData(
        base_model="google-bert/bert-base-chinese",
        language=["zh", "en"],
        license="apache-2.0",
        pipeline_tag="text-classification",
        library_name="transformers",
        model_name=model,
        eval_results=results,
    )
    # the body does not matter to what is read; from_template would need Jinja2 as well
    card = ModelCard(f"---\n{data.to_yaml()}\n---\n\n# Model Card for lab/bert-zh-news\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / "README.md"
        card.save(path)
        loaded = ModelCard.load(path)
    read = loaded.data
    fields = ["task_type", "task_name", "dataset_type", "dataset_name", "dataset_config", "dataset_split",
              "metric_type", "metric_name", "metric_value", "verified", "source_name", "source_url"]
    record = {
        "_comment": "written by tools/gen_first_hour_fixture.py with huggingface_hub " + __import__("huggingface_hub").__version__,
        "keys": sorted(read.to_dict().keys()),
        "data": {k: v for k, v in read.to_dict().items() if k != "model-index"},
        "model_name": read.model_name,
        "eval_results": [{f: getattr(r, f) for f in fields} for r in read.eval_results],
    }
    OUT.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(record['keys'])} keys, {len(record['eval_results'])} results")


if __name__ == "__main__":
    main()
