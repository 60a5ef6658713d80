if x:
	y = 1
	if y:
		z = 2
		if z:
		    w = 3
		    v = 4
	u = 5
