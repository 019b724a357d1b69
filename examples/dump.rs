//! Prints the native result for each given file, or each `.txt` file of each
//! given directory (sorted by name), as one JSON object a line:
//!
//!     cargo run --release --example dump -- tests/data/seeds tests/data/aeb/text
//!
//! Keys: `path` (as read), `text`, `title`, `byline`, `date`, `language`, and
//! per block (in order) `starts`/`ends` (byte offsets), `labels`, `cfLabels`,
//! `kept`, `scores`, `reasons`. The JavaScript parity tests compare the
//! WebAssembly build against this output.

use serde_json::{json, Value};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: dump FILE_OR_DIR...");
        std::process::exit(2);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in args.iter().flat_map(|a| files(a)) {
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text = String::from_utf8_lossy(&bytes);
        let c = chaff::clean(&text);
        let blocks = c.blocks();
        let line = json!({
            "path": path.to_string_lossy(),
            "text": c.text(),
            "title": c.title(),
            "byline": c.byline(),
            "date": c.date(),
            "language": c.language(),
            "starts": blocks.iter().map(|b| b.start()).collect::<Vec<_>>(),
            "ends": blocks.iter().map(|b| b.end()).collect::<Vec<_>>(),
            "labels": blocks.iter().map(|b| b.label().as_str()).collect::<Vec<_>>(),
            "cfLabels": blocks.iter().map(|b| b.cf_label().as_str()).collect::<Vec<_>>(),
            "kept": blocks.iter().map(|b| b.kept()).collect::<Vec<_>>(),
            "scores": blocks.iter().map(|b| Value::from(b.score())).collect::<Vec<_>>(),
            "reasons": blocks.iter().map(|b| b.reason().to_string()).collect::<Vec<_>>(),
        });
        writeln!(out, "{line}").expect("write to stdout");
    }
}

/// The file itself, or the `.txt` files of a directory, sorted by name.
fn files(arg: &str) -> Vec<PathBuf> {
    let p = PathBuf::from(arg);
    if !p.is_dir() {
        return vec![p];
    }
    let mut v: Vec<PathBuf> = std::fs::read_dir(&p)
        .unwrap_or_else(|e| panic!("{arg}: {e}"))
        .map(|e| e.expect("directory entry").path())
        .filter(|f| f.extension().is_some_and(|x| x == "txt") && f.is_file())
        .collect();
    v.sort();
    v
}
