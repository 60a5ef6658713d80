# coding: utf-8
bad = 'ÿ'
