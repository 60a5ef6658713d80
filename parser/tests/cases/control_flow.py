if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if x: pass
else: pass

while x:
    x -= 1
    if x == 5:
        break
    continue
else:
    done()

for i in range(10):
    print(i)
else:
    print('done')

for x, y in pairs: pass
for (x, y) in pairs: pass
for [x, y] in pairs: pass
for x, in y: pass
for x in *a, b: pass
for a.b in c: pass
for a[0] in b: pass

if (n := len(a)) > 10:
    pass

while (line := f.readline()):
    process(line)
