try:
    pass
except:
    pass

try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except Exception as e:
    raise RuntimeError("bad") from e
else:
    ok()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass

raise
raise E
raise E(1)
raise E from None
assert x
assert x, "message"
assert (x, y)
