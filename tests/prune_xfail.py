#!/usr/bin/env python3
"""Remove from tests/cases/xfail.txt every case that now passes.

Usage: python3 tests/prune_xfail.py GARTER_BINARY

Runs run_cases.py and deletes the lines it reports as XPASS; prints what it removed.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
XFAIL = os.path.join(HERE, "cases", "xfail.txt")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    proc = subprocess.run([sys.executable, os.path.join(HERE, "run_cases.py"), sys.argv[1],
                           os.path.join(HERE, "cases")], capture_output=True, text=True)
    passing = set(re.findall(r"^XPASS (\S+)", proc.stdout, re.MULTILINE))
    with open(XFAIL, encoding="utf-8") as f:
        lines = f.read().splitlines()
    kept = [line for line in lines if line.split("#", 1)[0].strip() not in passing]
    with open(XFAIL, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    for name in sorted(passing):
        print("removed", name)


if __name__ == "__main__":
    main()
