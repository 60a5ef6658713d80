import sys, warnings
print(sys.warnoptions)
print(warnings.defaultaction, warnings.onceregistry == {} or True)
print(sorted(n for n in warnings.__all__))
