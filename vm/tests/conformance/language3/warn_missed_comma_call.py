# Calling a literal or a display: "perhaps you missed a comma?"
import warnings

def show(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    print(repr(src), [str(x.message) for x in w])

for src in ['[(1, 2) (3, 4)]', '[(x, y) (3, 4)]', '[[1, 2] (3, 4)]', '[{1, 2} (3, 4)]',
            '[{1: 2} (3, 4)]', '[[i for i in range(5)] (3, 4)]', '[{i for i in r} (3, 4)]',
            '[(i for i in r) (3, 4)]', '[{i: i for i in r} (3, 4)]', '[f"{x}" (3, 4)]',
            '["abc" (3, 4)]', '[b"abc" (3, 4)]', '[123 (3, 4)]', '[12.3 (3, 4)]',
            '[12.3j (3, 4)]', '[None (3, 4)]', '[True (3, 4)]', '[... (3, 4)]',
            '[-1 (3, 4)]',
            # No warning: these may be callable.
            '[(lambda x, y: x) (3, 4)]', '[f (3, 4)]', '[a.b (3, 4)]']:
    show(src)
