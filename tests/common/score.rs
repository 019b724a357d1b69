//! The reference scorer (`eval/score.py` of the corpora's distribution), in
//! Rust: the eval command and the regression gate share it.
//!
//! * aeb: 4-gram shingle precision/recall over `\w+` tokens, per document,
//!   averaged over documents; F1 of the averages.
//! * snip: must-keep / must-drop snippets, whitespace-normalised substring
//!   match, micro-averaged.
//! * gold: line multiset precision/recall against hand-made gold bodies.

#![allow(dead_code)]

use regex::Regex;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Precision, recall and F1 over a corpus.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    pub docs: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

fn shingles<'a>(re: &Regex, text: &'a str) -> HashMap<Vec<&'a str>, usize> {
    let toks: Vec<&str> = re.find_iter(text).map(|m| m.as_str()).collect();
    let mut out = HashMap::new();
    let n = 4;
    let count = if toks.len() >= n { toks.len() - n + 1 } else { 1 };
    for i in 0..count {
        let s = &toks[i.min(toks.len())..(i + n).min(toks.len())];
        if !s.is_empty() {
            *out.entry(s.to_vec()).or_insert(0) += 1;
        }
    }
    out
}

/// (tp, fp, fn) shares of one document's shingles.
fn prf_shingle(re: &Regex, truth: &str, pred: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(re, truth), shingles(re, pred));
    let tp: usize = t.iter().map(|(k, c)| (*c).min(*p.get(k).unwrap_or(&0))).sum();
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = t.values().sum::<usize>() - tp;
    let s = (tp + fp + fn_) as f64;
    if s > 0.0 {
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    } else {
        (0.0, 0.0, 0.0)
    }
}

/// Scores `outputs` (id → cleaned text) against aeb's gold bodies (id → body).
pub fn score_aeb(gold: &[(String, String)], outputs: &HashMap<String, String>) -> Prf {
    // Python's `\w` on str: letters, numbers and the underscore (no marks)
    let re = Regex::new(r"[\p{L}\p{N}_]+").unwrap();
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (id, body) in gold {
        let empty = String::new();
        let (tp, fp, fn_) = prf_shingle(&re, body, outputs.get(id).unwrap_or(&empty));
        let exact = fp == 0.0 && fn_ == 0.0;
        if tp + fp > 0.0 {
            ps.push(if exact { 1.0 } else { tp / (tp + fp) });
        }
        if tp + fn_ > 0.0 {
            rs.push(if exact { 1.0 } else { tp / (tp + fn_) });
        }
    }
    let mean = |v: &[f64]| if v.is_empty() { 0.0 } else { v.iter().sum::<f64>() / v.len() as f64 };
    let (p, r) = (mean(&ps), mean(&rs));
    Prf { docs: gold.len(), precision: p, recall: r, f1: f1(p, r) }
}

pub fn norm_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Scores against traf's snippets: (id, with, without).
pub fn score_snip(eval: &[(String, Vec<String>, Vec<String>)], outputs: &HashMap<String, String>) -> Prf {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (id, with, without) in eval {
        let out = norm_ws(outputs.get(id).map(String::as_str).unwrap_or(""));
        let w = with.iter().filter(|x| out.contains(&norm_ws(x))).count();
        let wo = without.iter().filter(|x| out.contains(&norm_ws(x))).count();
        tp += w;
        fn_ += with.len() - w;
        fp += wo;
    }
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    Prf { docs: eval.len(), precision: p, recall: r, f1: f1(p, r) }
}

fn line_counts(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for l in text.lines() {
        let n = norm_ws(l);
        if !n.is_empty() {
            *m.entry(n).or_insert(0) += 1;
        }
    }
    m
}

/// Scores against the seeds' gold bodies: (id, body).
pub fn score_gold(gold: &[(String, String)], outputs: &HashMap<String, String>) -> Prf {
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (id, body) in gold {
        let g = line_counts(body);
        let o = line_counts(outputs.get(id).map(String::as_str).unwrap_or(""));
        let t: usize = g.iter().map(|(k, c)| (*c).min(*o.get(k).unwrap_or(&0))).sum();
        tp += t;
        fp += o.values().sum::<usize>() - t;
        fn_ += g.values().sum::<usize>() - t;
    }
    let p = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let r = if tp + fn_ > 0 { tp as f64 / (tp + fn_) as f64 } else { 0.0 };
    Prf { docs: gold.len(), precision: p, recall: r, f1: f1(p, r) }
}

/// A corpus: documents (id, text) and its gold.
pub struct Corpus {
    pub docs: Vec<(String, String)>,
    pub gold: Gold,
}

pub enum Gold {
    Aeb(Vec<(String, String)>),
    Snip(Vec<(String, Vec<String>, Vec<String>)>),
    Lines(Vec<(String, String)>),
}

impl Corpus {
    pub fn score(&self, outputs: &HashMap<String, String>) -> Prf {
        match &self.gold {
            Gold::Aeb(g) => score_aeb(g, outputs),
            Gold::Snip(g) => score_snip(g, outputs),
            Gold::Lines(g) => score_gold(g, outputs),
        }
    }
}

fn read(p: &Path) -> String {
    let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    String::from_utf8_lossy(&bytes).into_owned()
}

fn texts(dir: &Path, ids: impl Iterator<Item = String>) -> Vec<(String, String)> {
    ids.map(|id| {
        let t = read(&dir.join(format!("{id}.txt")));
        (id, t)
    })
    .collect()
}

pub fn load_aeb() -> Corpus {
    let dir = data_dir().join("aeb");
    let gold: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&read(&dir.join("gold.json"))).unwrap();
    let mut g: Vec<(String, String)> =
        gold.iter().map(|(k, v)| (k.clone(), v["articleBody"].as_str().unwrap_or("").to_string())).collect();
    g.sort();
    Corpus { docs: texts(&dir.join("text"), g.iter().map(|x| x.0.clone())), gold: Gold::Aeb(g) }
}

pub fn load_traf() -> Corpus {
    let dir = data_dir().join("traf");
    let ev: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&read(&dir.join("snippets.json"))).unwrap();
    let list = |v: &serde_json::Value| -> Vec<String> {
        v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
    };
    let mut g: Vec<(String, Vec<String>, Vec<String>)> =
        ev.iter().map(|(k, v)| (k.clone(), list(&v["with"]), list(&v["without"]))).collect();
    g.sort();
    Corpus { docs: texts(&dir.join("text"), g.iter().map(|x| x.0.clone())), gold: Gold::Snip(g) }
}

pub fn seed_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(data_dir().join("seeds"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".txt").map(str::to_string))
        .collect();
    ids.sort();
    ids
}

pub fn load_seeds() -> Corpus {
    let dir = data_dir().join("seeds");
    let ids = seed_ids();
    let g = ids.iter().map(|id| (id.clone(), read(&dir.join("gold").join(format!("{id}.txt"))))).collect();
    Corpus { docs: texts(&dir, ids.into_iter()), gold: Gold::Lines(g) }
}

/// A seed's gold metadata: (title, date).
pub fn seed_meta(id: &str) -> (String, Option<String>) {
    let v: serde_json::Value =
        serde_json::from_str(&read(&data_dir().join("seeds/gold").join(format!("{id}.json")))).unwrap();
    (v["title"].as_str().unwrap().to_string(), v["date"].as_str().map(str::to_string))
}

/// The page URL of each document of a corpus (aeb or traf), by id.
pub fn urls(name: &str) -> HashMap<String, String> {
    let file = if name == "aeb" { "aeb/gold.json" } else { "traf/snippets.json" };
    let v: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&read(&data_dir().join(file))).unwrap();
    v.iter().filter_map(|(k, v)| Some((k.clone(), v["url"].as_str()?.to_string()))).collect()
}

/// The words of a URL's slug (its last path segment, without an extension
/// or a query): lowercase runs of letters, three or more, split at `-`,
/// `_` and `+`.
pub fn slug_words(url: &str) -> Vec<String> {
    let last = url.split(['?', '#']).next().unwrap_or("").trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let stem = match last.rfind('.') {
        Some(i) if last[i + 1..].chars().all(|c| c.is_alphanumeric() || c == '_') => &last[..i],
        _ => last,
    };
    stem.split(['-', '_', '+'])
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
        .collect()
}

/// A proxy for the title's quality, where the corpora give none: over the
/// pages whose URL slug has three words or more (most name the article:
/// "council-votes-to-reopen-line"), how many get a title that holds at least
/// half of them, and how many get no title. Returns (pages, named, none).
pub fn titles_against_slugs<'a>(pages: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> (usize, usize, usize) {
    let words = Regex::new(r"\w+").unwrap();
    let (mut pages_n, mut named, mut none) = (0, 0, 0);
    for (url, title) in pages {
        let slug = slug_words(url);
        if slug.len() < 3 {
            continue;
        }
        pages_n += 1;
        let Some(title) = title else {
            none += 1;
            continue;
        };
        let title = title.to_lowercase();
        let in_title: std::collections::HashSet<&str> = words.find_iter(&title).map(|m| m.as_str()).collect();
        if 2 * slug.iter().filter(|w| in_title.contains(w.as_str())).count() >= slug.len() {
            named += 1;
        }
    }
    (pages_n, named, none)
}

/// The same for dates: over the pages whose URL holds a date
/// ("/2019/11/19/", "/2019-11-19-"), how many get a date, and how many of
/// those hold its year (or its last two digits) and its day among their
/// numbers. Returns (pages, dated, matching).
pub fn dates_against_urls<'a>(pages: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> (usize, usize, usize) {
    let in_url = Regex::new(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)").unwrap();
    let numbers = Regex::new(r"\d+").unwrap();
    let (mut pages_n, mut dated, mut matching) = (0, 0, 0);
    for (url, date) in pages {
        let Some(m) = in_url.captures(url) else { continue };
        pages_n += 1;
        let Some(date) = date else { continue };
        dated += 1;
        let (year, day): (u32, u32) = (m[1].parse().unwrap(), m[3].parse().unwrap());
        let nums: Vec<u32> = numbers.find_iter(date).filter_map(|n| n.as_str().parse().ok()).collect();
        if (nums.contains(&year) || nums.contains(&(year % 100))) && nums.contains(&day) {
            matching += 1;
        }
    }
    (pages_n, dated, matching)
}
