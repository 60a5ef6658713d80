//! Green threads: several Python threads interleaved by the one VM, as a GIL interpreter
//! behaves observably. No OS thread is involved; the heap stays single-threaded.
//!
//! Each thread owns a [`ThreadState`] (frame stack, value stack, frame objects, the exception
//! being handled, the `contextvars` context). The running thread's state is the one in
//! `State` as when there is a single thread, so the hot path does not change; the others'
//! states sit in `State::threads`, where the collector traces them. Switching threads is
//! swapping those fields.
//!
//! A thread other than the main one runs in *slices*: the scheduler swaps its state in and
//! runs its frames in a dispatch loop whose bottom frame is the thread's function call. That
//! loop is the slice's base (`Sched::slice_depth`, compared with `Sched::loop_depth`, which
//! `run_frames` counts). At a safe point (a backward jump) where a switch is due, a thread
//! whose base loop is the one running *returns* to the scheduler with its frames intact: it
//! is suspended, and any later scheduler can resume it. Anywhere else (the main thread, or
//! Python code called from native code: a sort key, a `__repr__`, a module body) the loop
//! cannot return, so the safe point runs the scheduler *nested*: every other thread that is
//! not itself on the Rust stack below (`ThreadState::pinned`) runs one slice, and control
//! comes back. A pinned thread can only go on once everything above it has returned.
//!
//! Blocking (a lock's `acquire`, `time.sleep`) never blocks Rust: `_krait_thread.wait`
//! marks the thread as waiting on an object (woken by `notify` on it) and/or a deadline.
//! A thread that can return is then suspended at the next safe point (the retry loop in
//! `_thread.py` ends in a backward jump); one that cannot runs the others nested until it
//! is woken. Native calls that would block on a descriptor wait the same way, on the
//! descriptor (`interp::fd_wait`). Only when no thread can run does the VM really block, in
//! one `poll` over every waited descriptor until the earliest deadline; when every thread
//! waits without a deadline or descriptor it waits forever, as CPython would, still
//! noticing Ctrl-C.
//!
//! A thread waiting nested holds every thread pinned below it until its wait ends: a
//! thread other than the main one that waits inside a callback from native code (a lock in
//! an `__next__` that `next()` called) cannot let the main thread go on meanwhile.
//!
//! A switch is due when the running thread has run for the switch interval
//! (`sys.setswitchinterval`, 5 ms by default; the clock is read every `TICKS` safe points)
//! or has started to wait. None of this runs unless a thread was started: the dispatch loop
//! tests one flag (`Sched::active`).

use std::os::fd::OwnedFd;
use std::time::{Duration, Instant};

use rustix::event::PollFlags;

use krait_gc::{Gc, Trace};

use crate::error::PyResult;
use crate::interp::fd_wait::Resume;
use crate::interp::frame::Frame;
use crate::object::{Object, Payload};
use crate::value::Value;
use crate::vm::Vm;

/// The main thread's identity (`_thread.get_ident()` in the main thread).
pub(crate) const MAIN_IDENT: i64 = 1;

/// Safe points between readings of the clock while threads run.
const TICKS: u32 = 64;

/// The longest real sleep between checks for Ctrl-C.
pub(crate) const POLL: Duration = Duration::from_millis(20);

/// One thread's interpreter state while it is not running (the running thread's entry
/// keeps only its bookkeeping; its state is in `State`).
#[derive(Trace)]
pub(crate) struct ThreadState {
    #[trace(skip)]
    pub ident: i64,
    pub frames: Vec<Frame>,
    pub stack: Vec<Value>,
    pub frame_objs: Vec<Gc<Object>>,
    pub handled: Value,
    pub context: Option<Gc<Object>>,
    /// The thread's function (for the report of an exception it lets escape).
    pub func: Value,
    /// The call that starts the thread (function, args tuple, kwargs dict or `None`), until
    /// its first slice makes it.
    pub start: Option<[Value; 3]>,
    /// What a waiting thread waits on (`None`: only its deadline).
    pub wait_on: Value,
    #[trace(skip)]
    pub deadline: Option<Instant>,
    #[trace(skip)]
    pub waiting: bool,
    /// Set by `notify` on `wait_on`.
    #[trace(skip)]
    pub woken: bool,
    /// The thread is on the Rust stack below the running one (it runs the scheduler
    /// nested): only returning to it resumes it.
    #[trace(skip)]
    pub pinned: bool,
    /// The descriptors a thread blocked in native I/O waits on (any one ready wakes it;
    /// see `interp::fd_wait`).
    #[trace(skip)]
    pub wait_fds: Vec<(OwnedFd, PollFlags)>,
    /// Set when a poll found one of `wait_fds` ready.
    #[trace(skip)]
    pub fd_ready: bool,
    /// How the thread's last wait ended: its deadline passed before anything woke it.
    #[trace(skip)]
    pub timed_out: bool,
    /// The rest of a native call that suspended its thread until a descriptor was ready:
    /// run when the thread is resumed, its result standing for the call's.
    #[trace(skip)]
    pub resume: Option<Resume>,
    /// The values `resume` works on, kept alive while the thread waits.
    pub resume_keep: Vec<Value>,
}

impl ThreadState {
    fn new(ident: i64, func: Value, start: Option<[Value; 3]>) -> ThreadState {
        ThreadState {
            ident,
            frames: Vec::new(),
            stack: Vec::with_capacity(if start.is_some() { 256 } else { 0 }),
            frame_objs: Vec::new(),
            handled: Value::None,
            context: None,
            func,
            start,
            wait_on: Value::None,
            deadline: None,
            waiting: false,
            woken: false,
            pinned: false,
            wait_fds: Vec::new(),
            fd_ready: false,
            timed_out: false,
            resume: None,
            resume_keep: Vec::new(),
        }
    }

    /// Whether a waiting thread may go on (woken, or its deadline passed); clears the wait.
    fn ready(&mut self, now: Instant) -> bool {
        if !self.waiting {
            return true;
        }
        if self.woken || self.fd_ready || self.deadline.is_some_and(|d| now >= d) {
            self.timed_out = !self.woken && !self.fd_ready;
            self.end_wait();
            return true;
        }
        false
    }

    /// Forgets what the thread waited on.
    pub(crate) fn end_wait(&mut self) {
        self.waiting = false;
        self.woken = false;
        self.wait_on = Value::None;
        self.fd_ready = false;
        self.wait_fds.clear();
    }
}

/// The scheduler's bookkeeping (nothing here refers to the heap).
pub(crate) struct Sched {
    /// Threads other than the main one exist: safe points call [`Vm::thread_safe_point`].
    pub active: bool,
    /// The running thread's identity.
    pub current: i64,
    /// Dispatch loops on the Rust stack (`run_frames` counts them).
    pub loop_depth: u32,
    /// The `loop_depth` of the running slice's base loop (`u32::MAX` for the main thread,
    /// whose loops never return to a scheduler).
    pub slice_depth: u32,
    /// The `native_depth` under the running slice's base loop: a native function called
    /// by that loop runs one deeper, and only such a call may suspend its thread until a
    /// descriptor is ready (`interp::fd_wait`).
    pub slice_native: u32,
    /// Set by a base loop that returned because its thread was suspended.
    pub yielded: bool,
    /// The running thread must give way at the next safe point.
    pub switch_due: bool,
    ticks: u32,
    pub(crate) slice_end: Instant,
    /// `sys.getswitchinterval()`, in seconds.
    pub interval: f64,
    next_ident: i64,
}

impl Default for Sched {
    fn default() -> Self {
        Sched {
            active: false,
            current: MAIN_IDENT,
            loop_depth: 0,
            slice_depth: u32::MAX,
            slice_native: 0,
            yielded: false,
            switch_due: false,
            ticks: 0,
            slice_end: Instant::now(),
            interval: 0.005,
            next_ident: MAIN_IDENT + 1,
        }
    }
}

impl Vm {
    pub(crate) fn thread_index(&self, ident: i64) -> Option<usize> {
        self.s.threads.iter().position(|t| t.ident == ident)
    }

    /// Swaps the running state with thread `i`'s stored one.
    fn swap_thread_state(&mut self, i: usize) {
        let t = &mut self.s.threads[i];
        std::mem::swap(&mut self.s.frames, &mut t.frames);
        std::mem::swap(&mut self.s.stack, &mut t.stack);
        std::mem::swap(&mut self.s.frame_objs, &mut t.frame_objs);
        std::mem::swap(&mut self.s.handled, &mut t.handled);
        std::mem::swap(&mut self.s.context, &mut t.context);
    }

    pub(crate) fn slice_deadline(&self) -> Instant {
        Instant::now() + Duration::from_secs_f64(self.sched.interval)
    }

    /// `_thread.start_new_thread`'s work: a new thread that will call `func(*args,
    /// **kwargs)` when it first runs. Returns its identity.
    pub(crate) fn spawn_thread(&mut self, func: Value, args: Value, kwargs: Value) -> i64 {
        if self.s.threads.is_empty() {
            let main = ThreadState::new(self.sched.current, Value::None, None);
            self.s.threads.push(main);
        }
        let ident = self.sched.next_ident;
        self.sched.next_ident += 1;
        let t = ThreadState::new(ident, func, Some([func, args, kwargs]));
        self.s.threads.push(t);
        if !self.sched.active {
            self.sched.active = true;
            self.sched.slice_end = self.slice_deadline();
        }
        ident
    }

    /// Threads started and not finished (`_thread._count()`).
    pub(crate) fn thread_count(&self) -> usize {
        self.s
            .threads
            .iter()
            .filter(|t| t.ident != MAIN_IDENT)
            .count()
    }

    /// A safe point while threads exist: true when the running loop must return (its thread
    /// is suspended; `Sched::yielded` is set). Runs the other threads nested when a switch
    /// is due and the loop cannot return.
    #[cold]
    #[inline(never)]
    pub(crate) fn thread_safe_point(&mut self) -> PyResult<bool> {
        let s = &mut self.sched;
        if !s.switch_due {
            s.ticks += 1;
            if s.ticks < TICKS {
                return Ok(false);
            }
            s.ticks = 0;
            if Instant::now() < s.slice_end {
                return Ok(false);
            }
        }
        s.switch_due = false;
        if s.loop_depth == s.slice_depth {
            s.yielded = true;
            return Ok(true);
        }
        if self.s.threads.len() <= 1 {
            // Every other thread has finished: back to the single-threaded path.
            if self.sched.current == MAIN_IDENT && self.s.threads.iter().all(|t| !t.waiting) {
                self.s.threads.clear();
                self.sched.active = false;
            }
            return Ok(false);
        }
        let waiting = self
            .thread_index(self.sched.current)
            .is_some_and(|i| self.s.threads[i].waiting);
        if waiting {
            self.block_current()?;
        } else {
            self.run_round()?;
        }
        self.sched.slice_end = self.slice_deadline();
        Ok(false)
    }

    /// Runs `f` (which runs other threads) from a builtin or safe point that holds no
    /// handles outside the roots: when the only native frame above the innermost region is
    /// that builtin, the threads' safe points may collect.
    pub(crate) fn with_collectable<T>(&mut self, f: impl FnOnce(&mut Vm) -> T) -> T {
        let saved = self.native_depth;
        if self.native_depth == self.collect_depth + 1 {
            self.native_depth -= 1;
        }
        let r = f(self);
        self.native_depth = saved;
        r
    }

    /// Runs one slice of every other thread that can run; false if none could.
    fn run_round(&mut self) -> PyResult<bool> {
        self.poll_waiting_fds(Duration::ZERO);
        let me = self.sched.current;
        let others: Vec<i64> = self
            .s
            .threads
            .iter()
            .filter(|t| t.ident != me && !t.pinned)
            .map(|t| t.ident)
            .collect();
        let mut ran = false;
        for ident in others {
            let now = Instant::now();
            let Some(i) = self.thread_index(ident) else {
                continue;
            };
            let t = &mut self.s.threads[i];
            if t.pinned || !t.ready(now) {
                continue;
            }
            self.run_slice(ident);
            ran = true;
        }
        Ok(ran)
    }

    /// Runs thread `ident` until it is suspended or finishes, then comes back to the
    /// running thread.
    fn run_slice(&mut self, ident: i64) {
        let prev = self.sched.current;
        let (Some(pi), Some(ni)) = (self.thread_index(prev), self.thread_index(ident)) else {
            return;
        };
        self.s.threads[pi].pinned = true;
        self.swap_thread_state(pi);
        self.swap_thread_state(ni);
        self.sched.current = ident;
        let saved_depth = self.sched.slice_depth;
        let saved_native = self.sched.slice_native;
        let saved_due = self.sched.switch_due;
        self.sched.slice_depth = self.sched.loop_depth + 1;
        self.sched.slice_native = self.native_depth;
        self.sched.switch_due = false;
        self.sched.slice_end = self.slice_deadline();
        let start = self.s.threads[ni].start.take();
        let resume = self.s.threads[ni].resume.take();
        let r = match (start, resume) {
            (Some(call), _) => self.first_call(call),
            (None, Some(rest)) => self.resume_native(ident, rest),
            (None, None) => self.run_frames(None),
        };
        let yielded = std::mem::take(&mut self.sched.yielded);
        // Whatever runs from here on is not the slice's base loop.
        self.sched.slice_depth = u32::MAX;
        if !yielded {
            self.finish_thread(r);
        }
        if let Some(ni) = self.thread_index(ident) {
            self.swap_thread_state(ni);
            if !yielded {
                self.s.threads.remove(ni);
            }
        }
        self.sched.current = prev;
        self.sched.slice_depth = saved_depth;
        self.sched.slice_native = saved_native;
        self.sched.switch_due = saved_due;
        if let Some(pi) = self.thread_index(prev) {
            self.swap_thread_state(pi);
            self.s.threads[pi].pinned = false;
        }
    }

    /// A thread's first slice: calls its function with its bottom frame as the loop's
    /// entry frame (a native function simply runs).
    fn first_call(&mut self, [f, args, kwargs]: [Value; 3]) -> PyResult<Value> {
        let items = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => self.collect_iter(args)?,
        };
        let fidx = self.s.stack.len();
        self.s.stack.push(f);
        self.s.stack.extend_from_slice(&items);
        let mut kwnames = None;
        if !kwargs.is_none() {
            let pairs = self.mapping_items(kwargs)?;
            if !pairs.is_empty() {
                let mut names = Vec::with_capacity(pairs.len());
                for (k, v) in pairs {
                    names.push(k);
                    self.s.stack.push(v);
                }
                kwnames = self.new_tuple(names).as_obj();
            }
        }
        match self.call_stack(fidx, fidx, kwnames)? {
            Some(v) => Ok(v),
            None => {
                if let Some(f) = self.s.frames.last_mut() {
                    f.entry = true;
                }
                self.run_frames(None)
            }
        }
    }

    /// The end of a thread (still the running one): an escaping exception other than
    /// `SystemExit` goes to `sys.unraisablehook`, as CPython reports it, and `_thread`
    /// releases the locks that wait for the thread's end.
    fn finish_thread(&mut self, r: PyResult<Value>) {
        if let Err(e) = r {
            if !self.exc_matches(e, self.s.types.system_exit) {
                let func = self
                    .thread_index(self.sched.current)
                    .map_or(Value::None, |i| self.s.threads[i].func);
                self.report_unraisable(e, Some("Exception ignored in thread started by"), func);
            }
        }
        if let Ok(Some(module)) = self.sys_modules_get("_thread") {
            let key = self.intern("_thread_done");
            if let Ok(f) = self.get_attr(module, key) {
                let _ = self.call_value(f, &[], &[]);
            }
        }
        self.s.handled = Value::None;
    }

    /// Waits (running the other threads) until the running thread, marked as waiting, is
    /// woken or its deadline passes.
    pub(crate) fn block_current(&mut self) -> PyResult<()> {
        loop {
            self.poll_waiting_fds(Duration::ZERO);
            let now = Instant::now();
            let Some(i) = self.thread_index(self.sched.current) else {
                return Ok(());
            };
            if self.s.threads[i].ready(now) {
                return Ok(());
            }
            if self.sched.current == MAIN_IDENT {
                if let Err(e) = self.check_interrupt() {
                    if let Some(i) = self.thread_index(self.sched.current) {
                        self.s.threads[i].end_wait();
                    }
                    return Err(e);
                }
            }
            if self.run_round()? {
                continue;
            }
            // Nothing can run: sleep until the earliest deadline or until a descriptor a
            // thread waits on is ready (checking for Ctrl-C).
            let earliest = self
                .s
                .threads
                .iter()
                .filter(|t| t.waiting && (!t.pinned || t.ident == self.sched.current))
                .filter_map(|t| t.deadline)
                .min();
            let now = Instant::now();
            let nap = earliest.map_or(POLL, |d| d.saturating_duration_since(now).min(POLL));
            if !self.poll_waiting_fds(nap) {
                std::thread::sleep(nap);
            }
        }
    }

    /// `_krait_thread.wait(obj, timeout)`: the running thread waits until `notify(obj)`
    /// or until `timeout` seconds (`None`: no limit) have passed.
    pub(crate) fn thread_wait(&mut self, on: Value, timeout: Option<f64>) -> PyResult<()> {
        let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9)));
        let Some(i) = self
            .thread_index(self.sched.current)
            .filter(|_| self.sched.active)
        else {
            // Nobody else could wake this thread: sleep out the timeout (or forever).
            return self.sleep_alone(deadline);
        };
        let t = &mut self.s.threads[i];
        t.waiting = true;
        t.woken = false;
        t.wait_on = on;
        t.deadline = deadline;
        if self.sched.loop_depth == self.sched.slice_depth {
            // Suspended as the call returns (see `suspend_if_due` in `dispatch`).
            self.sched.switch_due = true;
            return Ok(());
        }
        self.with_collectable(|vm| vm.block_current())?;
        self.sched.slice_end = self.slice_deadline();
        Ok(())
    }

    /// `time.sleep` while threads exist: the others run meanwhile.
    pub(crate) fn thread_sleep(&mut self, secs: f64) -> PyResult<()> {
        let deadline = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
        let Some(i) = self.thread_index(self.sched.current) else {
            return self.sleep_alone(Some(deadline));
        };
        let t = &mut self.s.threads[i];
        t.waiting = true;
        t.woken = false;
        t.wait_on = Value::None;
        t.deadline = Some(deadline);
        if self.sched.loop_depth == self.sched.slice_depth {
            // Suspended as the call returns, until the deadline.
            self.sched.switch_due = true;
            return Ok(());
        }
        self.with_collectable(|vm| vm.block_current())?;
        self.sched.slice_end = self.slice_deadline();
        Ok(())
    }

    /// Sleeps until `deadline` (forever for `None`) with no other thread to run, in
    /// slices so that Ctrl-C interrupts it.
    fn sleep_alone(&mut self, deadline: Option<Instant>) -> PyResult<()> {
        loop {
            let now = Instant::now();
            let nap = match deadline {
                Some(d) if now >= d => return Ok(()),
                Some(d) => (d - now).min(POLL),
                None => POLL,
            };
            std::thread::sleep(nap);
            self.check_interrupt()?;
        }
    }

    /// `_krait_thread.notify(obj)`: wakes the threads waiting on `obj`.
    pub(crate) fn thread_notify(&mut self, on: Value) {
        for t in &mut self.s.threads {
            if t.waiting && t.wait_on.is(on) {
                t.woken = true;
            }
        }
    }

    /// At exit: `threading._shutdown()` (if `threading` was imported) waits for the
    /// non-daemon threads, as CPython's finalization does.
    pub(crate) fn join_threads_at_exit(&mut self) {
        let Ok(Some(module)) = self.sys_modules_get("threading") else {
            return;
        };
        let key = self.intern("_shutdown");
        let Ok(f) = self.get_attr(module, key) else {
            return;
        };
        if let Err(e) = self.call_value(f, &[], &[]) {
            self.report_unraisable(
                e,
                Some("Exception ignored on threading shutdown"),
                Value::None,
            );
        }
    }
}
