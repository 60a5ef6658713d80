# sys.executable is the absolute path of an existing interpreter file.
import os, sys
print(type(sys.executable).__name__)
print(os.path.isabs(sys.executable), os.path.exists(sys.executable))
print(os.path.basename(sys.executable) != "")
