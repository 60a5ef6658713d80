# Lists of lists as matrices: multiply, transpose, identity powers.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]


def transpose(m):
    return [[row[j] for row in m] for j in range(len(m[0]))]


def mat_pow(m, e):
    result = [[1 if i == j else 0 for j in range(len(m))] for i in range(len(m))]
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
fib = [[1, 1], [1, 0]]
for e in [1, 2, 10, 50, 90, 100]:
    print(e, mat_pow(fib, e)[0][1])
for row in matmul(transpose(b), b):
    print(row)
