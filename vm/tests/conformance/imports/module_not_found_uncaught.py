print("before")
import pkg_basic.sub.missing
