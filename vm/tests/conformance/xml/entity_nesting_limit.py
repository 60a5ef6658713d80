# Entities referring to entities, a few hundred deep, expand (the expansion recurses, and
# is bounded far deeper than this).
import pyexpat

n = 300
decls = ["<!ENTITY e0 'x'>"] + [f"<!ENTITY e{i} '&e{i-1};'>" for i in range(1, n)]
doc = "<!DOCTYPE d [" + "".join(decls) + f"]><d>&e{n-1};</d>"
p = pyexpat.ParserCreate()
try:
    p.Parse(doc, True)
    print("parsed")
except pyexpat.ExpatError as e:
    print(e.code)
