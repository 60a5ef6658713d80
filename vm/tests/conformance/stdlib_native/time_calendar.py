# time.gmtime, strftime, mktime and asctime (UTC).
import time
print(time.gmtime(0), time.gmtime(1e9), time.gmtime(951782400))
print(time.strftime('%a %b %d %H:%M:%S %Y %j %p %y %m %% %4Y', time.gmtime(1e9)))
print(time.mktime(time.gmtime(1234567890)) == 1234567890, time.asctime(time.gmtime(0)))
t = time.gmtime(1e9); print(t.tm_year, t.tm_yday, t[0:3], time.strftime("%F %T", t))
