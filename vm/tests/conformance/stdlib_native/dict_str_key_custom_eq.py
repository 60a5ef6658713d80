# A str key and a key of another type whose __eq__ says it equals that str find each
# other in a dict, whichever of the two is stored.
class StrSub(str):
    pass

calls = []

class Key3:
    def __hash__(self):
        return hash('key3')

    def __eq__(self, other):
        calls.append(type(other).__name__)
        return isinstance(other, Key3) or isinstance(other, str) and other == 'key3'

k1 = StrSub('key3')
k2 = Key3()
k3 = Key3()
for stored in ('key3', k1, k2):
    d = {'key1': 1, stored: 44}
    print(type(stored).__name__, d.get('key3'), d.get(k1), d.get(k2), d.get(k3))
    print(' in:', 'key3' in d, k1 in d, k2 in d, k3 in d, 'key4' in d)
    d2 = dict(d)
    d2['key3'] = 45
    print(' set:', len(d2), list(d2.values()))
    d2.pop('key3')
    print(' pop:', len(d2), d2 == {'key1': 1})
    s = {stored}
    print(' set-of:', 'key3' in s, k2 in s)
print(len(calls) > 0)

# Many keys (a dict with a hash index) behave the same.
d = {f'k{i}': i for i in range(50)}
d[k2] = 'custom'
print(d.get('key3'), d['key3'], 'key3' in d)
