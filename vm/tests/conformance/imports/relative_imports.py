# relative imports at one, two and three levels
import pkg_rel
print(pkg_rel.top_value, pkg_rel.shared, pkg_rel.sibling.shared)
import pkg_rel.inner
print(pkg_rel.inner.inner_value, pkg_rel.inner.s2)
import pkg_rel.inner.leaf as leaf
print(leaf.thing_value, leaf.inner_value, leaf.sibling.__name__, leaf.thing.__name__)
print(leaf.__package__, leaf.thing.__package__)
