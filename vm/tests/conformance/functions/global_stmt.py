counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def define():
    global newname
    newname = "created"
define()
print(newname)
