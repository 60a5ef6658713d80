x = 1 + \
    2
y = (1 +
     2)
z = [
    1,
    2,  # comment
]
# a comment

if a:
	b = 1  # a tab
	if c:
		d = 2

def f(
    a,
    b,
):
    return (
        a
        + b
    )
w = {
    'a': 1,

    'b': 2,
}
if x:
    pass
    # trailing comment at deeper indentation
        # weird comment
    pass
t = 1 if x else \
    2
