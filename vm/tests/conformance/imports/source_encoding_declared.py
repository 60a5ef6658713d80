# An imported module's source is decoded as its PEP 263 declaration says; bytes the
# declared encoding cannot decode are a SyntaxError at import.
import mod_koi8
print(mod_koi8.greeting, len(mod_koi8.greeting))
try:
    import mod_bad_utf8
except SyntaxError as e:
    print(type(e).__name__)
