# Parenthesised patterns and `as` patterns.
def f(v):
    match v:
        case (1 | 2) as small:
            return f"small {small}"
        case [(x as first), *_] as whole:
            return f"first {first} of {whole}"
        case ((((3)))):
            return "three"
        case (str() as s) as t:
            return f"str {s} {t is s}"
        case _:
            return "other"


for v in [1, 2, 3, [9, 8], "txt", 4.0]:
    print(f(v))
