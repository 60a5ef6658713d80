# tounicode / fromunicode only on 'u' arrays.
import array
u = array.array('u', 'ab')
u.fromunicode('cé')
print(u.tounicode(), len(u), u[3], u.itemsize)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: array.array('i').tounicode())
show(lambda: array.array('i').fromunicode('x'))
show(lambda: u.fromunicode(5))
u[0] = 'Z'
print(u)
show(lambda: u.__setitem__(0, 'xy'))
