def connect(host, port=80):
    return host, port

print(connect("h"))
connect("h", timeout=3)
