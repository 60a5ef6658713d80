l = [1, 2]
l.extend(l)
print(l)
l += l
print(len(l))
l2 = [0]
l2.append(l2[:])
print(l2)
l3 = [1, 2, 3]
l3[1:2] = l3
print(l3)
