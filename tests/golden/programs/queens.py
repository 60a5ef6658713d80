# N-queens by backtracking: count solutions and print the first board for n = 6.
def solve(n):
    solutions = []
    cols = []

    def safe(row, col):
        for r, c in enumerate(cols):
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for col in range(n):
            if safe(row, col):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return solutions


for n in range(1, 8):
    print(n, len(solve(n)))
first = solve(6)[0]
for col in first:
    print(" ".join("Q" if c == col else "." for c in range(6)))
