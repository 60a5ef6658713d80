for obj in [1, "s", None, [1]]:
    try:
        obj()
    except TypeError as e:
        print(e)
