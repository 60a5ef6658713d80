# An uncaught error in an expression with folded parts reports its line.
values = [1, 2]
total = 2 ** 8 + values[1 + 1]
