# test.support flips _imp._override_frozen_modules_for_tests around fresh imports.
import _imp

for value in (1, -1, 0):
    print(_imp._override_frozen_modules_for_tests(value))
for bad in [('x',), ()]:
    try:
        _imp._override_frozen_modules_for_tests(*bad)
    except TypeError as e:
        print(type(e).__name__)
