print("init pkg_basic.sub.deep")
