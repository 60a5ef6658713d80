"""Starts programs with _posixsubprocess.fork_exec and pipes, as subprocess does."""
import os
import _posixsubprocess


def run(argv, input=b"", cwd=None, env=None, exe=b"/bin/sh", merge=False):
    p2cread, p2cwrite = os.pipe()
    c2pread, c2pwrite = os.pipe()
    if merge:
        errread, errwrite = -1, c2pwrite
    else:
        errread, errwrite = os.pipe()
    errpipe_read, errpipe_write = os.pipe()
    pid = _posixsubprocess.fork_exec(
        argv, [exe], True, (errpipe_write,), cwd, env,
        p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite,
        errpipe_read, errpipe_write, True, False, -1, None, None, None, -1, None, True)
    for fd in (p2cread, c2pwrite, errpipe_write):
        os.close(fd)
    if not merge:
        os.close(errwrite)
    failure = os.read(errpipe_read, 1000)
    os.close(errpipe_read)
    if input:
        os.write(p2cwrite, input)
    os.close(p2cwrite)
    streams = [c2pread] if merge else [c2pread, errread]
    outputs = []
    for fd in streams:
        data = b""
        while True:
            chunk = os.read(fd, 7)
            if not chunk:
                break
            data += chunk
        os.close(fd)
        outputs.append(data)
    if failure:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        return failure, outputs
    got, status = os.waitpid(pid, 0)
    assert got == pid
    return os.waitstatus_to_exitcode(status), outputs
