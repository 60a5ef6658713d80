def call():
    return 1 / 0
