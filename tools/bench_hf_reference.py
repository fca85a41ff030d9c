"""The reference figure for `cardwright bench`'s "import + export": huggingface_hub's in-process
ModelCard.load (read the file, split and parse the metadata) plus str(card) (write it back),
over a folder of cards, in MB/s of card bytes per second, the same unit Cardwright prints.

Run by hand in a venv with huggingface_hub (the project uses 2.0.0):
    /tmp/hfvenv/bin/python tools/bench_hf_reference.py [CORPUS_DIR] [ROUNDS]

Cards that ModelCard.load refuses (not UTF-8, metadata that is not a mapping, YAML errors) are
left out of both the time and the byte count, and counted in the first line.
"""
import logging
import os
import sys
import time

from huggingface_hub import ModelCard, __version__

logging.disable(logging.WARNING)  # "Repo card metadata block was not found" on cards without one


def round_trip(paths):
    for path in paths:
        str(ModelCard.load(path))


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "corpus", "cards")
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    usable, refused = [], 0
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if not os.path.isfile(path):
            continue
        try:
            str(ModelCard.load(path))
            usable.append(path)
        except Exception:
            refused += 1
    size = sum(os.path.getsize(p) for p in usable)
    print(f"huggingface_hub {__version__}: {len(usable)} cards, {size / 1e6:.2f} MB ({refused} refused); "
          f"1 warm-up and {rounds} measured rounds")
    round_trip(usable)
    start = time.perf_counter()
    for _ in range(rounds):
        round_trip(usable)
    seconds = time.perf_counter() - start
    print(f"ModelCard.load + str      {size * rounds / 1e6 / seconds:8.2f} MB/s  ({seconds * 1000 / rounds:.1f} ms per round)")


if __name__ == "__main__":
    main()
