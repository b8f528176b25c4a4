"""Run pip-audit and say truthfully what it checked.

pip-audit prints "No known vulnerabilities found" even when it could look up none of the
packages (the vulnerability service unreachable, or a mirror that does not answer its
questions): it skips them with a reason and reports no findings. A check must never report
a pass it did not do, so this script reads pip-audit's JSON and decides:

- a known vulnerability in an audited package: FAIL (exit 1);
- nothing audited: "NOT CHECKED" in plain words (exit 0: the build cannot fix the network);
- some packages skipped: the pass names how many were audited and which were not;
- pip-audit gave no usable report at all: "NOT CHECKED" with its own words (exit 0).

Usage: python .ci/pip_audit_check.py [path to pip-audit]
"""
import json
import subprocess
import sys
from dataclasses import dataclass

PASSED, NOT_CHECKED, FAILED = "passed", "not checked", "failed"


@dataclass
class Verdict:
    outcome: str
    message: str

    @property
    def exit_code(self) -> int:
        return 1 if self.outcome == FAILED else 0


def judge(report_text: str, stderr: str = "") -> Verdict:
    """The verdict on one pip-audit JSON report (its stdout) and what it said on stderr."""
    try:
        dependencies = json.loads(report_text)["dependencies"]
        if not isinstance(dependencies, list):
            raise TypeError(dependencies)
    except (ValueError, KeyError, TypeError):
        reason = (stderr.strip().splitlines() or ["no report"])[-1]
        return Verdict(NOT_CHECKED, f"pip-audit: NOT CHECKED — pip-audit gave no report ({reason})")
    total = len(dependencies)
    audited = [each for each in dependencies if "skip_reason" not in each]
    vulnerable = [each for each in audited if each.get("vulns")]
    if vulnerable:
        lines = [f"pip-audit: FAILED — known vulnerabilities in {len(vulnerable)} of {len(audited)} audited packages:"]
        for dependency in vulnerable:
            for vulnerability in dependency["vulns"]:
                fixes = ", ".join(vulnerability.get("fix_versions") or []) or "no fix yet"
                lines.append(f"  {dependency['name']} {dependency.get('version', '?')}: "
                             f"{vulnerability.get('id', '?')} (fixed in: {fixes})")
        return Verdict(FAILED, "\n".join(lines))
    if not audited:
        return Verdict(NOT_CHECKED, f"pip-audit: NOT CHECKED — service unreachable, 0 of {total} "
                                    f"packages audited")
    skipped = [each["name"] for each in dependencies if "skip_reason" in each]
    if skipped:
        return Verdict(PASSED, f"pip-audit: no known vulnerabilities in the {len(audited)} of {total} "
                               f"packages audited; NOT CHECKED: {', '.join(skipped)}")
    return Verdict(PASSED, f"pip-audit: no known vulnerabilities in all {total} packages")


def main(argv: list[str]) -> int:
    pip_audit = argv[1] if len(argv) > 1 else "pip-audit"
    completed = subprocess.run(  # noqa: S603 - our own command line
        [pip_audit, "--skip-editable", "--progress-spinner", "off", "--format", "json"],
        capture_output=True, text=True, check=False,
    )
    verdict = judge(completed.stdout, completed.stderr)
    print(verdict.message)
    return verdict.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
