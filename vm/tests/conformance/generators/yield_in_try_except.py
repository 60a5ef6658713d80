def g():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"handled {e}"
        finally:
            print("finally", i)

print(list(g()))
