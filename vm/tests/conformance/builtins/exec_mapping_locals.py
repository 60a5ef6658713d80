# exec/eval with a locals mapping that is not a dict: reads, writes and deletes go through it.
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k); return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v); self.d[k] = v
    def __delitem__(self, k):
        print("del", k); del self.d[k]
m = M()
exec("a = 1\nb = a + 1\ndel a\nprint(b)\ntry:\n    a\nexcept NameError as e:\n    print('NameError', e)", {}, m)
print(eval("b * 10", {}, m))
