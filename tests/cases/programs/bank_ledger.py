# A bank ledger with validation, error handling and a statement.
accounts = {}
journal = []


def open_account(name, initial=0):
    if name in accounts:
        raise ValueError(f"account {name!r} already exists")
    if initial < 0:
        raise ValueError("initial deposit cannot be negative")
    accounts[name] = initial
    journal.append(("open", name, initial))


def deposit(name, amount):
    if amount <= 0:
        raise ValueError(f"deposit must be positive, got {amount}")
    accounts[name] += amount
    journal.append(("deposit", name, amount))


def withdraw(name, amount):
    balance = accounts[name]
    if amount > balance:
        raise RuntimeError(f"insufficient funds in {name}: {balance} < {amount}")
    accounts[name] = balance - amount
    journal.append(("withdraw", name, amount))


def transfer(src, dst, amount):
    if dst not in accounts:
        raise KeyError(dst)
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except Exception:
        accounts[src] += amount  # roll back
        journal.pop()
        raise
    journal[-1] = ("transfer", f"{src}->{dst}", amount)


operations = [
    (open_account, ("alice", 100)),
    (open_account, ("bob",)),
    (open_account, ("alice", 5)),
    (deposit, ("bob", 250)),
    (deposit, ("bob", -5)),
    (withdraw, ("alice", 30)),
    (withdraw, ("alice", 500)),
    (transfer, ("bob", "alice", 120)),
    (transfer, ("bob", "carol", 10)),
    (deposit, ("dave", 1)),
    (transfer, ("alice", "bob", 0)),
    (open_account, ("carol", -1)),
]

failures = 0
for fn, args in operations:
    label = f"{fn.__name__}{args}"
    try:
        fn(*args)
        print(f"ok    {label}")
    except (ValueError, RuntimeError) as e:
        failures += 1
        print(f"FAIL  {label}: {type(e).__name__}: {e}")
    except KeyError as e:
        failures += 1
        print(f"FAIL  {label}: unknown account {e}")

print(f"\n{failures} of {len(operations)} operations failed\n")
print(f"{'#':>2}  {'kind':<9}{'account':<14}{'amount':>8}")
for i, (kind, who, amount) in enumerate(journal, 1):
    print(f"{i:>2}  {kind:<9}{who:<14}{amount:>8.2f}")
print()
for name, balance in sorted(accounts.items()):
    print(f"{name:<8}{balance:>10,.2f}")
print(f"{'total':<8}{sum(accounts.values()):>10,.2f}")
