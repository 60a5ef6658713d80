d = {"key": 1}
print(f'{d["key"]}', f"{d['key']}")
print(f"{'a' + 'b'}", f'''{"triple"}''')
print(f"tab\t{1}\tend", rf"raw\n{2}")
print(f"{chr(10)!r}")
nl = "\n"
print(f"{nl.join(['x', 'y'])}")
