# Subscripting what cannot be subscripted, or a sequence literal with a non-integer index.
import warnings

def show(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    print(repr(src), [str(x.message) for x in w])

for src in ['[{1, 2} [i, j]]', '[{i for i in r} [i, j]]', '[(i for i in r) [i, j]]',
            '[(lambda x, y: x) [i, j]]', '[123 [i, j]]', '[12.3 [i, j]]', '[12.3j [i, j]]',
            '[None [i, j]]', '[True [i, j]]', '[... [i, j]]',
            '[(1, 2) [i, j]]', '[(x, y) [i, j]]', '[[1, 2] [i, j]]',
            '[[i for i in r] [i, j]]', '[f"{x}" [i, j]]', '["abc" [i, j]]', '[b"abc" [i, j]]',
            '[[1, 2] [3, 4]]', '[[1, 2] [[3, 4]]]', '[[1, 2] [{3, 4}]]', '[[1, 2] [{3: 4}]]',
            '[[1, 2] [(i for i in r)]]', '[[1, 2] [(lambda x, y: x)]]', '[[1, 2] ["abc"]]',
            '[[1, 2] [b"abc"]]', '[[1, 2] [12.3]]', '[[1, 2] [12.3j]]', '[[1, 2] [None]]',
            '[[1, 2] [...]]',
            # No warning.
            '[[1, 2] [i]]', '[[1, 2] [0]]', '[[1, 2] [True]]', '[[1, 2] [1:2]]',
            '[{(1, 2): 3} [i, j]]', 'x[1.5]', '[[1, 2] [-1]]']:
    show(src)

# A store is not checked.
show('[1, 2][1.5] = 3') if False else None
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("\n[[1, 2] [3, 4]]", "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
