# The child's environment and working directory.
from mod_child import run

print(run(["sh", "-c", "echo $GREETING-$OTHER"], env=[b"GREETING=hi", b"OTHER=a=b"]))
print(run(["sh", "-c", "pwd"], cwd="/"))
print(run(["sh", "-c", "pwd"], cwd=b"/tmp"))
