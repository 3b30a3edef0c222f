#!/usr/bin/env python3
"""Run the script cases against Garter and compare with CPython's results.

Usage: python3 tests/run_cases.py GARTER_BINARY CASES_DIR [-k SUBSTRING] [-v]

Each case AREA/NAME.py runs as `GARTER_BINARY run NAME.py` with cwd = its
directory (10 s timeout, cases in parallel).  It passes when stdout equals
NAME.out, the exit status equals NAME.rc (0 when absent), and, when NAME.err
exists, the normalised stderr equals it (see caselib.py).

Cases listed in CASES_DIR/xfail.txt are expected to fail: a failure counts as
xfailed, a pass is reported as XPASS and counts as a failure so the list
cannot go stale.  The last line is the summary `N passed, N failed[, N xfailed]`;
the exit status is 1 when anything failed.
"""

import argparse
import collections
import concurrent.futures
import difflib
import os
import signal
import subprocess
import sys

import caselib

TIMEOUT_SECONDS = 10
DIFF_LINES = 15
XFAIL_FILE = "xfail.txt"


def load_xfail(cases_dir):
    """Return the set of case paths listed in xfail.txt (comments and blanks ignored)."""
    path = os.path.join(cases_dir, XFAIL_FILE)
    if not os.path.exists(path):
        return set()
    entries = set()
    for line in caselib.read_text(path).splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.add(entry)
    return entries


def read_expected(case_path):
    """Return (stdout, stderr or None, status) that CPython produced for a case."""
    out_path, err_path, rc_path = caselib.expected_paths(case_path)
    stdout = caselib.read_text(out_path) if os.path.exists(out_path) else ""
    stderr = caselib.read_text(err_path) if os.path.exists(err_path) else None
    status = int(caselib.read_text(rc_path)) if os.path.exists(rc_path) else 0
    return stdout, stderr, status


def run_garter(garter, case_path):
    """Run one case under Garter; return (stdout, normalised stderr, status)."""
    case_dir, script = os.path.split(case_path)
    try:
        # A new session lets a timeout kill the whole process group, children included.
        proc = subprocess.Popen([garter, "run", script], cwd=case_dir, env=caselib.case_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as err:
        return "", f"cannot run {garter}: {err}\n", "error"
    try:
        stdout, stderr = proc.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "", f"timed out after {TIMEOUT_SECONDS} s\n", "timeout"
    stdout = stdout.decode("utf-8", errors="replace")
    stderr = stderr.decode("utf-8", errors="replace")
    return stdout, caselib.normalise_stderr(stderr, case_dir), proc.returncode


def short_diff(label, expected, actual):
    """Return the first DIFF_LINES lines of a unified diff of two texts."""
    lines = list(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        f"expected {label}", f"garter {label}", n=1))
    shown = [line if line.endswith("\n") else line + "\n" for line in lines[:DIFF_LINES]]
    if len(lines) > DIFF_LINES:
        shown.append(f"    ... {len(lines) - DIFF_LINES} more diff lines\n")
    return "".join("    " + line for line in shown)


def compare(expected, actual):
    """Return a description of how `actual` differs from `expected` ("" if equal)."""
    exp_out, exp_err, exp_status = expected
    out, err, status = actual
    report = []
    if status != exp_status:
        report.append(f"    exit status {status!r}, expected {exp_status}\n")
    if out != exp_out:
        report.append(short_diff("stdout", exp_out, out))
    if exp_err is not None and err != exp_err:
        report.append(short_diff("stderr", exp_err, err))
    if status != exp_status and exp_err is None and err:
        report.append(short_diff("stderr", "", err))
    return "".join(report)


def run_case(garter, cases_dir, relative):
    """Run and check one case; return its difference report ("" when it passes)."""
    case_path = os.path.join(cases_dir, relative)
    return compare(read_expected(case_path), run_garter(garter, case_path))


def classify(relative, report, xfail):
    """Return the outcome of a case: 'pass', 'fail', 'xfail' or 'xpass'."""
    if relative in xfail:
        return "xfail" if report else "xpass"
    return "fail" if report else "pass"


def print_outcome(relative, outcome, report, verbose):
    """Print what one case needs to show (failures always, the rest with -v)."""
    if outcome == "fail":
        print(f"FAIL {relative}\n{report}", end="")
    elif outcome == "xpass":
        print(f"XPASS {relative} (remove from {XFAIL_FILE})")
    elif verbose:
        print(f"{outcome.upper()} {relative}")
        if outcome == "xfail":
            print(report, end="")


def print_area_counts(outcomes):
    """Print one line per area with its counts of each outcome."""
    by_area = collections.defaultdict(collections.Counter)
    for relative, outcome in outcomes.items():
        by_area[relative.split("/", 1)[0]][outcome] += 1
    for area, counts in sorted(by_area.items()):
        line = f"  {area:16} {counts['pass']:4}/{sum(counts.values()):<4} passed"
        if counts["xfail"]:
            line += f", {counts['xfail']} xfailed"
        print(line)


def summary_line(outcomes):
    """Return the final `N passed, N failed[, N xfailed]` line."""
    counts = collections.Counter(outcomes.values())
    line = f"{counts['pass']} passed, {counts['fail'] + counts['xpass']} failed"
    if counts["xfail"]:
        line += f", {counts['xfail']} xfailed"
    return line


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("garter", help="path to the garter binary")
    parser.add_argument("cases_dir", help="directory holding AREA/NAME.py cases")
    parser.add_argument("-k", dest="substring", action="append", default=[],
                        help="only run cases whose AREA/NAME.py contains SUBSTRING")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case")
    args = parser.parse_args()

    garter = os.path.abspath(args.garter)
    cases = caselib.find_cases(args.cases_dir, args.substring)
    xfail = load_xfail(args.cases_dir)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        reports = pool.map(lambda c: run_case(garter, args.cases_dir, c), cases)
        outcomes = {}
        for relative, report in zip(cases, reports):
            outcomes[relative] = classify(relative, report, xfail)
            print_outcome(relative, outcomes[relative], report, args.verbose)
    print_area_counts(outcomes)
    print(summary_line(outcomes))
    return 1 if any(o in ("fail", "xpass") for o in outcomes.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
