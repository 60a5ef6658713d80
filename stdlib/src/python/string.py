"""Krait's string module: character classes, capwords, Template ($-substitution) and
Formatter (str.format's machinery, open to overriding)."""

__all__ = [
    "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    "Formatter", "Template",
]

import _string
import re as _re

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s at sep, capitalize each word and join them again with sep (a single space
    when sep is None, after runs of whitespace were split on)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# ---- Template ----

# Stands for "no mapping given" in substitute(), so that an explicit empty dict and
# keyword-only calls can be told apart.
_NO_MAPPING = {}


def _compile_pattern(cls):
    # A class may give its own pattern as text; otherwise the placeholder grammar comes
    # from its delimiter and identifier patterns: an escaped delimiter, $name, ${name}, or
    # a delimiter followed by anything else (invalid, matching the empty string).
    if "pattern" in cls.__dict__:
        return _re.compile(cls.pattern, cls.flags | _re.VERBOSE)
    delim = _re.escape(cls.delimiter)
    braced = cls.braceidpattern
    if braced is None:
        braced = cls.idpattern
    source = (
        delim + "(?:"
        "(?P<escaped>" + delim + ")|"
        "(?P<named>" + cls.idpattern + ")|"
        "{(?P<braced>" + braced + ")}|"
        "(?P<invalid>)"
        ")"
    )
    return _re.compile(source, cls.flags | _re.VERBOSE)


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = "$"
    # Identifiers are ASCII letters, digits and underscores, matched case-insensitively.
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _compile_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        start = mo.start("invalid")
        before = self.template[:start].splitlines(keepends=True)
        if before:
            line = len(before)
            col = start - sum(len(text) for text in before[:-1])
        else:
            line = col = 1
        raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                return str(values[name])
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                self._invalid(mo)
            raise self._unrecognized()

        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._mapping(mapping, kws)

        def replace(mo):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return mo.group()
            if mo.group("escaped") is not None:
                return self.delimiter
            if mo.group("invalid") is not None:
                return mo.group()
            raise self._unrecognized()

        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group("invalid") is not None:
                return False
            if (mo.group("named") is None and mo.group("braced") is None
                    and mo.group("escaped") is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        found = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group("named") or mo.group("braced")
            if name is not None:
                if name not in found:
                    found.append(name)
            elif mo.group("invalid") is None and mo.group("escaped") is None:
                raise self._unrecognized()
        return found


# Template's own pattern (__init_subclass__ makes its subclasses').
Template.pattern = _compile_pattern(Template)


# ---- Formatter ----

class Formatter:
    """str.format's algorithm in overridable steps: parse, get_field (get_value),
    convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            # Automatic numbering ({}) and explicit numbers ({0}) cannot be mixed;
            # auto_arg_index is False once an explicit number has been seen.
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            obj, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion!s}")

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
