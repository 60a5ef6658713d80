# bytearray item and slice assignment / deletion
def ops():
    def a0(ba): ba[0] = 65
    def a1(ba): ba[-1] = 90
    def a2(ba): ba[1:3] = b"XYZ"
    def a3(ba): ba[1:3] = [65, 66, 67]
    def a4(ba): ba[::-2] = b"XYZ"
    def a5(ba): ba[1:1] = b"ZZ"
    def a6(ba): ba[4:2] = b"Q"
    def a7(ba): ba[1:2] = ba
    def a8(ba): ba[0:1] = memoryview(b"zz")
    def a9(ba): ba[:] = b""
    def d0(ba): del ba[0]
    def d1(ba): del ba[::2]
    def d2(ba): del ba[1:-1]
    def d3(ba): del ba[-1]
    def e0(ba): ba[0:2] = 5
    def e1(ba): ba[0:2] = "xy"
    def e2(ba): ba[::2] = b"x"
    def e3(ba): ba[0] = "a"
    def e4(ba): ba[9] = 1
    def e5(ba): del ba[9]
    def e6(ba): ba[0:2] = [300]
    def e7(ba): ba[0] = 256
    def e8(ba): ba[0] = -1
    def e9(ba): ba["x"] = 1
    def f0(ba): ba[0] = b"a"
    return [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, d0, d1, d2, d3, e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, f0]


for op in ops():
    ba = bytearray(b"abcdef")
    try:
        op(ba)
        print(op.__name__, "->", ba)
    except (TypeError, ValueError, IndexError) as e:
        print(op.__name__, "!!", type(e).__name__, e)
