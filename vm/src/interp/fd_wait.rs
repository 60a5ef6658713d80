//! Native calls that would block on a descriptor (a read of an empty pipe, a socket's
//! `accept` or `recv`, `select`, `waitpid` through a pidfd) while green threads exist: the
//! one OS thread must not sleep in the system call, or every other thread stops with it.
//!
//! A native function hands [`Vm::wait_fds`] the descriptors it is about to block on
//! (duplicates: the wait may outlive the caller's borrow of its own table), an optional
//! deadline, the values it works on, and the rest of its work as a closure. With no thread
//! started that closure simply runs (one flag test); so it does when a zero-timeout poll
//! finds a descriptor ready, or when [`Vm::wait_fd`] without a deadline is given one in
//! non-blocking mode (the call then reports `EAGAIN` itself). Otherwise the running thread waits through the scheduler
//! (`interp::threads`) for one of the descriptors or the deadline:
//!
//! - A native called directly by its thread's base dispatch loop *suspends* the thread: the
//!   closure is kept in the thread's state, the call returns a placeholder, and the loop
//!   returns to the scheduler right after the call (`suspend_if_due` in `dispatch`). When
//!   the thread is resumed the closure runs and its result replaces the placeholder (or its
//!   exception is raised at the call). The closure may wait again the same way.
//! - Anywhere else (the main thread, a callback from native code) the thread waits nested,
//!   running the others until it is ready, as a lock's wait does there.
//!
//! When no thread can run, the scheduler blocks in one `poll` over every waited descriptor
//! with the earliest deadline, in slices short enough to notice Ctrl-C.

use std::os::fd::{AsFd, OwnedFd};
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, Timespec};

use crate::error::PyResult;
use crate::interp::threads::POLL;
use crate::value::Value;
use crate::vm::Vm;

/// The readiness a native call waits for on a descriptor.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Interest {
    /// Data to read (or the end of it, or an error).
    Readable,
    /// Room to write.
    Writable,
}

impl Interest {
    fn flags(self) -> PollFlags {
        match self {
            Interest::Readable => PollFlags::IN,
            Interest::Writable => PollFlags::OUT,
        }
    }
}

/// How a wait for descriptors ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wake {
    /// A descriptor is ready (or the call did not need to wait).
    Ready,
    /// The deadline passed first.
    TimedOut,
}

/// The rest of a native call that waited: given the values it kept and how the wait ended,
/// it does the call's work and answers its result. It must hold no heap handles itself;
/// values go through the kept slice, which the suspended thread's state keeps alive.
pub type Resume = Box<dyn FnOnce(&mut Vm, &[Value], Wake) -> PyResult<Value>>;

fn timespec(d: Duration) -> Timespec {
    Timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64) as _,
        tv_nsec: d.subsec_nanos() as _,
    }
}

/// Polls `fds` for at most `timeout`: whether one of them is ready (an error counts as
/// ready: the call that follows reports it).
fn poll_ready(fds: &[(OwnedFd, PollFlags)], timeout: Duration) -> bool {
    let mut polled: Vec<PollFd<'_>> = fds.iter().map(|(fd, f)| PollFd::new(fd, *f)).collect();
    match rustix::event::poll(&mut polled, Some(&timespec(timeout))) {
        Ok(n) => n > 0,
        Err(rustix::io::Errno::INTR) => false,
        Err(_) => true,
    }
}

/// Whether `fd` is in non-blocking mode (a call on it never blocks).
fn nonblocking(fd: &OwnedFd) -> bool {
    rustix::fs::fcntl_getfl(fd.as_fd()).is_ok_and(|f| f.contains(rustix::fs::OFlags::NONBLOCK))
}

impl Vm {
    /// Whether green threads exist: a blocking call then waits through the scheduler.
    pub fn threads_running(&self) -> bool {
        self.sched.active
    }

    /// Whether a call that would block waits through `poll` rather than in the system call:
    /// when green threads exist (the others must run meanwhile) or when the program catches
    /// a signal (its handler must run meanwhile, and the call then retries, as PEP 475 says).
    pub fn waits_in_slices(&self) -> bool {
        self.sched.active || self.catches_any_signal()
    }

    /// [`Vm::wait_fds`] for one descriptor; `dup` makes the duplicate to wait on (`None`:
    /// no wait, `then` reports whatever is wrong with the descriptor).
    pub fn wait_fd(
        &mut self,
        dup: impl FnOnce(&mut Vm) -> Option<OwnedFd>,
        interest: Interest,
        deadline: Option<Instant>,
        keep: &[Value],
        then: impl FnOnce(&mut Vm, &[Value], Wake) -> PyResult<Value> + 'static,
    ) -> PyResult<Value> {
        if !self.waits_in_slices() && deadline.is_none() {
            return then(self, keep, Wake::Ready);
        }
        match dup(self) {
            // A call without a deadline on a non-blocking descriptor does not wait: it
            // reports `EAGAIN` itself. (One with a deadline waits: a socket with a timeout
            // is non-blocking underneath.)
            Some(fd) if deadline.is_some() || !nonblocking(&fd) => {
                self.wait_fds(move |_| vec![(fd, interest)], deadline, keep, then)
            }
            _ => then(self, keep, Wake::Ready),
        }
    }

    /// Runs `then` once one of the descriptors `fds` makes is ready for its interest or
    /// `deadline` has passed (with no descriptor, once the deadline has passed, or never), letting the other threads run meanwhile (see the module
    /// doc). Its result is the caller's; it may be produced later, when a suspended thread
    /// resumes.
    pub fn wait_fds(
        &mut self,
        fds: impl FnOnce(&mut Vm) -> Vec<(OwnedFd, Interest)>,
        deadline: Option<Instant>,
        keep: &[Value],
        then: impl FnOnce(&mut Vm, &[Value], Wake) -> PyResult<Value> + 'static,
    ) -> PyResult<Value> {
        if !self.waits_in_slices() && deadline.is_none() {
            return then(self, keep, Wake::Ready);
        }
        let fds: Vec<(OwnedFd, PollFlags)> = fds(self)
            .into_iter()
            .map(|(fd, interest)| (fd, interest.flags()))
            .collect();
        if !fds.is_empty() && poll_ready(&fds, Duration::ZERO) {
            return then(self, keep, Wake::Ready);
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return then(self, keep, Wake::TimedOut);
        }
        let Some(i) = self
            .thread_index(self.sched.current)
            .filter(|_| self.sched.active)
        else {
            let wake = self.wait_fds_alone(&fds, deadline)?;
            return then(self, keep, wake);
        };
        let may_suspend = self.sched.loop_depth == self.sched.slice_depth
            && self.native_depth == self.sched.slice_native + 1;
        let t = &mut self.s.threads[i];
        t.waiting = true;
        t.woken = false;
        t.wait_on = Value::None;
        t.deadline = deadline;
        t.wait_fds = fds;
        t.fd_ready = false;
        t.timed_out = false;
        if may_suspend {
            t.resume = Some(Box::new(then));
            t.resume_keep = keep.to_vec();
            // The calling loop returns to the scheduler as the call returns.
            self.sched.switch_due = true;
            return Ok(Value::None);
        }
        let saved_keep = std::mem::replace(&mut t.resume_keep, keep.to_vec());
        let r = self.with_collectable(|vm| vm.block_current());
        let mut wake = Wake::Ready;
        if let Some(i) = self.thread_index(self.sched.current) {
            let t = &mut self.s.threads[i];
            t.resume_keep = saved_keep;
            if t.timed_out {
                wake = Wake::TimedOut;
            }
            if r.is_err() {
                t.end_wait();
            }
        }
        r?;
        self.sched.slice_end = self.slice_deadline();
        then(self, keep, wake)
    }

    /// Waits for `fds` or `deadline` with no other thread to run, in slices so that Ctrl-C
    /// interrupts it.
    fn wait_fds_alone(
        &mut self,
        fds: &[(OwnedFd, PollFlags)],
        deadline: Option<Instant>,
    ) -> PyResult<Wake> {
        loop {
            let now = Instant::now();
            let nap = match deadline {
                Some(d) if now >= d => return Ok(Wake::TimedOut),
                Some(d) => (d - now).min(POLL),
                None => POLL,
            };
            if poll_ready(fds, nap) {
                return Ok(Wake::Ready);
            }
            self.check_interrupt()?;
        }
    }

    /// Polls, for at most `timeout`, the descriptors of the waiting threads that could go
    /// on (not pinned below the running one), marking those found ready. False when no
    /// thread waits on a descriptor (nothing was polled).
    pub(crate) fn poll_waiting_fds(&mut self, timeout: Duration) -> bool {
        let current = self.sched.current;
        let counts = |t: &crate::interp::threads::ThreadState| {
            t.waiting && !t.fd_ready && !t.wait_fds.is_empty() && (!t.pinned || t.ident == current)
        };
        if !self.s.threads.iter().any(counts) {
            return false;
        }
        let mut owners = Vec::new();
        let mut polled = Vec::new();
        for (i, t) in self.s.threads.iter().enumerate() {
            if counts(t) {
                for (fd, flags) in &t.wait_fds {
                    owners.push(i);
                    polled.push(PollFd::new(fd, *flags));
                }
            }
        }
        let ready: Vec<usize> = match rustix::event::poll(&mut polled, Some(&timespec(timeout))) {
            Ok(0) | Err(rustix::io::Errno::INTR) => Vec::new(),
            Ok(_) => polled
                .iter()
                .zip(&owners)
                .filter(|(p, _)| !p.revents().is_empty())
                .map(|(_, &i)| i)
                .collect(),
            // Polling itself failed: let each owner's call find out why.
            Err(_) => owners.clone(),
        };
        drop(polled);
        for i in ready {
            self.s.threads[i].fd_ready = true;
        }
        true
    }

    /// Resumes thread `ident`, suspended by [`Vm::wait_fds`]: runs the rest of its native
    /// call, whose result replaces the placeholder the call left on the value stack, then
    /// its frames.
    pub(crate) fn resume_native(&mut self, ident: i64, rest: Resume) -> PyResult<Value> {
        let Some(i) = self.thread_index(ident) else {
            return self.run_frames(None);
        };
        let t = &self.s.threads[i];
        let keep = t.resume_keep.clone();
        let wake = if t.timed_out {
            Wake::TimedOut
        } else {
            Wake::Ready
        };
        // The rest runs as if the thread's base loop had just called it, so it may suspend
        // the thread again.
        self.sched.slice_depth = self.sched.loop_depth;
        self.native_depth += 1;
        let r = rest(self, &keep, wake);
        self.native_depth -= 1;
        self.sched.slice_depth = self.sched.loop_depth + 1;
        let Some(i) = self.thread_index(ident) else {
            return r;
        };
        if self.sched.switch_due && self.s.threads[i].resume.is_some() {
            self.sched.switch_due = false;
            self.sched.yielded = true;
            return Ok(Value::None);
        }
        self.s.threads[i].resume_keep.clear();
        match r {
            Ok(v) => {
                if let Some(top) = self.s.stack.last_mut() {
                    *top = v;
                }
                self.run_frames(None)
            }
            Err(e) => {
                self.s.stack.pop();
                self.run_frames(Some(e))
            }
        }
    }
}
