print("raises: before")
raise ValueError("module body failed")
