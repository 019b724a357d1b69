//! Native single-thread throughput of `chaff::clean` over the `.txt` files of
//! the given directories (default: the seeds and both corpora), repeated until
//! at least `--seconds` (default 3) have passed. Prints one JSON object:
//!
//!     cargo run --release --example throughput -- [--seconds S] [DIR...]
//!
//! `mbPerS` counts input bytes (UTF-8), 1 MB = 10^6 bytes, per second of wall
//! time, after one warm-up pass. `mbPerCpuS` is the same per second of this
//! thread's CPU time (Linux `/proc/thread-self/schedstat`; absent elsewhere),
//! which stays meaningful on a busy machine.

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut seconds = 3.0_f64;
    if let Some(i) = args.iter().position(|a| a == "--seconds") {
        seconds = args.get(i + 1).and_then(|s| s.parse().ok()).expect("--seconds takes a number");
        args.drain(i..i + 2);
    }
    if args.is_empty() {
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        args = ["seeds", "aeb/text", "traf/text"].iter().map(|d| format!("{data}/{d}")).collect();
    }
    let mut texts = Vec::new();
    for dir in &args {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.expect("directory entry").path())
            .filter(|f| f.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            texts.push(String::from_utf8_lossy(&std::fs::read(&f).expect("read")).into_owned());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut sink = 0usize;
    for t in &texts {
        sink += chaff::clean(t).text().len();
    }
    let cpu_start = thread_cpu_seconds();
    let start = Instant::now();
    let mut reps = 0u32;
    while reps == 0 || start.elapsed().as_secs_f64() < seconds {
        for t in &texts {
            sink += chaff::clean(t).blocks().len();
        }
        reps += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let cpu = thread_cpu_seconds().zip(cpu_start).map(|(end, start)| end - start);
    let total = bytes as f64 * f64::from(reps) / 1e6;
    let cpu_fields = cpu.map_or(String::new(), |c| format!(",\"cpuSeconds\":{c:.3},\"mbPerCpuS\":{:.2}", total / c));
    println!(
        "{{\"docs\":{},\"bytes\":{},\"reps\":{},\"seconds\":{:.3},\"mbPerS\":{:.2}{},\"check\":{}}}",
        texts.len(),
        bytes,
        reps,
        elapsed,
        total / elapsed,
        cpu_fields,
        sink
    );
}

/// CPU time this thread has run, in seconds, where Linux tells it.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
