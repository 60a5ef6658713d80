
def g():
    try: yield 1
    except ValueError: yield "caught"
x = g(); next(x); print(x.throw(ValueError)); x.close()
