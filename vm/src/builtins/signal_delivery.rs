//! How signals from the OS, and the `faulthandler` watchdog, reach Python code.
//!
//! CPython's C-level handler only notes that a signal arrived; the interpreter runs the
//! Python handler later, between instructions, in the main thread. Krait does the same with
//! no `unsafe` of its own: when a program installs a handler (`signal.signal`), the VM
//! registers two async-signal-safe actions with `signal-hook` for that signal, which set the
//! signal's flag in [`SignalDelivery::pending`] and then the VM's `interrupt` flag, the one
//! the dispatch loop tests at every backward jump (and blocking calls such as `time.sleep`
//! test while they wait). [`Vm::take_interrupt`] then runs the handlers of every signal that
//! arrived, in signal-number order, writing each number to the `set_wakeup_fd` descriptor
//! first as CPython's handler does.
//!
//! SIGINT is special because the embedder (the `krait` command) catches it itself and only
//! sets `interrupt` ([`crate::VmOptions::interrupt`]): an interrupt with nothing pending is
//! the embedder's, a Ctrl-C. Once the VM catches anything itself (a signal, the watchdog),
//! and the embedder does catch Ctrl-C, the VM also gives SIGINT a flag of its own, so that a
//! Ctrl-C arriving with another signal is not mistaken for it. After taking what is pending
//! the VM lowers `interrupt` and raises it again if a flag went up meanwhile, so a signal
//! taken in the same scan that raised it never leaves a stray interrupt behind.
//! `_thread.interrupt_main` simulates a signal the same way.
//!
//! Once registered, an action stays: `signal-hook` cannot give a signal its default
//! disposition back, so a signal whose Python handler was reset to `SIG_DFL` gets the
//! default action emulated when it arrives (for SIGTERM, termination by that signal), and
//! one reset to `SIG_IGN` is dropped.
//!
//! The `faulthandler` watchdog (`dump_traceback_later`) is an OS thread that sleeps for the
//! timeout and then raises the flag of "signal 0" and `interrupt`, so the dump is written at
//! the next safe point of the main thread.

use std::sync::atomic::{AtomicBool, Ordering::Relaxed};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use crate::error::PyResult;
use crate::vm::Vm;

/// One past the highest signal number (Linux).
pub(crate) const NSIG: usize = 65;

/// SIGINT's number.
const SIGINT: usize = 2;

/// The slot of [`SignalDelivery::pending`] the watchdog raises (no signal is numbered 0).
const WATCHDOG: usize = 0;

/// Signals, received from the OS or raised by the watchdog, waiting for the main thread.
pub(crate) struct SignalDelivery {
    /// Per signal number: set by the OS-level action when the signal arrives.
    pending: Vec<Arc<AtomicBool>>,
    /// Per signal number: whether the OS-level actions are registered.
    installed: [bool; NSIG],
    /// `signal.set_wakeup_fd`'s descriptor (-1: none).
    pub wakeup_fd: i64,
    /// `faulthandler.register`: per signal number, the descriptor to dump to, whether to
    /// dump every thread, and whether the Python handler runs too (`chain`).
    pub dump_on: Vec<Option<DumpRequest>>,
    /// The running watchdog: dropping the sender (or sending) cancels it.
    pub watchdog: Option<Watchdog>,
    /// `faulthandler.enable()`'s file and `all_threads`.
    pub fault_dump: Option<DumpRequest>,
}

/// Where and how `faulthandler` dumps the stacks.
#[derive(Clone, Copy)]
pub(crate) struct DumpRequest {
    pub fd: i64,
    pub all_threads: bool,
    pub chain: bool,
}

/// `faulthandler.dump_traceback_later`'s pending dump.
pub(crate) struct Watchdog {
    /// Held only to be dropped: that ends the thread.
    pub _cancel: mpsc::Sender<()>,
    pub timeout: Duration,
    pub fd: i64,
    pub exit: bool,
    pub repeat: bool,
}

impl Default for SignalDelivery {
    fn default() -> Self {
        SignalDelivery {
            pending: (0..NSIG)
                .map(|_| Arc::new(AtomicBool::new(false)))
                .collect(),
            installed: [false; NSIG],
            wakeup_fd: -1,
            dump_on: vec![None; NSIG],
            watchdog: None,
            fault_dump: None,
        }
    }
}

/// The signals whose disposition no process may change, or that `signal-hook` will not
/// catch because the process cannot go on after them (SIGILL, SIGFPE, SIGSEGV).
fn uncatchable(num: usize) -> bool {
    matches!(num, 4 | 8 | 9 | 11 | 19)
}

impl Vm {
    /// Makes the OS report signal `num` to the VM from now on (once per signal; a no-op for
    /// the signals that cannot be caught).
    pub(crate) fn catch_signal(&mut self, num: usize) -> std::io::Result<()> {
        if num >= NSIG || self.signals.installed[num] || uncatchable(num) {
            return Ok(());
        }
        if num != SIGINT && self.embedder_catches_sigint {
            self.catch_signal(SIGINT)?;
        }
        let flag = self.signals.pending[num].clone();
        // The per-signal flag first: the actions run in registration order, so the
        // dispatch loop never sees `interrupt` without the flag that explains it.
        signal_hook::flag::register(num as i32, flag)?;
        signal_hook::flag::register(num as i32, self.interrupt.clone())?;
        self.signals.installed[num] = true;
        Ok(())
    }

    /// Whether the VM catches any signal itself: blocking calls then wait in `poll` slices
    /// (`interp::fd_wait`) so that a handler runs while they wait and they retry after it
    /// (PEP 475), since `signal-hook` installs its actions with `SA_RESTART` and a read
    /// blocked in the kernel would never see the signal.
    pub(crate) fn catches_any_signal(&self) -> bool {
        self.signals.installed.iter().any(|&b| b)
    }

    /// Whether the VM catches signal `num` itself.
    pub(crate) fn catches_signal(&self, num: usize) -> bool {
        num < NSIG && self.signals.installed[num]
    }

    /// Handles what made `interrupt` rise (the caller has cleared it): the watchdog's dump,
    /// then every signal that arrived, by number; with none pending, the embedder's Ctrl-C.
    /// An exception from a handler propagates, and the signals not yet handled stay pending
    /// for the next safe point.
    pub(crate) fn take_interrupt(&mut self) -> PyResult<()> {
        let taken: Vec<usize> = (0..NSIG)
            .filter(|&n| self.signals.pending[n].swap(false, Relaxed))
            .collect();
        if taken.is_empty() {
            return self.deliver_signal(SIGINT);
        }
        // The flags taken may have raised `interrupt` again after the caller lowered it.
        self.interrupt.store(false, Relaxed);
        if self.signals.pending.iter().any(|p| p.load(Relaxed)) {
            self.interrupt.store(true, Relaxed);
        }
        for (i, &num) in taken.iter().enumerate() {
            let delivered = if num == WATCHDOG {
                self.watchdog_fired();
                Ok(())
            } else {
                self.deliver_signal(num)
            };
            if let Err(e) = delivered {
                // The rest stay pending for the next safe point.
                for &later in &taken[i + 1..] {
                    self.signals.pending[later].store(true, Relaxed);
                    self.interrupt.store(true, Relaxed);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Signal `num` as if the OS had delivered it, noticed at the next safe point
    /// (`_thread.interrupt_main`).
    pub(crate) fn simulate_signal(&mut self, num: usize) {
        if num < NSIG {
            self.signals.pending[num].store(true, Relaxed);
            self.interrupt.store(true, Relaxed);
        }
    }

    /// One arrival of signal `num`: the wake-up byte, `faulthandler`'s dump if registered,
    /// then the Python handler.
    fn deliver_signal(&mut self, num: usize) -> PyResult<()> {
        self.write_wakeup_byte(num);
        if let Some(req) = self.signals.dump_on[num] {
            self.dump_stacks(req.fd, req.all_threads, None);
            if !req.chain {
                return Ok(());
            }
        }
        self.run_signal_handler(num as i64)
    }

    /// Writes the signal number to the wake-up descriptor (what an event loop's selector
    /// waits on); as in CPython, a full or closed descriptor is not an error.
    fn write_wakeup_byte(&mut self, num: usize) {
        let fd = self.signals.wakeup_fd;
        if fd >= 0 {
            let byte = [num as u8];
            let _ =
                crate::builtins::os_extra::with_fd(self, fd, |f| std::io::Write::write(f, &byte));
        }
    }

    /// Starts the watchdog thread for `faulthandler.dump_traceback_later`, replacing the one
    /// running.
    pub(crate) fn start_watchdog(
        &mut self,
        timeout: Duration,
        fd: i64,
        exit: bool,
        repeat: bool,
    ) -> std::io::Result<()> {
        if self.embedder_catches_sigint {
            self.catch_signal(SIGINT)?;
        }
        let (cancel, cancelled) = mpsc::channel::<()>();
        let due = self.signals.pending[WATCHDOG].clone();
        let interrupt = self.interrupt.clone();
        std::thread::spawn(move || loop {
            // A message or a dropped sender both mean "cancelled".
            match cancelled.recv_timeout(timeout) {
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    due.store(true, Relaxed);
                    interrupt.store(true, Relaxed);
                    if !repeat {
                        return;
                    }
                }
                _ => return,
            }
        });
        self.signals.watchdog = Some(Watchdog {
            _cancel: cancel,
            timeout,
            fd,
            exit,
            repeat,
        });
        Ok(())
    }

    /// The watchdog's timeout passed: dump every thread's stack, then exit with status 1 if
    /// asked to (at once, as CPython's `_exit`, flushing nothing).
    fn watchdog_fired(&mut self) {
        let Some(w) = &self.signals.watchdog else {
            return;
        };
        let (fd, exit, repeat, timeout) = (w.fd, w.exit, w.repeat, w.timeout);
        let header = format!("Timeout ({})!\n", format_timeout(timeout));
        self.dump_stacks(fd, true, Some(&header));
        if exit {
            std::process::exit(1);
        }
        if !repeat {
            self.signals.watchdog = None;
        }
    }
}

/// A timeout as Python's `str(datetime.timedelta(seconds=...))`: `0:00:00.500000`.
fn format_timeout(t: Duration) -> String {
    let secs = t.as_secs();
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let micros = t.subsec_micros();
    if micros == 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{h}:{m:02}:{s:02}.{micros:06}")
    }
}
