# A repeat count whose total size passes the Py_ssize_t limit is an error, found without
# expanding the count.
import _struct as struct, sys
for fmt in ['{}b'.format(sys.maxsize + 1), '{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2),
            '{}s'.format(sys.maxsize + 1), '{}x'.format(sys.maxsize)]:
    try:
        print(struct.calcsize(fmt))
    except struct.error as e:
        print(type(e).__name__, e)
