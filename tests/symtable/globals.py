import os
from sys import path as p
import collections.abc

G = 1


def f():
    global G, H
    G = 2
    H = 3
    return os.sep + p[0]


def g(x):
    y = x
    del y
    return len(G)


class C:
    global G
    G = 4
    n = len
