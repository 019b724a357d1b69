//! Throughput on the linearity cases of the issue (see
//! `benches/common/inputs.rs`): many pages, one long line, blank lines,
//! identical lines, one-character lines, each beside its reference input of
//! the same kind. Compare the MB/s of a case with its reference: they should
//! be close. The assertion lives in `tests/linear.rs`:
//!
//!     cargo test --release --test linear -- --ignored linear
//!
//! Run: `cargo bench --bench linear` (`CHAFF_BENCH_QUICK=1` for a short run).

#[path = "common/inputs.rs"]
mod inputs;

use chaff::{Cleaner, Options};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

fn bench(c: &mut Criterion) {
    let cleaner = Cleaner::new(Options::default()).unwrap();
    let mut g = c.benchmark_group("linear");
    for case in inputs::cases() {
        for (which, text) in [("large", &case.large), ("reference", &case.reference)] {
            // the result the input must give, checked on every iteration
            let blocks = cleaner.clean(text).blocks().len();
            assert!(blocks <= text.len(), "{}: more blocks than bytes", case.name);
            g.throughput(Throughput::BytesDecimal(text.len() as u64));
            g.bench_function(format!("{} ({which})", case.name), |b| {
                b.iter(|| assert_eq!(cleaner.clean(black_box(text)).blocks().len(), blocks))
            });
        }
    }
    g.finish();
}

fn config() -> Criterion {
    let quick = std::env::var_os("CHAFF_BENCH_QUICK").is_some_and(|v| v != "0");
    let c = Criterion::default().sample_size(10);
    let c = if quick {
        c.warm_up_time(Duration::from_millis(100)).measurement_time(Duration::from_millis(500))
    } else {
        c.warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3))
    };
    c.configure_from_args()
}

criterion_group! { name = benches; config = config(); targets = bench }
criterion_main!(benches);
