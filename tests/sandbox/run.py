#!/usr/bin/env python3
"""Run the sandbox property tests: every probe must print "blocked" under Garter.

Usage: python3 tests/sandbox/run.py GARTER_BINARY
       python3 tests/sandbox/run.py --cpython [PYTHON]

Each tests/sandbox/NAME.py (except this file) runs as `GARTER_BINARY run NAME.py` with
cwd = tests/sandbox.  It passes when it exits with status 0, prints at least one line,
and every line of its stdout is exactly "blocked".  Unlike tests/cases, there are no
recorded expectations: CPython exposes all of these paths, so it cannot be the oracle.

--cpython checks the probes themselves: under CPython (default `python3`) every line
must be "reachable", proving that each probe really exercises a path CPython provides.

Exit status: 0 when every file passes, 1 otherwise, 2 on a usage error.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_SECONDS = 10


def probe_files():
    """Return the probe scripts in this directory, sorted."""
    me = os.path.basename(__file__)
    return sorted(n for n in os.listdir(HERE) if n.endswith(".py") and n != me)


def check(command, name, expected):
    """Run one probe file; return None if it passes, else a one-line reason."""
    try:
        proc = subprocess.run(command + [name], cwd=HERE, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT_SECONDS} s"
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        last = stderr.splitlines()[-1] if stderr else "(no stderr)"
        return f"exit status {proc.returncode}: {last}"
    lines = stdout.splitlines()
    if not lines:
        return "printed nothing"
    bad = [(i, line) for i, line in enumerate(lines, 1) if line != expected]
    if bad:
        i, line = bad[0]
        return f"{len(bad)} of {len(lines)} line(s) not {expected!r}; line {i}: {line!r}"
    return None


def main(argv):
    if len(argv) == 2 and argv[1] not in ("-h", "--help", "--cpython"):
        command, expected = [os.path.abspath(argv[1]), "run"], "blocked"
    elif len(argv) in (2, 3) and argv[1] == "--cpython":
        command, expected = [argv[2] if len(argv) == 3 else "python3"], "reachable"
    else:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    failures = 0
    names = probe_files()
    for name in names:
        reason = check(command, name, expected)
        if reason is None:
            print(f"ok    {name}")
        else:
            failures += 1
            print(f"FAIL  {name}: {reason}")
    print(f"{len(names) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
