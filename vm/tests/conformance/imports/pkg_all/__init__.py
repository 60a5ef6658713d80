__all__ = ["public", "sub_mod", "_private_but_listed"]
public = 1
other = 2
_private_but_listed = 3
