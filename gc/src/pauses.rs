//! Pause statistics in constant space: count, total, maximum and a log-scale histogram
//! from which percentiles are read (to within an eighth of a power of two).

/// Sub-buckets per power of two.
const STEPS: u32 = 8;
/// Buckets: values up to 2^32 microseconds.
const BUCKETS: usize = 32 * STEPS as usize + 1;

/// How long one kind of collection paused the program, in microseconds.
#[derive(Clone, Debug)]
pub struct PauseLog {
    count: u64,
    total_us: u64,
    max_us: u32,
    buckets: Box<[u64; BUCKETS]>,
}

impl Default for PauseLog {
    fn default() -> Self {
        PauseLog {
            count: 0,
            total_us: 0,
            max_us: 0,
            buckets: Box::new([0; BUCKETS]),
        }
    }
}

/// The bucket of a value: 0 for 0, then `STEPS` buckets per power of two.
fn bucket_of(us: u32) -> usize {
    if us == 0 {
        return 0;
    }
    let log = 31 - us.leading_zeros();
    // The `STEPS` bits below the leading one pick the sub-bucket (fewer for small values).
    let frac = if log >= 3 {
        (us >> (log - 3)) & (STEPS - 1)
    } else {
        (us << (3 - log)) & (STEPS - 1)
    };
    1 + (log * STEPS + frac) as usize
}

/// The largest value that falls in `bucket`.
fn bucket_max(bucket: usize) -> u32 {
    if bucket == 0 {
        return 0;
    }
    let index = (bucket - 1) as u32;
    let (log, frac) = (index / STEPS, index % STEPS);
    let low = if log >= 3 {
        ((STEPS + frac) as u64) << (log - 3)
    } else {
        ((STEPS + frac) as u64) >> (3 - log)
    };
    let width = if log >= 3 { 1u64 << (log - 3) } else { 1 };
    (low + width - 1).min(u32::MAX as u64) as u32
}

impl PauseLog {
    /// Records one pause.
    pub fn record(&mut self, us: u32) {
        self.count += 1;
        self.total_us += u64::from(us);
        self.max_us = self.max_us.max(us);
        self.buckets[bucket_of(us)] += 1;
    }

    /// Pauses recorded.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Their sum, in microseconds.
    pub fn total_us(&self) -> u64 {
        self.total_us
    }

    /// The longest, in microseconds.
    pub fn max_us(&self) -> u32 {
        self.max_us
    }

    /// The `p`-th percentile (0 < p ≤ 100) by nearest rank, rounded up to its bucket's
    /// upper end (never above the maximum). 0 when nothing was recorded.
    pub fn percentile_us(&self, p: f64) -> u32 {
        if self.count == 0 {
            return 0;
        }
        let rank = ((p / 100.0) * self.count as f64).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (bucket, &n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return bucket_max(bucket).min(self.max_us);
            }
        }
        self.max_us
    }

    /// Adds another log's pauses to this one.
    pub fn merge(&mut self, other: &PauseLog) {
        self.count += other.count;
        self.total_us += other.total_us;
        self.max_us = self.max_us.max(other.max_us);
        for (a, b) in self.buckets.iter_mut().zip(other.buckets.iter()) {
            *a += b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_lies_within_its_bucket() {
        for us in (0..5000).chain([65_535, 1 << 20, u32::MAX - 1, u32::MAX]) {
            let b = bucket_of(us);
            assert!(us <= bucket_max(b), "{us} above bucket {b}");
            assert!(
                b == 0 || us > bucket_max(b - 1),
                "{us} not above bucket {}",
                b - 1
            );
        }
    }

    #[test]
    fn percentiles_are_within_an_eighth() {
        let mut log = PauseLog::default();
        for us in 1..=1000 {
            log.record(us);
        }
        assert_eq!(log.count(), 1000);
        assert_eq!(log.max_us(), 1000);
        assert_eq!(log.total_us(), 500_500);
        let p99 = log.percentile_us(99.0);
        assert!((990..=990 + 990 / 8).contains(&p99), "{p99}");
        assert_eq!(log.percentile_us(100.0), 1000);
        assert_eq!(PauseLog::default().percentile_us(99.0), 0);
    }
}
