name = "part of a namespace package"
