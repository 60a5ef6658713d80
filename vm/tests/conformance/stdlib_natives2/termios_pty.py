# termios on a pseudo-terminal from os.openpty: reading, changing and restoring modes.
import os, termios

master, slave = os.openpty()
mode = termios.tcgetattr(slave)
print(len(mode), len(mode[6]), all(isinstance(x, int) for x in mode[:6]))
print(type(mode[6][termios.VMIN]).__name__, bool(mode[3] & termios.ICANON))
raw = list(mode)
raw[3] &= ~(termios.ECHO | termios.ICANON)
raw[6] = list(mode[6])
raw[6][termios.VMIN] = 1
raw[6][termios.VTIME] = 0
termios.tcsetattr(slave, termios.TCSANOW, raw)
now = termios.tcgetattr(slave)
print(now[3] & termios.ECHO, now[3] & termios.ICANON, now[6][termios.VMIN], now[6][termios.VTIME])
termios.tcsetattr(slave, termios.TCSAFLUSH, mode)
print(termios.tcgetattr(slave) == mode)
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
termios.tcflow(slave, termios.TCOON)
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave))
for bad in ([0] * 6 + [[b"ab"] * 32], [0] * 6 + [[b"a"] * 3]):
    try:
        termios.tcsetattr(slave, termios.TCSANOW, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    termios.tcsetattr(slave, 99, mode)
except termios.error as e:
    print("termios.error", e.args)
os.close(master)
os.close(slave)
