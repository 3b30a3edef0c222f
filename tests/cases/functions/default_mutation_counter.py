# Using a mutable default as deliberate state.
def counter(_state={"n": 0}):
    _state["n"] += 1
    return _state["n"]
print(counter(), counter(), counter())
def memo_fact(n, _cache={0: 1}):
    if n not in _cache:
        _cache[n] = n * memo_fact(n - 1)
    return _cache[n]
print(memo_fact(25), memo_fact(5))
