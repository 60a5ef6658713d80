import warnings
for f in warnings.filters:
    action, message, category, module, lineno = f
    print(action, message, category.__name__, module, lineno)
