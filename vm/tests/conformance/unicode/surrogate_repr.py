# repr and ascii escape lone surrogates as \uXXXX.
print(repr('\ud800'), repr('a\udfffb'), repr('\udc80' * 3))
print(ascii('\ud800x'), ascii(['\udcff']))
print(repr("'\ud800"), repr('\ud800"\''))
print(str(['\ud834', '\udd1e']))
print('%r %a' % ('\ud800', '\udc00'), '{!r}'.format('\udbff'))
