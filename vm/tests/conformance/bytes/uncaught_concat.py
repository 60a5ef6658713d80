# an uncaught TypeError from mixing bytes and str ends the program with a traceback
data = bytearray(b"header:")
data += b"ok"
print(data)
data += "text"
print("not reached")
