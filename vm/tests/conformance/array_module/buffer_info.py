# buffer_info gives (address, length); the address is an int.
import array
a = array.array('i', [1, 2, 3])
addr, n = a.buffer_info()
print(type(addr).__name__, n, a.itemsize * n == len(a.tobytes()))
