# Without -O, assert statements run and __debug__ is True.
print(__debug__)
assert 1 + 1 == 2
try:
    assert 2 * 0, 'folded message ' + 'here'
except AssertionError as e:
    print('AssertionError', e)
if __debug__:
    print('debug block')
if not __debug__:
    print('never')
assert False, 'the end'
