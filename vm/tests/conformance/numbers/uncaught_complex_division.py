# an uncaught ZeroDivisionError from complex division
def ratio(a, b):
    return a / b


print(ratio(1 + 1j, 2))
print(ratio(1 + 1j, 0j))
