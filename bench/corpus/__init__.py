"""Question subjects and body sentences for generated forums (see README.md)."""
import json
from pathlib import Path

SUBJECTS_PATH = Path(__file__).parent / "subjects.json"


def load_subjects() -> tuple[dict[str, list[dict]], list[str]]:
    """The subjects per theme slug ({"title", "body"} each) and the generic body sentences."""
    corpus = json.loads(SUBJECTS_PATH.read_text(encoding="utf-8"))
    return corpus["themes"], corpus["sentences"]
