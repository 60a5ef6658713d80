//! What `krait -X gcstats` prints at exit: collections per generation, pause times and
//! heap size, from the heap's counters.

use std::fmt;
use std::time::Duration;

use krait_gc::{Generation, HeapStats};

/// Pause statistics of one kind of collection.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pauses {
    /// How many ran.
    pub count: usize,
    /// Their summed duration.
    pub total: Duration,
    /// The longest.
    pub max: Duration,
    /// The 99th percentile (nearest rank).
    pub p99: Duration,
}

impl Pauses {
    fn of(mut micros: Vec<u32>) -> Pauses {
        micros.sort_unstable();
        let count = micros.len();
        let us = |n: u32| Duration::from_micros(u64::from(n));
        Pauses {
            count,
            total: us(micros
                .iter()
                .map(|&m| m as u64)
                .sum::<u64>()
                .min(u32::MAX as u64) as u32),
            max: micros.last().map_or(Duration::ZERO, |&m| us(m)),
            p99: if count == 0 {
                Duration::ZERO
            } else {
                // Nearest rank: the smallest value with at least 99% of pauses at or below it.
                us(micros[(count * 99).div_ceil(100) - 1])
            },
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
    /// Builds the report from the heap's counters and its pause log.
    pub fn new(stats: HeapStats, pauses: &[(u32, Generation)]) -> GcReport {
        let of = |kind: Option<Generation>| {
            Pauses::of(
                pauses
                    .iter()
                    .filter(|(_, g)| kind.is_none_or(|k| k == *g))
                    .map(|&(us, _)| us)
                    .collect(),
            )
        };
        GcReport {
            young: of(Some(Generation::Young)),
            full: of(Some(Generation::Full)),
            all: of(None),
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
    fn percentiles_use_the_nearest_rank() {
        let pauses: Vec<(u32, Generation)> = (1..=200)
            .map(|us| {
                (
                    us,
                    if us % 2 == 0 {
                        Generation::Full
                    } else {
                        Generation::Young
                    },
                )
            })
            .collect();
        let report = GcReport::new(HeapStats::default(), &pauses);
        assert_eq!(report.all.count, 200);
        assert_eq!(report.all.max, Duration::from_micros(200));
        assert_eq!(report.all.p99, Duration::from_micros(198));
        assert_eq!(report.young.count, 100);
        assert_eq!(report.young.max, Duration::from_micros(199));
        assert_eq!(
            report.full.total,
            Duration::from_micros((2..=200).step_by(2).sum())
        );
        assert!(report.to_string().contains("gc: young         100"));
    }

    #[test]
    fn an_empty_log_reports_zeroes() {
        let report = GcReport::new(HeapStats::default(), &[]);
        assert_eq!(report.all, Pauses::default());
    }
}
