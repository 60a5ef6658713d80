# an exception in a package's __init__: traceback through the import
import pkg_broken.inner
