//! What `krait -X gcstats` prints at exit: collections per generation, pause times and
//! heap size, from the heap's counters.

use std::fmt;
use std::time::Duration;

use krait_gc::{HeapStats, PauseLog};

/// Pause statistics of one kind of collection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pauses {
    /// How many ran.
    pub count: u64,
    /// Their summed duration.
    pub total: Duration,
    /// The longest.
    pub max: Duration,
    /// The 99th percentile (nearest rank, to within an eighth).
    pub p99: Duration,
}

impl Pauses {
    fn of(log: &PauseLog) -> Pauses {
        Pauses {
            count: log.count(),
            total: Duration::from_micros(log.total_us()),
            max: Duration::from_micros(u64::from(log.max_us())),
            p99: Duration::from_micros(u64::from(log.percentile_us(99.0))),
        }
    }
}

/// The collector's statistics for a whole run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GcReport {
    /// Young collections.
    pub young: Pauses,
    /// Full collections.
    pub full: Pauses,
    /// All collections together.
    pub all: Pauses,
    /// The heap's counters at the time of the report.
    pub stats: HeapStats,
}

impl GcReport {
    /// Builds the report from the heap's counters and its pause logs.
    pub fn new(stats: HeapStats, young: &PauseLog, full: &PauseLog) -> GcReport {
        let mut all = young.clone();
        all.merge(full);
        GcReport {
            young: Pauses::of(young),
            full: Pauses::of(full),
            all: Pauses::of(&all),
            stats,
        }
    }
}

impl fmt::Display for GcReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        writeln!(f, "gc: collection  count   total ms     max ms     p99 ms")?;
        for (name, p) in [
            ("young", self.young),
            ("full", self.full),
            ("all", self.all),
        ] {
            writeln!(
                f,
                "gc: {name:<10} {:>6} {:>10.3} {:>10.3} {:>10.3}",
                p.count,
                ms(p.total),
                ms(p.max),
                ms(p.p99)
            )?;
        }
        let mb = |b: usize| b as f64 / (1024.0 * 1024.0);
        writeln!(
            f,
            "gc: inside callbacks from native code: {} collections",
            self.stats.region_collections
        )?;
        writeln!(
            f,
            "gc: heap peak {:.1} MB, at exit {:.1} MB in {} objects; {} objects freed",
            mb(self.stats.peak_bytes),
            mb(self.stats.bytes),
            self.stats.objects,
            self.stats.freed
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_sums_both_generations() {
        let (mut young, mut full) = (PauseLog::default(), PauseLog::default());
        for us in 1..=100 {
            young.record(us);
            full.record(1000 + us);
        }
        let report = GcReport::new(HeapStats::default(), &young, &full);
        assert_eq!(report.all.count, 200);
        assert_eq!(report.all.max, Duration::from_micros(1100));
        assert_eq!(report.young.max, Duration::from_micros(100));
        assert_eq!(report.young.total, Duration::from_micros(5050));
        assert!(report.all.p99 >= Duration::from_micros(1098));
        assert!(report.to_string().contains("gc: young         100"));
    }

    #[test]
    fn an_empty_log_reports_zeroes() {
        let empty = PauseLog::default();
        let report = GcReport::new(HeapStats::default(), &empty, &empty);
        assert_eq!(report.all, Pauses::default());
    }
}
