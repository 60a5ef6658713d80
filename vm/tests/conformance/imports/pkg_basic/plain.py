x = "plain x"
