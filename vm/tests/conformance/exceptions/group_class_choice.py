# BaseExceptionGroup(...) picks ExceptionGroup when every member is an Exception.
g = BaseExceptionGroup("all exceptions", [ValueError(1), TypeError(2)])
print(type(g).__name__, isinstance(g, Exception))
g = BaseExceptionGroup("has base", [ValueError(1), KeyboardInterrupt()])
print(type(g).__name__, isinstance(g, Exception))
g = ExceptionGroup("eg", [ValueError(1)])
print(type(g).__name__)

class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup):
    pass

print(type(MyBEG("x", [ValueError()])).__name__)
print(type(MyBEG("x", [SystemExit()])).__name__)
try:
    MyEG("x", [SystemExit()])
except TypeError as e:
    print(type(e).__name__, e)
# Nested groups count as exceptions when they are ExceptionGroups.
inner = ExceptionGroup("inner", [ValueError()])
print(type(BaseExceptionGroup("outer", [inner])).__name__)
inner = BaseExceptionGroup("inner", [GeneratorExit()])
print(type(BaseExceptionGroup("outer", [inner])).__name__)
