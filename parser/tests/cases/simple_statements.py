pass
break
continue
return
return x
return x, y
return *a, b
global a
global a, b, c
nonlocal a, b
del x
del x, y
del x,
del (x, y)
del [x, y]
del a.b, a[0], a[1:2]
x = 1; y = 2; z = 3;
pass; pass
import os; del os
