# _locale reports the C locale.
import _locale

print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_ALL, "C"))
conv = _locale.localeconv()
print(conv["decimal_point"], repr(conv["thousands_sep"]), conv["grouping"], conv["frac_digits"])
print(_locale.CHAR_MAX, _locale.CODESET)
print(_locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.LC_ALL, _locale.strcoll("a", "b"),
      _locale.strxfrm("abc"))
try:
    _locale.setlocale(_locale.LC_ALL, "xx_NOT_A_LOCALE")
except _locale.Error as e:
    print("Error", e)
