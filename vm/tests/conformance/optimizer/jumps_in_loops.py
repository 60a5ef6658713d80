# Nested loops with continue/break and if/else chains (jump threading).
out = []
for i in range(6):
    if i % 2:
        if i > 3:
            continue
        else:
            out.append('odd')
    else:
        pass
    for j in range(3):
        if j == i:
            break
        elif j > 1:
            continue
        out.append((i, j))
print(out)
k = 0
while k < 10:
    k += 1
    if k < 5:
        continue
    elif k < 7:
        pass
    else:
        break
print(k)
