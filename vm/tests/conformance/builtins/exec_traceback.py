# An exception escaping exec'd code: the traceback shows a <string> frame.
def run():
    exec("def g():\n    return 1 / 0\ng()")


run()
