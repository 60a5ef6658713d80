match = case = _ = 1
match, case, _ = 1, 2, 3
match.case._ = 4
print(match, case, _)
match(1)
match[1]
match.x
match * x
match - x
match ** 2
match if case else _
[match for case in _]
def match(case, _=None): return case
class case: pass
import match as case
from _ import match
match x:
    case _:
        pass
match (x):
    case match:
        pass
match -x:
    case [case]:
        pass
match x, y:
    case (_, _):
        pass
match [x]:
    case {"match": case}:
        pass
match not_a_subject if x else y:
    case _:
        pass
match lambda: 1:
    case _: pass
def f():
    match = 1
    match match:
        case case:
            return _
