#!/usr/bin/env python3
"""Regenerate the expected results of the script cases by running CPython.

Usage: python3 tests/regen.py [--python PYTHON] [--lint] [FILTER...]

Every case tests/cases/AREA/NAME.py (or only those whose path relative to
tests/cases contains one of the FILTERs) is run as `python3 NAME.py` with the
case directory as cwd.  The results are written beside it (see caselib.py):
NAME.out always, NAME.err and NAME.rc only when the exit status is non-zero
(stale ones are removed otherwise).

A case that exits 0 but writes to stderr (typically a warning) is reported,
since that stderr would not be recorded.  Each case is also run a second time with a different PYTHONHASHSEED; if the
results differ the case depends on str hash order, which no other interpreter
will reproduce, and regen reports it and exits with status 1.

--lint additionally warns about cases that leave the "core" subset (classes,
generators, with, match, async, imports), parsing them with the ast module.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("filters", nargs="*", help="substrings of AREA/NAME.py to regenerate")
    parser.add_argument("--python", default="python3", help="CPython to run (default python3)")
    parser.add_argument("--lint", action="store_true", help="warn about non-core constructs")
    args = parser.parse_args()

    cases = caselib.find_cases(CASES_DIR, args.filters)
    with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        problems = dict(zip(cases, pool.map(lambda c: regen_case(args.python, c), cases)))
    for case, problem in problems.items():
        if problem:
            print(f"{case}: {problem}")
    if args.lint:
        for case in cases:
            used = lint_case(case)
            if used:
                print(f"{case}: uses non-core {', '.join(used)}")
    failed = sum(1 for p in problems.values() if p)
    print(f"regenerated {len(cases)} cases, {failed} with problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
