# Exponential entity expansion stops at Expat's amplification limit.
import pyexpat

decls = ["<!ENTITY e0 'lol'>"]
for i in range(1, 12):
    decls.append(f"<!ENTITY e{i} '" + f"&e{i-1};" * 10 + "'>")
doc = "<!DOCTYPE d [" + "".join(decls) + "]><d>&e11;</d>"
p = pyexpat.ParserCreate()
count = [0]
def data(text):
    count[0] += len(text)
p.CharacterDataHandler = data
try:
    p.Parse(doc, True)
except pyexpat.ExpatError as e:
    print(e.code, pyexpat.ErrorString(e.code))
print(count[0] < 10 ** 9)
