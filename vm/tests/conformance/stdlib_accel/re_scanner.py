# re.Scanner: a lexicon of (pattern, action) pairs, first match wins, None results dropped.
from re import Scanner
def s_ident(scanner, token): return token
def s_operator(scanner, token): return "op%s" % token
def s_float(scanner, token): return float(token)
def s_int(scanner, token): return int(token)
scanner = Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 1 ; rest"))
groups = Scanner([(r"(a)(b)?", lambda s, t: ("ab", s.match.group(), t)), (r"(c)", "C"), (r"\s", None)])
print(groups.scan("ab a c  c!"))
print(Scanner([(r"x*", "X")]).scan("yyy"))
