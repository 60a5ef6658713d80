# More than 15 members: the rest are summarised.
raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
