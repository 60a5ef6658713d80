
try: prnt
except NameError as e: print(e)
