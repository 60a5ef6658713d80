# isdecimal / isdigit / isnumeric across Unicode digit kinds
samples = ["123", "\u0663\u0664", "\uff11\uff12", "\xb2", "\u2460", "\u00bd", "\u4e00",
           "\u2167", "1.5", "", "-1", "\U0001d7ce", "\u0f33"]
for s in samples:
    print(ascii(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
