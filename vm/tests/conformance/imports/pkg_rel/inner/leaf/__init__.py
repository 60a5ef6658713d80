from ... import sibling
from ...inner import inner_value
from . import thing
from .thing import thing_value
