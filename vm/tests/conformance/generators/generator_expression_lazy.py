log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(i) for i in range(5))
print(log)
print(next(g), next(g), log)
print(any(noisy(i) > 1 for i in range(10)), log)
