"""How pytest-xdist shares the tests among its processes (`--dist load`, from pyproject.toml).

Each test goes to whichever process is free, so that both finish together: a whole file at a
time left one process running the last slow file (the recall tests, the demo) while the other
waited. The files below need their tests in one process, in order, and go whole, first.
xdist's own `loadgroup` cannot say this here: it marks a test's group in its id, which pytest 9
no longer lets a plugin change.
"""
import pytest
from xdist.scheduler import LoadScopeScheduling

WHOLE_FILES = (
    # One live forum and Chromium per process; the accessibility cases build on the states the
    # earlier ones left (a kept draft, then the list of drafts).
    "tests/browser/",
    # The demo forum is made once per database and copied for the module's other tests.
    "tests/test_demo.py",
    # The second database's run finds the vectors of the demo and the pairs in the process's
    # memory (tests/conftest.py); another process would spend some 20 s computing them again.
    "tests/search/test_related_recall.py",
)


class _WholeFilesFirst(LoadScopeScheduling):
    """A file of WHOLE_FILES is one unit of work, any other test one of its own. xdist hands
    out the largest units first: the whole files start at once, the single tests fill in."""

    def _split_scope(self, nodeid: str) -> str:
        path = nodeid.split("::", 1)[0]
        return path if path.startswith(WHOLE_FILES) else nodeid


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "load":
        return _WholeFilesFirst(config, log)
    return None
