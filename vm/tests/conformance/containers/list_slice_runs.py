# Slice assignment and reversed slices of lists: same-length runs copied in place, other
# lengths spliced, extended slices, __index__ bounds, a list assigned into itself.
l = list(range(10))
l[2:5] = [7, 8, 9]; print(l)
l[2:5] = (1, 2, 3); print(l)
l[:3] = l; print(l)
l = list(range(10)); l[3:1] = [5]; print(l)
l = list(range(10)); l[-3:] = [0, 0, 0]; print(l)
l = list(range(10)); l[-100:100] = list(range(10, 20)); print(l)
l = list(range(10)); l[8:100] = [1, 2]; print(l)
l = list(range(10)); l[::2] = [0]*5; print(l)
l = list(range(10)); l[1:3] = [9]; print(l)
l = list(range(10)); l[5:5] = []; print(l)
class L(list): pass
l = list(range(5)); l[1:3] = L([7, 8]); print(l)
l = list(range(10)); print(l[5::-1], l[9::-1], l[0::-1], l[-1:-4:-1], l[3:7:-1], l[100::-1], l[:-100:-1], l[-100::-1])
print(l[::-1], l[7:2:-1], l[::-2])
t = tuple(range(6)); print(t[4::-1], t[::2], "abcdef"[::-1], "abcdef"[4:1:-1])
try:
    l[::2] = [1]
except ValueError as e: print(e)
try:
    l[1:2:0]
except ValueError as e: print(e)
class I:
    def __index__(self): return 2
print(l[I():5], l[True:3])
l = list(range(10)); l[I():4] = ['a', 'b']; print(l)
print(l[2**70:], l[-2**70:3], l[:2**70])
l = list(range(5)); l[1:3] = range(2); print(l)
