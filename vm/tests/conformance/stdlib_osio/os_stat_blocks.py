import os

name = "osio_blocks.tmp"
with open(name, "wb") as f:
    f.write(b"x" * 5000)
st = os.stat(name)
print(st.st_size, st.st_blocks * 512 >= st.st_size, st.st_blksize > 0, st.st_rdev)
print(len(st), st.n_sequence_fields)
print(os.lstat(name).st_blocks == st.st_blocks)
fd = os.open(name, os.O_RDONLY)
print(os.fstat(fd).st_blocks == st.st_blocks)
os.close(fd)
os.remove(name)
