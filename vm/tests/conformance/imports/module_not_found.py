# errors for modules that do not exist
here = __file__.rsplit("/", 1)[0] + "/"
def show(e):
    path = e.path.replace(here, "") if e.path else e.path
    print(type(e).__name__, str(e).replace(here, ""), e.name, path)
try:
    import no_such_module
except ImportError as e:
    show(e)
try:
    import pkg_basic.no_such
except ImportError as e:
    show(e)
try:
    from pkg_basic import no_such
except ImportError as e:
    show(e)
try:
    import pkg_basic.plain.deeper
except ImportError as e:
    show(e)
try:
    from no_such_pkg import x
except ImportError as e:
    show(e)
try:
    from pkg_ns_a import nothing
except ImportError as e:
    show(e)
