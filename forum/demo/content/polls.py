"""Demo polls on two demo questions; each demo municipality answers as one of its size would.

`answer(population, code_number)` gives the label a municipality chooses: fixed, so that every demo
forum shows the same results, and varied, so that the breakdowns by size say something.
"""


def _chatbot(population: int, number: int) -> str:
    if population >= 150_000:
        return "Ja, met vaste antwoorden" if number % 3 else "Ja, met generatieve AI (pilot)"
    if population >= 50_000:
        return ("Ja, met vaste antwoorden", "Nee, maar we onderzoeken het", "Ja, met vaste antwoorden")[number % 3]
    return ("Nee, en geen plannen", "Nee, maar we onderzoeken het", "Nee, en geen plannen",
            "Ja, met vaste antwoorden")[number % 4]


def _woo_fte(population: int, number: int) -> str:
    steps = ("Minder dan 0,5 fte", "0,5 tot 1 fte", "1 tot 3 fte", "3 fte of meer")
    level = 0 if population < 30_000 else 1 if population < 80_000 else 2 if population < 250_000 else 3
    if number % 5 == 0:  # some spend a step more than their size suggests
        level = min(level + 1, len(steps) - 1)
    return steps[level]


POLLS = [
    {
        "thread": "Chatbot op de gemeentelijke website: waardevol of vooral frustratie?",
        "question": "Heeft uw gemeente een chatbot op de website?",
        "options": ["Ja, met vaste antwoorden", "Ja, met generatieve AI (pilot)", "Nee, maar we onderzoeken het",
                    "Nee, en geen plannen"],
        "allows_other": True,
        "results_visibility": "after_voting",
        "closes_in_days": 3,  # closing soon: open for the demo member's municipality to answer
        "answer": _chatbot,
        "other": {"GM0772": "Alleen in de app van het KCC, niet op de website"},
    },
    {
        "thread": "Woo-verzoeken binnen de termijn afhandelen: hoe lukt dat jullie?",
        "question": "Hoeveel fte zet uw gemeente in op de afhandeling van Woo-verzoeken?",
        "options": ["Minder dan 0,5 fte", "0,5 tot 1 fte", "1 tot 3 fte", "3 fte of meer"],
        "allows_other": False,
        "results_visibility": "after_closing",
        "closes_in_days": -2,  # closed: its results are there for everyone
        "answer": _woo_fte,
        "other": {},
    },
]
