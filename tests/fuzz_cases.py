#!/usr/bin/env python3
"""Mutation fuzzing of whole scripts: mutated script cases must never crash Garter.

Usage: python3 tests/fuzz_cases.py GARTER_BINARY [--seed N] [--runs N] [--seconds S]

Each run takes a random script case, deletes, duplicates or truncates a few lines or splices
in lines from another case, and runs it. Any outcome but a normal exit (0, or 1 with an error
message) is a failure: a signal, a sanitizer report, or another exit status. Failing inputs are
kept in tests/fuzz-failures/. The same seed and run count always make the same inputs.
"""

import argparse
import glob
import os
import random
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def mutate(rng, lines, donors):
    for _ in range(rng.randint(1, 4)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.random()
        if op < 0.3:
            del lines[i]
        elif op < 0.6:
            lines.insert(rng.randrange(len(lines) + 1), lines[i])
        elif op < 0.8 and lines[i]:
            j = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:j] + lines[i][j + 1:]
        else:
            donor = rng.choice(donors)
            if donor:
                lines.insert(i, rng.choice(donor))
    return lines


def crashed(proc):
    """A signal or a sanitizer report. Any exit status is legitimate (SystemExit(n) sets it)."""
    return (proc.returncode < 0 or b"AddressSanitizer" in proc.stderr
            or b"runtime error:" in proc.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("garter")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=600)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = sorted(glob.glob(os.path.join(HERE, "cases", "*", "*.py")))
    texts = [open(p, encoding="utf-8").read().splitlines() for p in sources]
    deadline = time.time() + args.seconds
    failures = runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "case.py")
        for _ in range(args.runs):
            if time.time() > deadline:
                break
            lines = mutate(rng, list(rng.choice(texts)), texts)
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            try:
                proc = subprocess.run([args.garter, "run", path], capture_output=True, timeout=10)
            except subprocess.TimeoutExpired:
                continue
            runs += 1
            if crashed(proc):
                failures += 1
                keep = os.path.join(HERE, "fuzz-failures")
                os.makedirs(keep, exist_ok=True)
                with open(os.path.join(keep, f"crash{failures}.py"), "w", encoding="utf-8") as f:
                    f.write("\n".join(lines) + "\n")
                print(f"CRASH (status {proc.returncode}):",
                      proc.stderr[-300:].decode("utf-8", "replace"))
    print(f"fuzz: {runs - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
