//! On-CPU timing for the `*_rate` examples: a busy machine inflates wall-clock time, so the
//! examples report the time their thread spent on a CPU (wall-clock time off Linux).

use std::time::Instant;

/// The reading of a Linux CPU-time clock in nanoseconds (exact to the nanosecond;
/// `/proc/thread-self/schedstat` lags by up to a scheduler tick, which made short runs read
/// 0 ns).
#[cfg(target_os = "linux")]
fn clock_ns(clock: i32) -> Option<u64> {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    unsafe extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `ts` is a valid, writable `struct timespec` (two 64-bit fields on 64-bit Linux)
    // for the duration of the call.
    let rc = unsafe { clock_gettime(clock, &raw mut ts) };
    (rc == 0).then(|| u64::try_from(ts.sec * 1_000_000_000 + ts.nsec).unwrap_or(0))
}

/// CPU time of this thread in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`); `None` off Linux.
#[cfg(target_os = "linux")]
pub fn on_cpu_ns() -> Option<u64> {
    clock_ns(3)
}

/// CPU time of this thread: not available off Linux.
#[cfg(not(target_os = "linux"))]
pub fn on_cpu_ns() -> Option<u64> {
    None
}

/// CPU time of the whole process (all threads) in nanoseconds (`CLOCK_PROCESS_CPUTIME_ID`), for
/// the on-CPU rate of multi-threaded batch calls; `None` off Linux.
#[cfg(target_os = "linux")]
pub fn process_cpu_ns() -> Option<u64> {
    clock_ns(2)
}

/// CPU time of the process: not available off Linux.
#[cfg(not(target_os = "linux"))]
pub fn process_cpu_ns() -> Option<u64> {
    None
}

/// Runs `work` once and returns `(on-CPU seconds, wall-clock seconds)`; the on-CPU time falls
/// back to the wall-clock time where the platform does not say.
#[allow(clippy::cast_precision_loss)] // nanoseconds far below 2^52
pub fn timed(work: impl FnOnce()) -> (f64, f64) {
    let cpu0 = on_cpu_ns();
    let wall0 = Instant::now();
    work();
    let wall = wall0.elapsed().as_secs_f64();
    let cpu = cpu0
        .zip(on_cpu_ns())
        .map_or(wall, |(a, b)| (b - a) as f64 / 1e9);
    (cpu, wall)
}

/// Calls of `f` per second over `corpus`, `rounds` times after one warm-up pass.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    /// Calls timed.
    pub calls: f64,
    /// On-CPU seconds.
    pub cpu: f64,
    /// Wall-clock seconds.
    pub wall: f64,
    /// Calls that returned `true`, per pass over the corpus.
    pub hits: usize,
}

impl Rate {
    /// Times `f` over `corpus` `rounds` times after one warm-up pass.
    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    pub fn measure<T>(corpus: &[T], rounds: usize, f: impl Fn(&T) -> bool) -> Rate {
        let mut hits = corpus.iter().filter(|e| f(e)).count();
        let (cpu, wall) = timed(|| {
            for _ in 0..rounds {
                for e in corpus {
                    hits += usize::from(f(std::hint::black_box(e)));
                }
            }
        });
        Rate {
            calls: (rounds * corpus.len()) as f64,
            cpu,
            wall,
            hits: hits / (rounds + 1),
        }
    }

    /// Calls per on-CPU second.
    pub fn per_cpu_second(&self) -> f64 {
        self.calls / self.cpu
    }

    /// On-CPU nanoseconds per call.
    pub fn cpu_ns_each(&self) -> f64 {
        self.cpu * 1e9 / self.calls
    }

    /// Calls per wall-clock second.
    pub fn per_wall_second(&self) -> f64 {
        self.calls / self.wall
    }
}
