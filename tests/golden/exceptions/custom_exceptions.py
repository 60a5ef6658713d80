# User exception classes with extra state and __str__.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return self.field + ": " + self.problem


class TooSmall(ValidationError):
    pass


def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "not an int")
    if age < 0:
        raise TooSmall("age", "negative")
    return age


for value in [30, -1, "x"]:
    try:
        print("valid", validate(value))
    except TooSmall as e:
        print("too small:", e, e.args)
    except ValidationError as e:
        print("invalid:", e, e.field)
errors = []
for i in range(3):
    try:
        raise ValidationError("item" + str(i), "bad")
    except ValidationError as e:
        errors.append(e)
print([str(e) for e in errors])
print(repr(TooSmall("f", "p")))
