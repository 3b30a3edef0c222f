# An "agent-style" script: tool-call records -> filter, group, aggregate, sort -> report.

RECORDS = [
    {"id": "t-001", "tool": "search", "status": "ok", "ms": 412, "tokens": 1830, "cost": 0.0121, "tags": ["web"], "user": "ana"},
    {"id": "t-002", "tool": "python", "status": "ok", "ms": 1290, "tokens": 640, "cost": 0.0042, "tags": ["code"], "user": "ben"},
    {"id": "t-003", "tool": "search", "status": "error", "ms": 5003, "tokens": 0, "cost": 0.0, "tags": ["web", "timeout"], "user": "ana", "error": "timeout after 5000 ms"},
    {"id": "t-004", "tool": "browser", "status": "ok", "ms": 2210, "tokens": 5120, "cost": 0.0339, "tags": ["web"], "user": "cho"},
    {"id": "t-005", "tool": "python", "status": "error", "ms": 88, "tokens": 210, "cost": 0.0014, "tags": ["code"], "user": "ana", "error": "NameError: name 'df' is not defined"},
    {"id": "t-006", "tool": "files", "status": "ok", "ms": 35, "tokens": 90, "cost": 0.0006, "tags": [], "user": "ben"},
    {"id": "t-007", "tool": "search", "status": "ok", "ms": 388, "tokens": 1502, "cost": 0.0099, "tags": ["web"], "user": "cho"},
    {"id": "t-008", "tool": "browser", "status": "retry", "ms": 3120, "tokens": 2400, "cost": 0.0158, "tags": ["web", "slow"], "user": "ana"},
    {"id": "t-009", "tool": "python", "status": "ok", "ms": 940, "tokens": 1100, "cost": 0.0073, "tags": ["code", "plot"], "user": "cho"},
    {"id": "t-010", "tool": "files", "status": "error", "ms": 12, "tokens": 0, "cost": 0.0, "tags": ["io"], "user": "ben", "error": "FileNotFoundError: data.csv"},
    {"id": "t-011", "tool": "search", "status": "ok", "ms": 505, "tokens": 1999, "cost": 0.0132, "tags": ["web"], "user": "ben"},
    {"id": "t-012", "tool": "python", "status": "ok", "ms": 1502, "tokens": 2048, "cost": 0.0135, "tags": ["code"], "user": "ana"},
    {"id": "t-013", "tool": "browser", "status": "ok", "ms": 1875, "tokens": 4380, "cost": 0.0289, "tags": ["web"], "user": "ben"},
    {"id": "t-014", "tool": "calc", "status": "ok", "ms": 3, "tokens": 20, "cost": 0.0001, "tags": [], "user": "cho"},
    {"id": "t-015", "tool": "search", "status": "error", "ms": 61, "tokens": 0, "cost": 0.0, "tags": ["web"], "user": "cho", "error": "HTTP 429: rate limited"},
]

SLOW_MS = 2000
WIDTH = 64


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return 0
    rank = max(1, round(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def group_by(records, key):
    groups = {}
    for rec in records:
        groups.setdefault(rec[key], []).append(rec)
    return groups


def summarise(records):
    times = sorted([r["ms"] for r in records])
    ok = [r for r in records if r["status"] == "ok"]
    return {
        "calls": len(records),
        "ok": len(ok),
        "rate": len(ok) / len(records) if records else 0.0,
        "tokens": sum([r["tokens"] for r in records]),
        "cost": sum([r["cost"] for r in records]),
        "p50": percentile(times, 0.5),
        "p90": percentile(times, 0.9),
        "max": times[-1] if times else 0,
    }


def banner(title):
    print("=" * WIDTH)
    print(f"{title:^{WIDTH}}")
    print("=" * WIDTH)


def print_tool_table(groups):
    header = f"{'tool':<9}{'calls':>6}{'ok%':>8}{'tokens':>9}{'cost $':>9}{'p50':>7}{'p90':>7}{'max':>7}"
    print(header)
    print("-" * len(header))
    rows = [(tool, summarise(recs)) for tool, recs in groups.items()]
    rows.sort(key=lambda item: (-item[1]["cost"], item[0]))
    for tool, s in rows:
        print(f"{tool:<9}{s['calls']:>6}{s['rate']:>8.1%}{s['tokens']:>9,}"
              f"{s['cost']:>9.4f}{s['p50']:>7}{s['p90']:>7}{s['max']:>7}")
    total = summarise([r for recs in groups.values() for r in recs])
    print("-" * len(header))
    print(f"{'TOTAL':<9}{total['calls']:>6}{total['rate']:>8.1%}{total['tokens']:>9,}"
          f"{total['cost']:>9.4f}{total['p50']:>7}{total['p90']:>7}{total['max']:>7}")


def print_errors(records):
    errors = [r for r in records if r["status"] == "error"]
    print(f"\nErrors ({len(errors)}):")
    for r in sorted(errors, key=lambda r: r["ms"], reverse=True):
        message = r.get("error", "?")
        if len(message) > 32:
            message = message[:29] + "..."
        print(f"  {r['id']}  {r['tool']:<8} {r['ms']:>5} ms  {message}")


def print_users(records):
    print("\nPer user:")
    for user, recs in sorted(group_by(records, "user").items()):
        s = summarise(recs)
        tools = sorted({r["tool"] for r in recs})
        bar = "#" * round(s["cost"] * 400)
        print(f"  {user:<4} {s['calls']:>2} calls  ${s['cost']:.4f}  {bar:<20} {', '.join(tools)}")


def print_tags(records):
    counts = {}
    for r in records:
        for tag in r["tags"] or ["(none)"]:
            counts[tag] = counts.get(tag, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print("\nTags: " + "  ".join([f"{tag}={n}" for tag, n in ranked]))


def print_slow(records):
    slow = [r for r in records if r["ms"] >= SLOW_MS and r["status"] != "error"]
    print(f"\nSlow successful/retried calls (>= {SLOW_MS:,} ms):")
    if not slow:
        print("  none")
    for r in sorted(slow, key=lambda r: -r["ms"]):
        per_token = r["ms"] / r["tokens"] if r["tokens"] else float("inf")
        print(f"  {r['id']} {r['tool']:<8} {r['ms'] / 1000:>6.2f} s  {per_token:6.3f} ms/token  [{r['status']}]")


def recommendations(groups):
    notes = []
    for tool, recs in sorted(groups.items()):
        s = summarise(recs)
        if s["rate"] < 0.7:
            notes.append(f"{tool}: success rate {s['rate']:.0%} is below 70%")
        if s["p90"] >= SLOW_MS:
            notes.append(f"{tool}: p90 latency {s['p90']} ms exceeds {SLOW_MS} ms")
    return notes


def main():
    banner("TOOL CALL REPORT")
    groups = group_by(RECORDS, "tool")
    print_tool_table(groups)
    print_errors(RECORDS)
    print_users(RECORDS)
    print_tags(RECORDS)
    print_slow(RECORDS)
    notes = recommendations(groups)
    print(f"\nRecommendations ({len(notes)}):")
    for i, note in enumerate(notes, 1):
        print(f"  {i}. {note}")
    cheapest = min(RECORDS, key=lambda r: (r["cost"] / r["tokens"]) if r["tokens"] else 1.0)
    print(f"\nCheapest per token: {cheapest['id']} ({cheapest['tool']}, "
          f"{cheapest['cost'] / cheapest['tokens'] * 1000:.3f} $/1k tokens)")
    print("=" * WIDTH)


main()
