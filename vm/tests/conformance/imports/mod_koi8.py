# -*- coding: koi8-r -*-
# A module written in KOI8-R, imported by source_encoding_declared.py
greeting = 'привет'
