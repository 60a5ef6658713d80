# assert: passing asserts are silent, failing ones raise AssertionError.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("caught empty message:", repr(e))
print("now an uncaught failing assert")
assert False, "final failure"
print("not reached")
