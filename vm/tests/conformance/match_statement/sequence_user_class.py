# A class is a sequence for matching only if it says so: having __getitem__ and __len__
# is not enough. Subclasses of list are sequences.
class Seqish:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


match Seqish():
    case [a, b]:
        print("matched as a sequence")
    case _:
        print("Seqish is not a sequence")


class Items(list):
    def describe(self):
        return f"Items of {len(self)}"


for v in [Items([1, 2, 3]), Items([1])]:
    match v:
        case [a, *b] if len(b) > 1:
            print(v.describe(), "unpacked:", a, b)
        case [a, *_]:
            print(v.describe(), "indexed:", a)
