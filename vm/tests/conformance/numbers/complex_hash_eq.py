# complex equality with other numbers and hashing consistent with int/float
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, 2 ** 60 + 0j == 2 ** 60, 2 ** 53 + 1 + 0j == 2 ** 53 + 1)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == 0, hash(-1 + 0j), hash(1j), hash(3 - 4j))
d = {1: "int", 2.0: "float"}
d[1 + 0j] = "complex"
d[2 + 0j] = "c2"
print(d, {1j, 1j, 2j} == {2j, 1j}, 1j in [1j], 1j == "1j", [1j].count(1j))
