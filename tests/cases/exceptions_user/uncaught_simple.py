# An uncaught user exception: traceback on stderr, exit status 1, no module prefix for __main__.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} < {amount}")
        self.balance = balance


def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


print(withdraw(100, 30))
print(withdraw(10, 30))
