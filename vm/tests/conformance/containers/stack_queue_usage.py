stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        opener = stack.pop()
        print(opener + ch)
print(stack == [])
from collections import deque
q = deque()
for i in range(3):
    q.append(i)
while q:
    print(q.popleft(), end=" ")
print()
