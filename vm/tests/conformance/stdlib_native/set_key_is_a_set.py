# A mutable set used as a key of `in`, set.remove and set.discard is looked up as the
# frozenset of its items; a frozenset subclass hashes like a frozenset.
class FS(frozenset):
    pass

class SS(set):
    pass

print(hash(FS([1, 2])) == hash(frozenset([1, 2])), hash(FS()) == hash(frozenset()))
s = {frozenset('ab'), 1}
print(set('ab') in s, SS('ab') in s, set('zz') in s, FS('ab') in s)
print(s.__contains__(set('ab')), frozenset(s).__contains__(set('ab')))
s.discard(set('ab'))
print(s)
s.add(FS('ab'))
s.remove(SS('ab'))
print(s)
try:
    s.remove(set('q'))
except KeyError as e:
    print(type(e).__name__, e)
for bad in ([], {}, [set()]):
    try:
        bad in s
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.add(set())
except TypeError as e:
    print(type(e).__name__, e)
d = {FS([3]): 'fs'}
print(d[frozenset([3])], FS([3]) in {frozenset([3])})
