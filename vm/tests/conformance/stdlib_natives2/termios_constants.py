# The constants tty and pty rely on, with their Linux values.
import termios

for name in ["TCSANOW", "TCSADRAIN", "TCSAFLUSH", "TCIFLUSH", "TCOFLUSH", "TCIOFLUSH",
             "TCOOFF", "TCOON", "TCIOFF", "TCION", "BRKINT", "ICRNL", "INPCK", "ISTRIP",
             "IXON", "OPOST", "CSIZE", "PARENB", "CS8", "ECHO", "ICANON", "IEXTEN", "ISIG",
             "VMIN", "VTIME", "VINTR", "VEOF", "NCCS", "B0", "B9600", "B38400", "B115200",
             "TIOCGWINSZ", "ECHONL", "ONLCR"]:
    print(name, getattr(termios, name))
names = [n for n in dir(termios) if n.isupper()]
print(len(names) > 200, sorted(n for n in dir(termios) if not n.isupper() and not n.startswith("__")))
