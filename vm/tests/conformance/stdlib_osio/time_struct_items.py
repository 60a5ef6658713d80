import time

print(time._STRUCT_TM_ITEMS)
t = time.gmtime(0)
print(len(t), t.tm_gmtoff)
