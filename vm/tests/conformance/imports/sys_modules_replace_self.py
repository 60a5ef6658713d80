# a module body that replaces its own sys.modules entry: import returns the replacement
import mod_replaces_self
print(type(mod_replaces_self).__name__, mod_replaces_self.answer)
