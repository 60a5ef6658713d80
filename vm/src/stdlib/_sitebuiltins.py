"""The names CPython's site module adds to builtins at startup (skipped with -S):
exit, quit, copyright, credits, license and help. Krait's own texts."""

import builtins
import sys

COPYRIGHT = "Copyright (c) the Krait authors.\nAll Rights Reserved."
CREDITS = ("    Thanks to the Python community, whose language and documentation Krait\n"
           "    implements.  Krait is written in Rust.")
LICENSE = ("Krait is available under the terms of either the MIT license or the\n"
           "Apache License, Version 2.0, at your option (MIT OR Apache-2.0).")


class Quitter:
    """exit and quit: calling one raises SystemExit."""

    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return "Use %s() or %s to exit" % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


class _Printer:
    """copyright, credits and license: the repr is the text; calling one prints it."""

    def __init__(self, name, text, files=(), dirs=(), *, hint=None):
        # CPython's `site` passes file names and folders to read the text from (its
        # LICENSE file); the first one that exists wins over `text`.
        self._name = name
        self._text = text
        self._hint = hint
        for folder in dirs:
            for file in files:
                try:
                    with open(folder + "/" + file) as f:
                        self._text = f.read()
                        return
                except OSError:
                    pass

    def __repr__(self):
        if self._hint is not None:
            return self._hint
        return self._text

    def __call__(self):
        print(self._text)


def _signature(obj):
    code = getattr(obj, "__code__", None)
    if code is None:
        return "(...)"
    names = list(code.co_varnames[:code.co_argcount + code.co_kwonlyargcount])
    if code.co_flags & 4:
        names.insert(code.co_argcount, "*" + code.co_varnames[code.co_argcount + code.co_kwonlyargcount])
    return "(" + ", ".join(names) + ")"


class _Helper:
    """help: a short text about an object (its kind, name, signature and docstring).
    Krait has no pydoc; this is a plain rendering, not CPython's."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print("Krait has no interactive help; use help(object) for help about object.")
            return
        obj = args[0]
        if isinstance(obj, str):
            print("No Python documentation found for %r." % obj)
            return
        name = getattr(obj, "__name__", None)
        doc = getattr(obj, "__doc__", None)
        if isinstance(obj, type):
            head = "Help on class %s:" % name
            title = "class " + name
        elif callable(obj) and name is not None:
            head = "Help on %s %s:" % (type(obj).__name__, name)
            title = name + _signature(obj)
        else:
            head = "Help on %s object:" % type(obj).__name__
            title = type(obj).__name__
        print(head)
        print()
        print(title)
        if doc:
            for line in str(doc).splitlines():
                print("    " + line if line else "")
        print()


builtins.exit = Quitter("exit", "Ctrl-D (i.e. EOF)")
builtins.quit = Quitter("quit", "Ctrl-D (i.e. EOF)")
builtins.copyright = _Printer("copyright", COPYRIGHT)
builtins.credits = _Printer("credits", CREDITS)
builtins.license = _Printer("license", LICENSE, hint="Type license() to see the full license text")
builtins.help = _Helper()
