# Entity errors: recursion, unbalanced markup, undefined, external in attributes, binary.
import pyexpat

for doc in [
    b"<!DOCTYPE a [<!ENTITY e '<b>'>]><a>&e;</a>",
    b"<!DOCTYPE a [<!ENTITY e 'x&e;'>]><a>&e;</a>",
    b"<!DOCTYPE a [<!ENTITY e '&f;'><!ENTITY f '&e;'>]><a>&e;</a>",
    b"<!DOCTYPE a [<!ENTITY e SYSTEM 'x'>]><a x='&e;'/>",
    b"<!DOCTYPE a [<!NOTATION n SYSTEM 'n'><!ENTITY e SYSTEM 'x' NDATA n>]><a>&e;</a>",
    b"<!DOCTYPE a [<!ENTITY e 'x'>]><a>&f;</a>",
    b"<!DOCTYPE a SYSTEM 'x'><a>&f;</a>",
    b"<?xml version='1.0' standalone='yes'?><!DOCTYPE a SYSTEM 'x'><a>&e;</a>",
    b"<!DOCTYPE a [%p;]><a>&e;</a>",
    b"<!DOCTYPE a><!DOCTYPE b><a/>",
    b"<!DOCTYPE a [<!ENTITY c '&#60;'>]><a x='&c;'/>",
    b"<!DOCTYPE a [<!ENTITY c '&#60;'>]><a>&c;</a>",
    b"<a/><!DOCTYPE b>",
]:
    p = pyexpat.ParserCreate()
    try:
        p.Parse(doc, True)
        print(doc, "ok")
    except pyexpat.ExpatError as e:
        print(doc, e.code, e)
