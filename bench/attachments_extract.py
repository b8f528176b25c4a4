"""Extraction time per MB of PDF, docx and xlsx (files generated here, Dutch words at random).

    .venv/bin/python -m bench.attachments_extract [--sizes 1,5]

For each type and size: the CPU time of `extract()` as the worker runs it (a child process
with its limits, text capped at MAX_TEXT_CHARS, so a big file may stop early), and the CPU time
to read the whole file in this process without the cap, per MB: what the parsers themselves
cost. CPU time, not time on the clock: on a shared machine the clock says more about the
neighbours than about the parser.
"""
import argparse
import random
import resource
import time

from wordfreq import top_n_list

from forum.attachments import extraction
from tests.attachments import documents

WORDS = top_n_list("nl", 5000)


def _sentence(rng: random.Random, count: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize() + "."


def make(kind: str, megabytes: float, rng: random.Random) -> bytes:
    """A file of about `megabytes` MB of the kind, grown until it is large enough."""
    target = int(megabytes * 1024 * 1024)
    units = 200
    while True:
        if kind == "pdf":
            data = documents.pdf([[_sentence(rng, 12) for _ in range(50)] for _ in range(units // 10)])
        elif kind == "docx":
            data = documents.docx([_sentence(rng) for _ in range(units * 10)])
        else:
            data = documents.xlsx([[rng.choice(WORDS), rng.randint(0, 10**6), _sentence(rng, 5)]
                                   for _ in range(units * 10)])
        if len(data) >= target:
            return data
        units = int(units * max(1.2, target / len(data) * 1.05))


MIMES = {"pdf": extraction.PDF, "docx": extraction.DOCX, "xlsx": extraction.XLSX}


def _uncapped(data: bytes, mime: str) -> float:
    cap = extraction.MAX_TEXT_CHARS
    extraction.MAX_TEXT_CHARS = 10**9
    try:
        started = time.process_time()
        extraction.extract_unguarded(data, mime)
        return time.process_time() - started
    finally:
        extraction.MAX_TEXT_CHARS = cap


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5", help="file sizes in MB, comma-separated")
    arguments = parser.parse_args()
    rng = random.Random(14)
    print("| type | size | extract(), CPU | status | text | whole file, CPU | per MB |")
    print("|---|---|---|---|---|---|---|")
    for kind, mime in MIMES.items():
        for size in (float(value) for value in arguments.sizes.split(",")):
            data = make(kind, size, rng)
            megabytes = len(data) / 1024 / 1024
            started = _children_cpu()
            result = extraction.extract(data, mime)
            guarded = _children_cpu() - started
            whole = _uncapped(data, mime)
            print(f"| {kind} | {megabytes:.1f} MB | {guarded:.2f} s | {result.status} | "
                  f"{len(result.text):,} chars | {whole:.2f} s | {whole / megabytes:.2f} s |")


if __name__ == "__main__":
    main()
