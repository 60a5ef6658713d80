# String and bytes literals, implicit concatenation, and that str never equals bytes.
def f(v):
    match v:
        case "hello":
            return "greeting"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes raw"
        case "":
            return "empty str"
        case b"":
            return "empty bytes"
        case "\u00e9t\u00e9":
            return "summer"
        case _:
            return "no match"


for v in ["hello", "ab", b"raw", "raw", "", b"", "été", b"hello", "Hello"]:
    print(repr(v), f(v))
