"""Evaluation pairs for finding an earlier question asked in other words (see README.md)."""
import json
from pathlib import Path

HALVES = ("development", "held_out")


def load_pairs(half: str) -> list[dict]:
    """The pairs of one half: "development" (tune on these) or "held_out" (report these)."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    path = Path(__file__).parent / f"{half}.json"
    return json.loads(path.read_text(encoding="utf-8"))
