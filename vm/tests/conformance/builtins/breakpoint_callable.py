# breakpoint exists and is callable (not called: it would start a debugger).
print(callable(breakpoint), breakpoint.__name__)
print(callable(eval), callable(exec), callable(compile), callable(open))
print(eval.__name__, exec.__name__, compile.__name__, open.__name__)
