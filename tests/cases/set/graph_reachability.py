# Sets in a graph search.
edges = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    frontier = [start]
    while frontier:
        node = frontier.pop()
        for nxt in edges[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    return seen
for n in (1, 3, 6, 7):
    print(n, sorted(reachable(n)))
print(sorted(reachable(1) & reachable(3)), sorted(reachable(7) - reachable(1)))
