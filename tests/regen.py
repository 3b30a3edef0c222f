#!/usr/bin/env python3
"""Regenerate the expected results of the script cases by running CPython.

Usage: python3 tests/regen.py [--python PYTHON] [--lint] [FILTER...]

Every case tests/cases/AREA/NAME.py (or only those whose path relative to
tests/cases contains one of the FILTERs) is run as `python3 NAME.py` with the
case directory as cwd.  The results are written beside it (see caselib.py):
NAME.out always, NAME.err and NAME.rc only when the exit status is non-zero
(stale ones are removed otherwise).

Problems are reported and make regen exit with status 1:
- a case that exits 0 but writes to stderr (typically a SyntaxWarning), since
  that stderr is not recorded;
- a case whose results change under a second PYTHONHASHSEED: it depends on str
  hash order, which no other interpreter will reproduce;
- expectation files left without their NAME.py.

The recorded messages are CPython 3.11's; regen refuses another version unless
--any-version is given.  --lint also reports cases that leave the "core"
subset (classes, generators, with, match, async, imports).
"""

import argparse
import ast
import concurrent.futures
import os
import subprocess
import sys

import caselib

CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
SECOND_HASH_SEED = "12345"
EXPECTED_VERSION = (3, 11)
TIMEOUT_SECONDS = 30

# AST node types outside the "core" milestone subset, with a readable name.
NON_CORE_NODES = {
    ast.ClassDef: "class", ast.Yield: "yield", ast.YieldFrom: "yield from",
    ast.GeneratorExp: "generator expression", ast.With: "with", ast.Match: "match",
    ast.AsyncFunctionDef: "async def", ast.Await: "await", ast.Import: "import",
    ast.ImportFrom: "import",
}


def run_python(python, case_dir, script, hash_seed):
    """Run one case under CPython; return (stdout, normalised stderr, status)."""
    proc = subprocess.run(
        [python, script], cwd=case_dir, capture_output=True, timeout=TIMEOUT_SECONDS,
        env=caselib.case_env(PYTHONHASHSEED=hash_seed))
    stdout = proc.stdout.decode("utf-8")
    stderr = caselib.normalise_stderr(proc.stderr.decode("utf-8"), case_dir)
    return stdout, stderr, proc.returncode


def write_expectations(case_path, result):
    """Write NAME.out, and NAME.err/NAME.rc for a failing run (else delete them)."""
    stdout, stderr, status = result
    out_path, err_path, rc_path = caselib.expected_paths(case_path)
    caselib.write_text(out_path, stdout)
    if status != 0:
        caselib.write_text(err_path, stderr)
        caselib.write_text(rc_path, f"{status}\n")
        return
    for stale in (err_path, rc_path):
        if os.path.exists(stale):
            os.remove(stale)


def regen_case(python, relative):
    """Regenerate one case; return a problem description or None."""
    case_path = os.path.join(CASES_DIR, relative)
    case_dir, script = os.path.split(case_path)
    result = run_python(python, case_dir, script, "0")
    write_expectations(case_path, result)
    if result[2] == 0 and result[1]:
        return "writes to stderr but exits 0 (a warning?); stderr is only kept on failure"
    if run_python(python, case_dir, script, SECOND_HASH_SEED) != result:
        return "output depends on PYTHONHASHSEED (str/bytes hash order)"
    return None


def lint_case(relative):
    """Return the non-core constructs a case uses (empty if it does not parse)."""
    source = caselib.read_text(os.path.join(CASES_DIR, relative))
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []  # syntax cases are meant not to parse
    used = {name for node in ast.walk(tree)
            for kind, name in NON_CORE_NODES.items() if isinstance(node, kind)}
    return sorted(used)


def python_version(python):
    """Return the (major, minor) version of the given Python executable."""
    out = subprocess.run([python, "-c", "import sys; print(*sys.version_info[:2])"],
                         capture_output=True, text=True, check=True).stdout
    return tuple(int(part) for part in out.split())


def orphan_expectations():
    """Return expectation files (.out/.err/.rc) whose NAME.py no longer exists."""
    orphans = []
    for area in sorted(os.listdir(CASES_DIR)):
        area_dir = os.path.join(CASES_DIR, area)
        if not os.path.isdir(area_dir):
            continue
        for name in sorted(os.listdir(area_dir)):
            stem, ext = os.path.splitext(name)
            if ext in (".out", ".err", ".rc") and not os.path.exists(
                    os.path.join(area_dir, stem + ".py")):
                orphans.append(f"{area}/{name}")
    return orphans


def check_version(python, allow_any):
    """Exit unless `python` is the CPython version the expectations come from."""
    version = python_version(python)
    if version != EXPECTED_VERSION and not allow_any:
        wanted = ".".join(map(str, EXPECTED_VERSION))
        sys.exit(f"{python} is {'.'.join(map(str, version))}; the expectations are "
                 f"CPython {wanted}'s (use --any-version)")


def collect_problems(python, cases, lint):
    """Regenerate `cases` in parallel; return a list of "case: problem" lines."""
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda c: regen_case(python, c), cases))
    lines = [f"{case}: {problem}" for case, problem in zip(cases, results) if problem]
    lines += [f"{orphan}: no matching .py (delete it)" for orphan in orphan_expectations()]
    if lint:
        lines += [f"{case}: uses non-core {', '.join(used)}"
                  for case in cases if (used := lint_case(case))]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filters", nargs="*", help="substrings of AREA/NAME.py to regenerate")
    parser.add_argument("--python", default="python3", help="CPython to run (default python3)")
    parser.add_argument("--lint", action="store_true", help="warn about non-core constructs")
    parser.add_argument("--any-version", action="store_true",
                        help="allow a CPython other than the expected version")
    args = parser.parse_args()

    check_version(args.python, args.any_version)
    cases = caselib.find_cases(CASES_DIR, args.filters)
    problems = collect_problems(args.python, cases, args.lint)
    for line in problems:
        print(line)
    print(f"regenerated {len(cases)} cases, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
