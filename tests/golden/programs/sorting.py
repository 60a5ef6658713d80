# Sorting algorithms written out by hand, checked against sorted().
def bubble_sort(xs):
    xs = list(xs)
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs


def insertion_sort(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = key
    return xs


def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    return out + left[i:] + right[j:]


def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])


seed = 12345
data = []
for _ in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
print(data)
expected = sorted(data)
for sort in [bubble_sort, insertion_sort, merge_sort, quick_sort]:
    result = sort(data)
    print(sort.__name__, result == expected, result[:5], result[-5:])
words = ["pear", "Apple", "fig", "banana", "kiwi", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
