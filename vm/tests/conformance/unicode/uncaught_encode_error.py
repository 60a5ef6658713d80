# An uncaught UnicodeEncodeError from printing ends the program with its traceback.
print('start')
text = 'x' + chr(0xD800)
print(text)
