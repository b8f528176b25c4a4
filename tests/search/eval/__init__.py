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


def rank_of(target: int, suggested_ids: list[int]) -> int | None:
    """Where the right thread stands in a list of suggestions (1 is first), None if absent."""
    return suggested_ids.index(target) + 1 if target in suggested_ids else None


def recall_figures(ranks: list[int | None], prefix: str = "") -> dict[str, float]:
    """recall@1, recall@5 and MRR over the lists the ranks come from."""
    count = len(ranks)
    return {f"{prefix}recall@1": sum(rank == 1 for rank in ranks) / count,
            f"{prefix}recall@5": sum(rank is not None and rank <= 5 for rank in ranks) / count,
            f"{prefix}mrr@10": sum(1 / rank for rank in ranks if rank) / count}
