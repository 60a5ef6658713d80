import sys
print(1,2,sep="-",end="!\n",file=sys.stdout, flush=True)