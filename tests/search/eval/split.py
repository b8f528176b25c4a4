"""Split the evaluation pairs into a development half and a held-out half.

    python tests/search/eval/split.py /path/to/all_pairs.json

The source list (all_pairs.json) is deliberately kept out of the repository:
only the two halves are committed, so that nobody tuning the method reads the
held-out pairs by accident while browsing the source. Within each theme the
pairs are shuffled with a fixed seed and divided in two; a theme with an odd
number of pairs gives its extra pair to the held-out half. Within a theme the
pairs are dealt kind by kind, so both halves hold a similar mix of kinds.
Pairs that restate the issue's own examples always go to development.
Running this again on the same source list writes the same two files.
"""
import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

SEED = 20261201
HERE = Path(__file__).parent
# Pairs that restate the examples in the issue's own text (lantaarnpalen, milieustraat,
# grofvuil, BRP, leges, "mensen aan het werk helpen", zonepanelen): whoever builds the
# method has read those, so they cannot measure generalisation and go to development.
PINNED_TO_DEVELOPMENT = {
    "openbare-ruimte-en-mobiliteit-01", "openbare-ruimte-en-mobiliteit-02", "openbare-ruimte-en-mobiliteit-03",
    "digitale-dienstverlening-01", "omgevingswet-en-ruimtelijke-ordening-03", "werk-en-inkomen-01",
    "verduurzaming-maatschappelijk-vastgoed-01",
}


def split(pairs: list[dict], seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """Half of every theme to each side; within a theme, kinds are dealt so that
    each half ends up with about as many pairs of every kind."""
    by_theme: dict[str, list[dict]] = defaultdict(list)
    for pair in pairs:
        by_theme[pair["theme"]].append(pair)
    rng = random.Random(seed)
    halves: tuple[list[dict], list[dict]] = ([], [])
    kinds_in = (defaultdict(int), defaultdict(int))
    for theme in sorted(by_theme):
        members = sorted(by_theme[theme], key=lambda pair: pair["id"])
        rng.shuffle(members)
        members.sort(key=lambda pair: pair["kind"])
        room = [len(members) // 2, len(members) - len(members) // 2]
        members.sort(key=lambda pair: pair["id"] not in PINNED_TO_DEVELOPMENT)
        for pair in members:
            kind = pair["kind"]
            order = sorted((0, 1), key=lambda side: (kinds_in[side][kind], rng.random()))
            if pair["id"] in PINNED_TO_DEVELOPMENT:
                order = [0, 1]
            side = order[0] if room[order[0]] else order[1]
            halves[side].append(pair)
            kinds_in[side][kind] += 1
            room[side] -= 1
    development, held_out = halves
    return sorted(development, key=lambda p: p["id"]), sorted(held_out, key=lambda p: p["id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="the full list of pairs (JSON array)")
    parser.add_argument("--seed", type=int, default=SEED)
    arguments = parser.parse_args()
    pairs = json.loads(arguments.source.read_text(encoding="utf-8"))
    ids = [pair["id"] for pair in pairs]
    if len(ids) != len(set(ids)):
        raise SystemExit("Pair ids are not unique.")
    development, held_out = split(pairs, arguments.seed)
    for name, half in (("development.json", development), ("held_out.json", held_out)):
        (HERE / name).write_text(json.dumps(half, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name}: {len(half)} pairs")


if __name__ == "__main__":
    main()
