# Constructor errors, with CPython's messages.
import array
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: array.array())
show(lambda: array.array(1))
show(lambda: array.array('ab'))
show(lambda: array.array('z'))
show(lambda: array.array('i', [1], 3))
show(lambda: array.array('i', x=1))
show(lambda: array.array('i', 5))
show(lambda: array.array('i', 'abc'))
show(lambda: array.array('i', array.array('u', 'a')))
show(lambda: array.array('u', array.array('i', [1])))
show(lambda: array.array('i', b'abcde'))
show(lambda: array.array('u', [1]))
