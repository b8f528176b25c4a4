"""Demo content for a fresh forum: realistic questions and experience replies from fictional
people, one module per VNG domain. The loader (forum/demo/loader.py) takes them in this order."""
from forum.demo.content.inclusieve_samenleving import INCLUSIEVE_SAMENLEVING
from forum.demo.content.informatiesamenleving import INFORMATIESAMENLEVING
from forum.demo.content.leefomgeving import LEEFOMGEVING_ENERGIE
from forum.demo.content.leefomgeving_ruimte import LEEFOMGEVING_RUIMTE
from forum.demo.content.people import PEOPLE

THREADS = [*LEEFOMGEVING_ENERGIE, *LEEFOMGEVING_RUIMTE, *INCLUSIEVE_SAMENLEVING, *INFORMATIESAMENLEVING]

__all__ = ["PEOPLE", "THREADS"]
