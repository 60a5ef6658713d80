# NotStandaloneHandler runs for an external subset or a parameter entity reference.
import pyexpat

def run(doc, result):
    p = pyexpat.ParserCreate()
    p.NotStandaloneHandler = lambda: print("not standalone") or result
    p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
    try:
        p.Parse(doc, True)
        print("ok")
    except pyexpat.ExpatError as e:
        print(e.code, e)

run(b"<!DOCTYPE a SYSTEM 'x.dtd'><a/>", 1)
run(b"<!DOCTYPE a [%p;]><a/>", 1)
run(b"<!DOCTYPE a SYSTEM 'x.dtd'><a/>", 0)
run(b"<?xml version='1.0' standalone='yes'?><!DOCTYPE a SYSTEM 'x.dtd'><a/>", 0)
