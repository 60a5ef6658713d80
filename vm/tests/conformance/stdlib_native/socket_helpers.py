# _socket's address and byte-order helpers and their errors.
import _socket as s

print(s.inet_aton("1.2.3.4"), s.inet_aton("127.1"), s.inet_aton("0x7f.1"))
print(s.inet_ntoa(b"\x7f\x00\x00\x01"))
print(s.inet_pton(s.AF_INET6, "::1"), s.inet_ntop(s.AF_INET6, b"\x00" * 15 + b"\x01"))
print(s.inet_ntop(s.AF_INET, b"\xc0\xa8\x00\x01"), s.inet_pton(s.AF_INET, "10.0.0.1"))
print(s.htons(1), s.ntohs(256), s.htonl(1), s.ntohl(0x01020304))
print(s.gethostbyname("127.0.0.1"), s.gethostbyname("localhost"))
print(isinstance(s.gethostname(), str))
print(sorted(set(x[4] for x in s.getaddrinfo("127.0.0.1", 80))))
print(s.getaddrinfo("127.0.0.1", "80", s.AF_INET, s.SOCK_STREAM))
print(s.error is OSError, s.timeout is TimeoutError, issubclass(s.gaierror, OSError))
print(s.getdefaulttimeout())
for expr in ['s.inet_aton("1.2.3.4.5")', 's.inet_ntoa(b"\\x01")', 's.htons(-1)', 's.htons(70000)',
             's.inet_pton(s.AF_INET, "x")', 's.inet_ntop(s.AF_INET, b"12")']:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
