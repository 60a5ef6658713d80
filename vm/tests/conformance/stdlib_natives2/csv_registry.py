# The dialect registry and the field size limit.
import _csv

print(_csv.list_dialects())
_csv.register_dialect("semi", delimiter=";")
_csv.register_dialect("pipe", _csv.get_dialect("semi"), delimiter="|")
print(sorted(_csv.list_dialects()))
print(_csv.get_dialect("semi").delimiter, _csv.get_dialect("pipe").delimiter)
print(list(_csv.reader(["a|b;c"], "pipe")))
_csv.unregister_dialect("semi")
print(_csv.list_dialects())
for f, args in [(_csv.get_dialect, ("semi",)), (_csv.unregister_dialect, ("semi",)),
                (_csv.get_dialect, (1,)), (_csv.register_dialect, (1,)),
                (_csv.register_dialect, ("x", None, 2)), (_csv.register_dialect, ()),
                (_csv.register_dialect, ("bad",)), (_csv.get_dialect, ()),
                (_csv.unregister_dialect, ())]:
    try:
        print(f(*args))
    except (TypeError, _csv.Error) as ex:
        print(type(ex).__name__, ex)
try:
    _csv.register_dialect("bad", delimiter=3)
except TypeError as ex:
    print("TypeError", ex)
print(sorted(_csv.list_dialects()))
print(_csv.field_size_limit())
print(_csv.field_size_limit(10))
print(_csv.field_size_limit(new_limit=20))
try:
    list(_csv.reader(["x" * 21]))
except _csv.Error as ex:
    print("Error", ex)
print(list(_csv.reader(["x" * 20])))
for bad in ("1", 1.0, True):
    try:
        _csv.field_size_limit(bad)
    except TypeError as ex:
        print("TypeError", ex)
try:
    _csv.field_size_limit(1, 2)
except TypeError as ex:
    print("TypeError", ex)
print(_csv.field_size_limit(131072))
