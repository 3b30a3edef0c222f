"""Shared helpers for the script-case suite (used by regen.py and run_cases.py).

A case is tests/cases/AREA/NAME.py.  Beside it live the expected results, all
produced by CPython through regen.py:

    NAME.out  exact stdout (always present, possibly empty)
    NAME.rc   exit status, only when it is non-zero
    NAME.err  exact stderr, only when the exit status is non-zero

Every interpreter runs a case the same way: cwd = the case's directory and the
script passed as the relative name "NAME.py".  CPython nevertheless prints the
absolute path in tracebacks (File "/abs/dir/NAME.py"), so stderr is normalised
by stripping the case directory prefix before it is stored or compared.
"""

import os

# Environment shared by every run: deterministic str hashing in CPython and
# UTF-8 output whatever the host locale is.
CASE_ENV_OVERRIDES = {"PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}


def case_env(**extra):
    """Return a copy of os.environ with the case overrides (and `extra`) applied."""
    env = dict(os.environ)
    env.update(CASE_ENV_OVERRIDES)
    env.update(extra)
    return env


def find_cases(cases_dir, patterns=()):
    """List case scripts under `cases_dir` as paths relative to it, sorted.

    A case is any AREA/NAME.py one directory deep.  With `patterns`, keep the
    cases whose relative path contains at least one of them.
    """
    found = []
    for area in sorted(os.listdir(cases_dir)):
        area_dir = os.path.join(cases_dir, area)
        if not os.path.isdir(area_dir):
            continue
        for name in sorted(os.listdir(area_dir)):
            if name.endswith(".py"):
                found.append(f"{area}/{name}")
    if patterns:
        found = [c for c in found if any(p in c for p in patterns)]
    return found


def expected_paths(case_path):
    """Return the (out, err, rc) expectation file paths for a case script path."""
    stem = case_path[:-len(".py")]
    return stem + ".out", stem + ".err", stem + ".rc"


def normalise_stderr(text, case_dir):
    """Make tracebacks independent of where the case lives on disk.

    Any spelling of the case's directory (absolute or symlink-resolved)
    followed by a path separator is removed, so File "/abs/dir/NAME.py"
    becomes File "NAME.py".
    """
    prefixes = {os.path.abspath(case_dir), os.path.realpath(case_dir)}
    for prefix in sorted(prefixes, key=len, reverse=True):
        text = text.replace(prefix + os.sep, "")
    return text


def read_text(path):
    """Read a UTF-8 file exactly (no newline translation)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write_text(path, text):
    """Write a UTF-8 file exactly (no newline translation)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
