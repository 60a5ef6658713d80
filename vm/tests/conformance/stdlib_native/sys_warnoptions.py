import sys

print(type(sys.warnoptions).__name__, sys.warnoptions)
sys.warnoptions.append("ignore")
print(sys.warnoptions)
