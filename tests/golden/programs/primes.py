# Prime numbers: a sieve, trial division and a factorisation table.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i in range(limit + 1) if is_prime[i]]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


primes = sieve(300)
print(len(primes), primes)
for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print(twins)
