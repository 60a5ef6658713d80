café = 1
π = 3.14
名前 = "value"
ﬁ = 1
x = café + π
def 函数(参数):
    return 参数
s = 'ünïcödé' + "中文"
