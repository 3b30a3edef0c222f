# Methods calling other methods through self, including helpers defined later in the class.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self._check(amount)
        self.balance += amount
        self._record("deposit", amount)
        return self

    def withdraw(self, amount):
        self._check(amount)
        if amount > self.balance:
            self._record("refused", amount)
            return self
        self.balance -= amount
        self._record("withdraw", amount)
        return self

    def transfer(self, other, amount):
        before = self.balance
        self.withdraw(amount)
        if self.balance != before:
            other.deposit(amount)

    def _check(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")

    def _record(self, kind, amount):
        self.log.append(f"{kind}:{amount}")


a = Account("ana", 100)
b = Account("ben")
a.deposit(50).withdraw(30).withdraw(500)
a.transfer(b, 70)
a.transfer(b, 1000)
print(a.owner, a.balance, a.log)
print(b.owner, b.balance, b.log)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
