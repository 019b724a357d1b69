//! Scores chaff on the corpora in tests/data, as `eval/score.py` does.
//!
//!     cargo run --release --example eval [-- --mode recall] [--out DIR] [--ablate STAGE]
//!
//! Prints precision, recall and F1 for each corpus, and for aeb and traf how
//! many titles name their page as its URL does and how many dates agree
//! with the date in its URL (see `score::titles_against_slugs` and
//! `score::dates_against_urls`). With `--out DIR`, writes
//! DIR/<corpus>/<id>.txt so the numbers can be checked with score.py.

#[path = "../tests/common/score.rs"]
mod score;

use chaff::{Cleaner, Mode, Options};
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let get = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let mode: Mode = get("--mode").map(|m| m.parse().unwrap_or_else(|e| panic!("{e}"))).unwrap_or_default();
    let out_dir = get("--out");
    let mut cleaner = Cleaner::new(Options { mode, ..Options::default() }).unwrap();
    if let Some(stage) = get("--ablate") {
        let stage = stage.parse().unwrap_or_else(|e| panic!("{e}"));
        cleaner = cleaner.without_stage(stage);
    }
    let only = get("--corpus");
    for (name, corpus) in [("seeds", score::load_seeds()), ("aeb", score::load_aeb()), ("traf", score::load_traf())] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let cleaned: Vec<(&String, chaff::Cleaned)> = corpus.docs.iter().map(|(id, text)| (id, cleaner.clean(text))).collect();
        let outputs: HashMap<String, String> = cleaned.iter().map(|(id, c)| ((*id).clone(), c.text().to_string())).collect();
        if let Some(dir) = &out_dir {
            let d = std::path::Path::new(dir).join(name);
            std::fs::create_dir_all(&d).unwrap();
            for (id, text) in &outputs {
                std::fs::write(d.join(format!("{id}.txt")), text).unwrap();
            }
        }
        let s = corpus.score(&outputs);
        println!("{name:<6} docs={:<4} precision={:.3} recall={:.3} f1={:.3}", s.docs, s.precision, s.recall, s.f1);
        if name != "seeds" {
            let urls = score::urls(name);
            let pages = cleaned.iter().filter_map(|(id, c)| Some((urls.get(*id)?.as_str(), c.title())));
            let (pages, named, none) = score::titles_against_slugs(pages);
            println!("{name:<6} titles: {named} of {pages} hold half of their URL's slug words or more, {none} none");
            let pages = cleaned.iter().filter_map(|(id, c)| Some((urls.get(*id)?.as_str(), c.date())));
            let (pages, dated, matching) = score::dates_against_urls(pages);
            println!("{name:<6} dates: {dated} of {pages} pages with a date in their URL get one, {matching} of them hold its year and day");
        }
    }
}
