import marshal
marshal.dumps(object())
