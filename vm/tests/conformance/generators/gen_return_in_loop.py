def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
        yield n

g = first_negative([3, 1, -4, 5])
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print("stopped with", e.value)
        break
print(out)
