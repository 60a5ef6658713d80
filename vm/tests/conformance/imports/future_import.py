from __future__ import annotations
# the __future__ module and its features
import __future__
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division)
print(len(__future__.all_feature_names), "annotations" in __future__.all_feature_names)
