//! Generation jobs. The engine cannot be interrupted mid-way, so Cancel marks the job and its
//! result is thrown away when it arrives; the page is free again at once.

use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Debug, Default)]
pub struct Jobs {
    /// Every job with an id up to this one is cancelled (ids only grow).
    cancelled_up_to: AtomicU64,
}

impl Jobs {
    pub fn cancel(&self, job: u64) {
        self.cancelled_up_to.fetch_max(job, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self, job: u64) -> bool {
        job <= self.cancelled_up_to.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cancel_discards_that_job_and_older_ones_only() {
        let jobs = Jobs::default();
        assert!(!jobs.is_cancelled(1));
        jobs.cancel(3);
        assert!(jobs.is_cancelled(1) && jobs.is_cancelled(3));
        assert!(!jobs.is_cancelled(4));
        jobs.cancel(2);
        assert!(jobs.is_cancelled(3));
    }
}
