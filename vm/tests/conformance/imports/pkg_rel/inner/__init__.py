from .. import top_value
from ..sibling import shared as s2
inner_value = "inner:" + top_value
