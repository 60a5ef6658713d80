# while loops with break, continue and else.
i = 0
while i < 5:
    print("i =", i)
    i += 1
else:
    print("loop ended normally at", i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    print("odd", n)
else:
    print("not reached")
print("after break n =", n)
a, b = 0, 1
while b < 200:
    a, b = b, a + b
print("first fib over 200:", b)
count = 0
outer = 0
while outer < 4:
    inner = 0
    while inner < outer:
        count += 1
        inner += 1
    outer += 1
print("count", count)
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
