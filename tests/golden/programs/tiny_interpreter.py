# A tiny expression language: tokenizer, recursive-descent parser and evaluator.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif ch in "+-*/()=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expression(self):
        node = self.term()
        while self.peek() in [("op", "+"), ("op", "-")]:
            node = (self.take()[1], node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek() in [("op", "*"), ("op", "/")]:
            node = (self.take()[1], node, self.factor())
        return node

    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            return ("var", value)
        if (kind, value) == ("op", "-"):
            return ("neg", self.factor())
        if (kind, value) == ("op", "("):
            node = self.expression()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return node
        raise SyntaxError("unexpected " + repr(value))


def evaluate(node, env):
    op = node[0]
    if op == "num":
        return node[1]
    if op == "var":
        if node[1] not in env:
            raise NameError("undefined " + node[1])
        return env[node[1]]
    if op == "neg":
        return -evaluate(node[1], env)
    left, right = evaluate(node[1], env), evaluate(node[2], env)
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    return left // right


env = {}
program = ["x = 6 * 7", "y = x - (2 + 3) * 4", "x * y / 2", "-(x + -y) * 10", "z + 1", "3 $ 4",
           "(1 + 2", "2 * 3 * 4 * 5 * 6 * 7 * 8 * 9 * 10 * 11 * 12 * 13 * 14 * 15 * 16 * 17 * 18 * 19 * 20 * 21",
           "100 / 0"]
for line in program:
    try:
        if "=" in line:
            name, expr = line.split("=")
            env[name.strip()] = evaluate(Parser(tokenize(expr)).expression(), env)
            print(name.strip(), "=", env[name.strip()])
        else:
            print(line, "->", evaluate(Parser(tokenize(line)).expression(), env))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(line, "!!", type(e).__name__, e)
print(sorted(env.items()))
