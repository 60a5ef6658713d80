try:
    loads += 1
except NameError:
    loads = 1
print("mod_reloadable body, load", loads)
