# Recursive functions: factorial, Fibonacci, mutual recursion, Ackermann, Hanoi.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)


print([fact(i) for i in range(12)])
print(fact(25))
print([fib(i) for i in range(15)], fib(20))
print(is_even(10), is_odd(7), is_even(7))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), " ".join(moves))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(900))
