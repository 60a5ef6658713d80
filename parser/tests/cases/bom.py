# A file that starts with a byte order mark.
x = "é"
