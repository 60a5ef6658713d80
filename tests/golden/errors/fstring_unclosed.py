name = "x"
msg = f"{name"
