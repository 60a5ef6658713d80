# binascii's quoted-printable: line folding, trailing whitespace, header mode, binary mode.
import binascii

text = b"caf\xc3\xa9 = price_list\tand tabs \nnext line \r\n" + b"x" * 80 + b"\n."
print(binascii.b2a_qp(text))
print(binascii.b2a_qp(text, quotetabs=True))
print(binascii.b2a_qp(text, header=True))
print(binascii.b2a_qp(b"a\r\nb\nc", istext=False))
print(binascii.b2a_qp(b"line\r\nend  \r\n"))
print(binascii.b2a_qp(b".\n.a\n"))
for enc in [b"caf=C3=A9 =3D x", b"soft=\nbreak", b"soft=  \r\nbreak", b"a==b", b"=4", b"=zz=", b"under_score"]:
    print(enc, binascii.a2b_qp(enc), binascii.a2b_qp(enc, header=True))
print(binascii.a2b_qp("text=20"))
