defaults = {"color": "red", "size": 1}
user = {"size": 3}
merged = {**defaults, **user}
print(merged)
a = dict(defaults)
a.update(user, extra=True)
print(a)
print(defaults | user, user | defaults)
