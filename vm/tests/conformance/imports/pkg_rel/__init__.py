from . import sibling
from .sibling import shared
top_value = "top"
