#!/usr/bin/env python3
"""Compare Garter's speed with CPython's (and optionally Lua's) on bench/programs.

Usage: python3 bench/run.py [--garter build/cli/garter] [--runs 5] [--lua] [NAME...]

Each program bench/programs/NAME.py is run `runs` times under Garter
(`garter run NAME.py`) and python3, alternating the two so that machine noise
hits both alike.  The outputs must agree (each program prints a checksum);
otherwise the row says MISMATCH, or ERROR when Garter exits non-zero.  The table
gives median wall-clock seconds and the ratio garter/python3 (below 1 means
Garter is faster), then the geometric mean of the ratios.  With --lua, a
program that has a NAME.lua twin is also timed under lua5.4 when it is installed.
"""

import argparse
import math
import os
import shutil
import statistics
import resource
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
DEFAULT_GARTER = os.path.join(os.path.dirname(BENCH_DIR), "build", "cli", "garter")
TIMEOUT_SECONDS = 120


def child_cpu_seconds():
    """User + system CPU time used so far by finished child processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(argv):
    """Run argv in PROGRAMS_DIR; return (seconds, stdout, exit status).

    Seconds are the child's CPU time (user + system), not wall time: on a shared machine other
    processes stretch wall time but not the work the program itself does."""
    start = child_cpu_seconds()
    try:
        proc = subprocess.run(argv, cwd=PROGRAMS_DIR, capture_output=True,
                              timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return TIMEOUT_SECONDS, "", "timeout"
    except OSError as err:
        return 0.0, str(err), "error"
    elapsed = child_cpu_seconds() - start
    return elapsed, proc.stdout.decode("utf-8", errors="replace"), proc.returncode


def commands_for(name, garter, lua):
    """Return {label: argv} for the interpreters that run program `name`."""
    commands = {"python3": [sys.executable, name + ".py"],
                "garter": [garter, "run", name + ".py"]}
    if lua and os.path.exists(os.path.join(PROGRAMS_DIR, name + ".lua")):
        commands["lua"] = [lua, name + ".lua"]
    return commands


def measure(commands, runs):
    """Run every command `runs` times, interleaved; return {label: (times, outputs, statuses)}."""
    results = {label: ([], [], []) for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            seconds, output, status = timed_run(argv)
            times, outputs, statuses = results[label]
            times.append(seconds)
            outputs.append(output)
            statuses.append(status)
    return results


def verdict(results, label):
    """Return None if `label` behaved like python3 on every run, else a short problem."""
    _, reference, _ = results["python3"]
    _, outputs, statuses = results[label]
    if any(status != 0 for status in statuses):
        return "ERROR"
    if any(output != reference[0] for output in outputs):
        return "MISMATCH"
    return None


def format_row(name, results, show_lua):
    """Return (table row, garter/python3 ratio or None) for one program."""
    py_median = statistics.median(results["python3"][0])
    cells = [f"{name:<18}", f"{py_median:>10.3f}"]
    ratio = None
    problem = verdict(results, "garter")
    garter_median = statistics.median(results["garter"][0])
    if problem:
        cells += [f"{'-':>10}", f"{problem:>9}"]
    else:
        ratio = garter_median / py_median
        cells += [f"{garter_median:>10.3f}", f"{ratio:>9.2f}"]
    if show_lua:
        if "lua" not in results:
            cells.append(f"{'':>10}")
        else:
            lua_problem = verdict(results, "lua")
            lua_median = statistics.median(results["lua"][0])
            cells.append(f"{lua_problem or format(lua_median, '.3f'):>10}")
    return "  ".join(cells), ratio


def print_header(show_lua):
    """Print the table heading."""
    heading = f"{'program':<18}  {'python3 s':>10}  {'garter s':>10}  {'ratio':>9}"
    if show_lua:
        heading += f"  {'lua5.4 s':>10}"
    print(heading)
    print("-" * len(heading))


def geometric_mean(values):
    """Geometric mean of positive numbers (None for an empty list)."""
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def program_names(requested):
    """Return the programs to run: those requested, or every bench/programs/*.py."""
    available = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    unknown = [n for n in requested if n not in available]
    if unknown:
        sys.exit(f"unknown program(s): {', '.join(unknown)}; available: {', '.join(available)}")
    return requested or available


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    parser.add_argument("--garter", default=DEFAULT_GARTER, help="garter binary")
    parser.add_argument("--runs", type=int, default=5, help="runs per interpreter (default 5)")
    parser.add_argument("--lua", action="store_true", help="also time NAME.lua with lua5.4")
    args = parser.parse_args()

    garter = os.path.abspath(args.garter)
    lua = shutil.which("lua5.4") if args.lua else None
    if args.lua and not lua:
        print("lua5.4 not found; skipping the Lua column")
    print_header(bool(lua))
    ratios = []
    for name in program_names(args.names):
        results = measure(commands_for(name, garter, lua), args.runs)
        row, ratio = format_row(name, results, bool(lua))
        print(row, flush=True)
        if ratio is not None:
            ratios.append(ratio)
    mean = geometric_mean(ratios)
    summary = f"{mean:.2f}" if mean is not None else "n/a"
    print(f"\ngeometric mean garter/python3: {summary} over {len(ratios)} program(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
