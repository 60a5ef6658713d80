# Closures with nonlocal: each call of the factory gets its own cell.
def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


a = make_counter()
b = make_counter(100)
print(a(), a(), a(5), b(), a(), b(10))


def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance

    def get():
        return balance

    return deposit, withdraw, get


dep, wd, get = make_account(50)
print(dep(25), wd(100), wd(30), get())
