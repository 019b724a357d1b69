//! Single-thread throughput of `Cleaner::clean` on real text:
//!
//! * `corpus`: every text of tests/data/aeb and tests/data/traf (784 pages,
//!   about 9 MB), cleaned one after the other;
//! * `seeds`: the five seed pages (about 12 KB), the small-input figure.
//!
//! Throughput is input bytes, 1 MB = 10^6 bytes. Each benchmark states its
//! expected result before it is timed (the F1 of the corpus against its gold
//! stays above a floor, and every page keeps at least one block) and checks on
//! every iteration that the number of kept blocks is the one counted then, so
//! a broken cleaner fails the benchmark instead of being measured.
//!
//!     cargo bench --bench clean                  # about 30 s
//!     CHAFF_BENCH_QUICK=1 cargo bench --bench clean   # a few seconds

#[path = "../tests/common/score.rs"]
mod score;

use chaff::{Cleaner, Options};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::collections::HashMap;
use std::time::Duration;

/// F1 below which the cleaner is taken as broken, per corpus. Far below the
/// figures of `cargo run --release --example eval`, so that rule tuning does
/// not trip them, and far above what a cleaner that keeps or drops everything
/// scores.
const F1_FLOOR: &[(&str, f64)] = &[("aeb", 0.75), ("traf", 0.75), ("seeds", 0.75)];

/// Kept blocks over all `docs`.
fn kept_blocks(cleaner: &Cleaner, docs: &[(String, String)]) -> usize {
    docs.iter().map(|(_, t)| cleaner.clean(t).blocks().iter().filter(|b| b.kept()).count()).sum()
}

/// Checks the corpus's expected result and returns its kept-block count.
fn expect(cleaner: &Cleaner, name: &str, corpus: &score::Corpus) -> usize {
    let outputs: HashMap<String, String> =
        corpus.docs.iter().map(|(id, t)| (id.clone(), cleaner.clean(t).text().to_string())).collect();
    let f1 = corpus.score(&outputs).f1;
    let floor = F1_FLOOR.iter().find(|(n, _)| *n == name).map_or(0.0, |f| f.1);
    assert!(f1 >= floor, "{name}: f1 {f1:.3} is below its floor {floor}");
    let empty = outputs.values().filter(|t| t.is_empty()).count();
    assert!(empty * 20 <= outputs.len(), "{name}: {empty} of {} pages come out empty", outputs.len());
    let kept = kept_blocks(cleaner, &corpus.docs);
    eprintln!("{name}: {} pages, {} bytes, f1 {f1:.3}, {kept} blocks kept", corpus.docs.len(), bytes(&corpus.docs));
    kept
}

fn bytes(docs: &[(String, String)]) -> u64 {
    docs.iter().map(|(_, t)| t.len() as u64).sum()
}

fn quick() -> bool {
    std::env::var_os("CHAFF_BENCH_QUICK").is_some_and(|v| v != "0")
}

fn bench(c: &mut Criterion) {
    let cleaner = Cleaner::new(Options::default()).unwrap();
    let (aeb, traf, seeds) = (score::load_aeb(), score::load_traf(), score::load_seeds());
    let kept_aeb = expect(&cleaner, "aeb", &aeb);
    let kept_traf = expect(&cleaner, "traf", &traf);
    let kept_seeds = expect(&cleaner, "seeds", &seeds);
    let corpus: Vec<(String, String)> = aeb.docs.into_iter().chain(traf.docs).collect();

    let mut g = c.benchmark_group("clean");
    let kept_corpus = kept_aeb + kept_traf;
    g.throughput(Throughput::BytesDecimal(bytes(&corpus)));
    g.bench_function("corpus", |b| b.iter(|| assert_eq!(kept_blocks(&cleaner, black_box(&corpus)), kept_corpus)));
    g.throughput(Throughput::BytesDecimal(bytes(&seeds.docs)));
    g.bench_function("seeds", |b| b.iter(|| assert_eq!(kept_blocks(&cleaner, black_box(&seeds.docs)), kept_seeds)));
    g.finish();
}

fn config() -> Criterion {
    let c = Criterion::default().sample_size(10);
    let c = if quick() {
        c.warm_up_time(Duration::from_millis(200)).measurement_time(Duration::from_secs(1))
    } else {
        c.warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(8))
    };
    c.configure_from_args()
}

criterion_group! { name = benches; config = config(); targets = bench }
criterion_main!(benches);
