# Jumps to jumps go straight to the end of the chain; branch ends copy the return.
def classify(items, flag):
    out = []
    for x in items:
        if x:
            if flag:
                continue
        else:
            out.append(x)
    return out


def pick(a):
    if a:
        y = 1
    else:
        y = 2


print(classify([0, 1, 0], True), classify([0, 1], False), pick(0))
