# Modules without annotations get an empty __annotations__ dict on first use.
import sys
import types

m = types.ModuleType('fresh')
print(m.__annotations__, m.__annotations__ is m.__annotations__)
print('__annotations__' in m.__dict__)
print(sys.__annotations__ == {})

x: int = 3
print(__annotations__)
print(sys.modules[__name__].__annotations__)
