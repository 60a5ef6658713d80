def try_(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_few():
    a, b, *c = [1]
def not_iter():
    a, b = 5
def one():
    a, b = [1]
def gen_many():
    a, b = (x for x in range(5))
for f in [too_many, too_few, star_few, not_iter, one, gen_many]:
    try_(f)
