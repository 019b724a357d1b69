//! Front-codes the stoplists of `data/stoplists/` for `src/lang.rs`.
//!
//! A list whose chars beyond ASCII are all less than 128 code points above
//! its lowest one (one alphabet: Cyrillic, Greek, Georgian, Arabic, kana, or
//! Latin with one language's accents) writes each of them as one byte, 0x80
//! and up from that lowest one, which three bytes at the list's start give,
//! little-endian (0 for a list written in UTF-8).
//! Each list is sorted, so a word shares its first bytes with the one before
//! it. A list is written as its words' unshared ends, each followed by one
//! byte below 0x20 (which no word holds): how many bytes the next word shares
//! with this one. The lists are 191 KB of text and 79 KB gzipped;
//! front-coded they are 114 KB, 65 KB gzipped, and with one byte to a char
//! 95 KB, 61 KB gzipped, in the WebAssembly package, whose size has a
//! budget. `lang::list_words` decodes them.

use std::path::Path;
use std::{env, fs};

/// The longest shared start written: a terminator byte stays below 0x20.
const MAX_SHARED: usize = 0x1F;

fn main() {
    let dir = Path::new("data/stoplists");
    println!("cargo:rerun-if-changed={}", dir.display());
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stoplists");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    let mut lists: Vec<_> = fs::read_dir(dir).expect("data/stoplists is there").map(|e| e.expect("a readable entry").path()).collect();
    lists.sort();
    for path in lists.iter().filter(|p| p.extension().is_some_and(|e| e == "txt")) {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let words: Vec<&str> = text.lines().filter(|w| !w.is_empty() && !w.starts_with('#')).collect();
        let beyond_ascii = || words.iter().flat_map(|w| w.chars()).map(u32::from).filter(|&c| c >= 0x80);
        let base = match (beyond_ascii().min(), beyond_ascii().max()) {
            (Some(low), Some(high)) if high - low < 0x80 => low,
            _ => 0,
        };
        let mut words: Vec<Vec<u8>> = words
            .iter()
            .map(|w| {
                assert!(w.bytes().all(|b| b >= 0x20), "{}: a control char in {w:?}", path.display());
                match base {
                    0 => w.as_bytes().to_vec(),
                    _ => w.chars().map(|c| if c.is_ascii() { c as u8 } else { (0x80 + u32::from(c) - base) as u8 }).collect(),
                }
            })
            .collect();
        words.sort();
        let mut coded = base.to_le_bytes()[..3].to_vec();
        let mut shared = 0;
        for (i, word) in words.iter().enumerate() {
            coded.extend_from_slice(&word[shared..]);
            shared = words.get(i + 1).map_or(0, |next| {
                word.iter().zip(next).take_while(|(a, b)| a == b).count().min(MAX_SHARED)
            });
            coded.push(shared as u8);
        }
        let name = path.file_stem().expect("a file name").to_string_lossy().into_owned();
        fs::write(out.join(format!("{name}.bin")), coded).expect("OUT_DIR is writable");
    }
}
