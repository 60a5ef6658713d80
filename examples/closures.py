"""Closures: counters with private state, function factories, and late binding."""


def make_counter(step=1):
    """Returns a function that counts up by `step`; each counter has its own state."""
    count = 0

    def counter():
        nonlocal count
        count += step
        return count

    return counter


by_one = make_counter()
by_ten = make_counter(10)
print([by_one() for _ in range(5)], [by_ten() for _ in range(3)], by_one())


def make_multiplier(factor):
    return lambda x: x * factor


double, triple = make_multiplier(2), make_multiplier(3)
print(double(21), triple(7), [make_multiplier(k)(10) for k in range(4)])


def bank_account(balance):
    """Two closures sharing one cell: deposit and withdraw."""

    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount}, balance is {balance}")
        balance -= amount
        return balance

    return deposit, withdraw


deposit, withdraw = bank_account(100)
print(deposit(50), withdraw(30))
try:
    withdraw(500)
except ValueError as error:
    print("refused:", error)

late = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print("late binding:", [f() for f in late], "bound early:", [f() for f in bound])
