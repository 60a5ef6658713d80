"""The C library's locale support as Krait has it: only the "C" locale (with UTF-8
text), which `setlocale` reports and accepts; `locale.py` builds on this."""

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127
CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537


class Error(Exception):
    pass


Error.__module__ = "locale"

_ACCEPTED = ("", "C", "POSIX", "C.UTF-8", "C.utf8")


def setlocale(category, locale=None):
    if not 0 <= category <= LC_ALL:
        raise Error("invalid locale category")
    if locale is None or locale in _ACCEPTED:
        return "C.UTF-8" if category == LC_CTYPE else "C"
    raise Error("unsupported locale setting")


def localeconv():
    return {
        "int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
        "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
        "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX, "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX, "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX,
        "decimal_point": ".", "thousands_sep": "", "grouping": [],
    }


def getencoding():
    return "UTF-8"


def nl_langinfo(key):
    if key == CODESET:
        return "UTF-8"
    if key == RADIXCHAR:
        return "."
    if key == THOUSEP:
        return ""
    raise ValueError("unsupported langinfo constant")


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain=None):
    return "messages" if domain is None else domain


def bindtextdomain(domain, dir=None):
    return dir or "/usr/share/locale"


def bind_textdomain_codeset(domain, codeset=None):
    return codeset
