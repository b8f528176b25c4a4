"""The pip-audit step of .ci/run says what it really checked (decided on recorded pip-audit output)."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RECORDED = Path(__file__).parent / "recorded"


def _load_check():
    spec = importlib.util.spec_from_file_location("pip_audit_check", ROOT / ".ci" / "pip_audit_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load_check()


def _recorded(name: str) -> str:
    return (RECORDED / name).read_text()


def test_nothing_audited_is_said_plainly_and_does_not_fail_the_build():
    report = _recorded("pip_audit_unreachable.json")
    total = len(json.loads(report)["dependencies"])

    verdict = check.judge(report)

    assert verdict.outcome == check.NOT_CHECKED
    assert verdict.message == f"pip-audit: NOT CHECKED — service unreachable, 0 of {total} packages audited"
    assert "No known vulnerabilities" not in verdict.message
    assert verdict.exit_code == 0


def test_a_reported_vulnerability_fails_the_build():
    verdict = check.judge(_recorded("pip_audit_vulnerable.json"))

    assert verdict.outcome == check.FAILED
    assert verdict.exit_code == 1
    assert "flask 0.5: PYSEC-2019-179 (fixed in: 1.0)" in verdict.message
    assert "PYSEC-2018-66" in verdict.message


def test_a_clean_audit_of_every_package_passes():
    verdict = check.judge(_recorded("pip_audit_clean.json"))

    assert verdict.outcome == check.PASSED
    assert verdict.exit_code == 0
    assert verdict.message == "pip-audit: no known vulnerabilities in all 3 packages"


def test_a_partial_audit_names_what_was_not_checked():
    verdict = check.judge(_recorded("pip_audit_partial.json"))

    assert verdict.outcome == check.PASSED
    assert "1 of 2 packages audited" in verdict.message
    assert "NOT CHECKED: pyotp" in verdict.message


@pytest.mark.parametrize("stdout", ["", "not json", "{}", '{"dependencies": null}'])
def test_no_report_at_all_is_not_a_pass(stdout):
    verdict = check.judge(stdout, _recorded("pip_audit_connection_error.stderr"))

    assert verdict.outcome == check.NOT_CHECKED
    assert verdict.message.startswith("pip-audit: NOT CHECKED")
    assert "ConnectionError" in verdict.message


def test_ci_runs_pip_audit_only_through_the_check():
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()
             if not line.strip().startswith("#")]
    audit_lines = [line for line in lines if "pip" in line and "audit" in line and not line.startswith("echo")]

    assert audit_lines == [".venv/bin/python .ci/pip_audit_check.py .venv/bin/pip-audit"]
