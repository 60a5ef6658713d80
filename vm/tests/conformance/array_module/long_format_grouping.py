# ',' groups only decimal ints; '_' also groups binary, octal and hex by four digits.
for spec in [',x', ',X', ',b', ',o', ',c', ',n', '_n', '_c', ',d', '_d', '_x', '_b', '_o',
             ',', ',e', '_%']:
    try:
        print(spec, format(1234567890, spec))
    except ValueError as e:
        print(spec, 'ValueError', e)
# 'c' takes neither a sign nor the alternate form.
for spec in ['+c', '#c', ' c', '-c', 'c', '>3c']:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, 'ValueError', e)
