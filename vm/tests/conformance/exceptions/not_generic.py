# Exception classes are not generic; the group classes are.
import types

for cls in (Exception, BaseException, ValueError, OSError):
    try:
        cls[int]
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(ExceptionGroup[OSError], types.GenericAlias))
print(BaseExceptionGroup[ValueError])


class MyError(Exception):
    pass


try:
    MyError[int]
except TypeError as e:
    print(type(e).__name__, e)
