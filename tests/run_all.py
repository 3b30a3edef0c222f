#!/usr/bin/env python3
"""Run the whole test suite and print one closing line for it.

Usage: python3 tests/run_all.py BUILD_DIR

Runs the Criterion unit tests through `meson test --suite unit`, the script cases
(run_cases.py) and the sandbox probes (sandbox/run.py), and ends with `tests: N passed, N failed`
counting individual unit tests, script cases and probes. Exit status 1 if anything failed.
"""

import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SYNTHESIS = re.compile(r"Synthesis: Tested: (\d+) \| Passing: (\d+) \| Failing: (\d+) \| "
                       r"Crashing: (\d+)")
CASES_SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed", re.MULTILINE)


def unit_counts(build_dir):
    """Run the unit suite; return (passed, failed) over individual Criterion tests."""
    subprocess.run(["meson", "test", "-C", build_dir, "--suite", "unit", "--print-errorlogs"],
                   check=False)
    log = os.path.join(build_dir, "meson-logs", "testlog.json")
    passed = failed = 0
    with open(log, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            found = SYNTHESIS.search(entry.get("stdout", "") + entry.get("stderr", ""))
            if found:
                passed += int(found.group(2))
                failed += int(found.group(3))
            elif entry.get("result") != "OK":
                failed += 1  # crashed or timed out before Criterion's summary
    return passed, failed


def case_counts(build_dir):
    """Run the script cases; return (passed, failed) from run_cases.py's summary."""
    garter = os.path.join(build_dir, "cli", "garter")
    proc = subprocess.run([sys.executable, os.path.join(HERE, "run_cases.py"), garter,
                           os.path.join(HERE, "cases")], capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stdout.write(proc.stderr)
    found = CASES_SUMMARY.findall(proc.stdout)
    if not found:
        return 0, 1
    passed, failed = found[-1]
    return int(passed), int(failed) + (1 if proc.returncode not in (0, 1) else 0)


def sandbox_counts(build_dir):
    """Run the sandbox probes (every reach for the host must be blocked)."""
    garter = os.path.join(build_dir, "cli", "garter")
    proc = subprocess.run([sys.executable, os.path.join(HERE, "sandbox", "run.py"), garter],
                          capture_output=True, text=True)
    found = CASES_SUMMARY.findall(proc.stdout)
    if not found:
        sys.stdout.write(proc.stdout + proc.stderr)
        return 0, 1
    passed, failed = (int(x) for x in found[-1])
    if failed:
        sys.stdout.write(proc.stdout)
    print(f"sandbox probes: {passed} passed, {failed} failed")
    return passed, failed


def main():
    build_dir = sys.argv[1] if len(sys.argv) > 1 else "build"
    unit_passed, unit_failed = unit_counts(build_dir)
    print(f"unit tests: {unit_passed} passed, {unit_failed} failed")
    case_passed, case_failed = case_counts(build_dir)
    box_passed, box_failed = sandbox_counts(build_dir)
    passed = unit_passed + case_passed + box_passed
    failed = unit_failed + case_failed + box_failed
    print(f"tests: {passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
