//! Linear cost: the time to clean grows linearly with the input, whatever its
//! shape. For each case of `benches/common/inputs.rs` the time per MB of the
//! large input must stay within [`MAX_SLOWDOWN`] times the time per MB of the
//! reference input of the same kind, about ten times smaller.
//!
//! Timing needs an optimised build, so the tests are ignored by default:
//!
//!     cargo test --release --test linear -- --ignored linear

#[path = "../benches/common/inputs.rs"]
mod inputs;

use chaff::{Cleaner, Options};
use std::time::{Duration, Instant};

/// Largest allowed ratio of time per MB, large input over reference. The bar
/// is 12; a quadratic cost over a tenfold size step gives about 10, so the
/// check asserts a tighter 5, which leaves room for cache effects and noise
/// on a shared machine.
const MAX_SLOWDOWN: f64 = 5.0;

/// CPU time spent on each input, at least: the cleaning is repeated until
/// then. CPU time rather than wall time, so that other work on a shared
/// machine, which stretches a long run more than a short one, does not count.
const MIN_CPU: Duration = Duration::from_millis(400);

/// CPU time of this thread (Linux: from /proc, in clock ticks of usually 10
/// ms, hence `MIN_CPU`); wall time elsewhere.
fn cpu_time(start: Instant) -> Duration {
    let ticks = std::fs::read_to_string("/proc/thread-self/stat").ok().and_then(|s| {
        // the fields after the command name, which is in parentheses
        let rest = &s[s.rfind(')')? + 2..];
        let f: Vec<&str> = rest.split(' ').collect();
        Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
    });
    match ticks {
        Some(t) => Duration::from_millis(t * 10),
        None => start.elapsed(),
    }
}

/// Time per clean of `text` (CPU time over repeated runs) and its kept blocks.
fn time_per_clean(cleaner: &Cleaner, text: &str) -> (Duration, usize) {
    let start = Instant::now();
    let t0 = cpu_time(start);
    let mut runs = 0u32;
    loop {
        let c = cleaner.clean(text);
        let kept = c.blocks().iter().filter(|b| b.kept()).count();
        runs += 1;
        let spent = cpu_time(start) - t0;
        if spent >= MIN_CPU {
            return (spent / runs, kept);
        }
    }
}

fn check(case: &inputs::Case) {
    let cleaner = Cleaner::new(Options::default()).unwrap();
    let (tr, _) = time_per_clean(&cleaner, &case.reference);
    let (tl, kept) = time_per_clean(&cleaner, &case.large);
    let per_mb = |d: Duration, len: usize| d.as_secs_f64() / (len as f64 / 1e6);
    let (pr, pl) = (per_mb(tr, case.reference.len()), per_mb(tl, case.large.len()));
    let ratio = pl / pr;
    eprintln!(
        "{:<24} {:>9} bytes {:>8.1} ms ({:>6.1} MB/s) | reference {:>8} bytes {:>7.2} ms ({:>6.1} MB/s) | ratio {:.2} | {} kept",
        case.name,
        case.large.len(),
        tl.as_secs_f64() * 1e3,
        1.0 / pl,
        case.reference.len(),
        tr.as_secs_f64() * 1e3,
        1.0 / pr,
        ratio,
        kept
    );
    assert!(ratio <= MAX_SLOWDOWN, "{}: {ratio:.2}x the time per MB of its reference (max {MAX_SLOWDOWN})", case.name);
}

fn case(name: &str) -> inputs::Case {
    inputs::cases().into_iter().find(|c| c.name == name).unwrap()
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_pages() {
    check(&case("pages 10 MB"));
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_one_long_line() {
    check(&case("one line 5 MB"));
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_blank_lines() {
    check(&case("1,000,000 blank lines"));
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_identical_lines() {
    check(&case("100,000 identical lines"));
}

#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_one_char_lines() {
    check(&case("100,000 one-char lines"));
}

/// Many dense runs. It guards against a gross blow-up only: the search over
/// all runs for each block that this shape made quadratic measured 2.26 at
/// this size (1.50 once it walked along the runs), under `MAX_SLOWDOWN`.
#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_many_runs() {
    check(&case("20,000 runs"));
}

/// A paragraph hard-wrapped with lone CR line ends, each line but every
/// fifth ending with '-': the join reads only the last line of the block it
/// grows (a whole-block search for a setext underline's line end made
/// this quadratic: 7.1 s for 5 MB).
#[test]
#[ignore = "timing: run in release with --ignored"]
fn linear_wrapped_lone_cr() {
    check(&case("wrapped, lone CR 5 MB"));
}

/// What each case must come out as, checked without timing (so it runs in
/// every `cargo test`): a fast cleaner that got these wrong would be no use.
#[test]
fn linear_cases_clean_as_expected() {
    let cleaner = Cleaner::new(Options::default()).unwrap();
    let blank = cleaner.clean(&inputs::blank_lines(1000));
    assert!(blank.blocks().is_empty() && blank.text().is_empty());
    let same = cleaner.clean(&inputs::identical_lines(1000));
    assert_eq!(same.blocks().len(), 1000);
    assert!(same.blocks().iter().filter(|b| b.kept()).count() <= 1, "repeats of one line are dropped");
    let chars = cleaner.clean(&inputs::one_char_lines(1000));
    assert_eq!(chars.blocks().len(), 1000);
    // paragraphs (the densest run and those before it) are kept, menu lines not
    // the wrapped paragraph is one block, kept
    let wrapped = cleaner.clean(&inputs::wrapped_cr(100_000));
    assert_eq!(wrapped.blocks().len(), 1);
    assert!(wrapped.blocks()[0].kept());
    let runs = cleaner.clean(&inputs::runs(1000));
    let kept: Vec<&str> = runs.text().split("\n\n").collect();
    assert!(kept.len() > 1 && kept.iter().all(|p| p.starts_with("Report ")), "{:?}", &kept[..kept.len().min(3)]);
}
