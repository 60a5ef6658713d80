# Printing a lone surrogate to UTF-8 stdout raises UnicodeEncodeError.
print('before')
try:
    print('ab\ud800')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr('\ud800'))
print('x\ud800y')
