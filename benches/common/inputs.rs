//! Inputs for the linearity cases, shared by `benches/linear.rs` and
//! `tests/linear.rs`. All are deterministic: built from the corpus texts in
//! tests/data or from one fixed line.

#![allow(dead_code)]

use std::path::Path;

/// 1 MB, the size of the reference inputs.
pub const MB: usize = 1_000_000;

/// One linearity case: a large input and a reference input of the same kind,
/// about ten times smaller (1 MB, when the case itself is larger).
pub struct Case {
    pub name: &'static str,
    pub large: String,
    pub reference: String,
}

/// The corpus texts (aeb, then traf), in file-name order.
pub fn corpus_pages() -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut pages = Vec::new();
    for dir in ["aeb/text", "traf/text"] {
        let mut files: Vec<_> = std::fs::read_dir(data.join(dir))
            .unwrap_or_else(|e| panic!("{dir}: {e}"))
            .map(|e| e.expect("directory entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            pages.push(String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    pages
}

/// Cuts `s` to at most `len` bytes, at a char boundary.
fn cut(mut s: String, len: usize) -> String {
    let mut end = len.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Pages of the corpus one after the other, a blank line between them, until
/// `len` bytes.
pub fn pages(all: &[String], len: usize) -> String {
    let mut s = String::with_capacity(len + 64 * 1024);
    for p in all.iter().cycle() {
        if s.len() >= len {
            break;
        }
        s.push_str(p);
        s.push_str("\n\n");
    }
    cut(s, len)
}

/// The corpus text as one line of `len` bytes: line ends become spaces.
pub fn one_line(all: &[String], len: usize) -> String {
    let mut s = String::with_capacity(len + 64 * 1024);
    for p in all.iter().cycle() {
        if s.len() >= len {
            break;
        }
        s.extend(p.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }));
        s.push(' ');
    }
    cut(s, len)
}

/// `n` blank lines.
pub fn blank_lines(n: usize) -> String {
    "\n".repeat(n)
}

/// A line of prose, 220 bytes with its line end: long and dense enough to be
/// kept, so every copy after the first is a repeat to drop.
pub const PROSE_LINE: &str = "The council said on Tuesday that it would rebuild the old bridge over the river, \
    which has been closed to traffic since the floods of last winter, by the end of the next year, and that the work would start in May.\n";

/// `n` copies of [`PROSE_LINE`].
pub fn identical_lines(n: usize) -> String {
    PROSE_LINE.repeat(n)
}

/// `n` lines of one character each.
pub fn one_char_lines(n: usize) -> String {
    "a\n".repeat(n)
}

/// A menu of short lines: more boilerplate than a [`PROSE_LINE`] is prose,
/// for the dense-run search.
pub const MENU: &str = "Home\nNews\nSport\nWeather\nBusiness\nCulture\nTravel\nSearch\n\
    Contact us\nAbout us\nCareers\nAdvertise\nPrivacy policy\nCookie policy\nTerms of use\nSitemap\n";

/// `n` times [`MENU`], a blank line and a paragraph of prose, each paragraph
/// different (numbered): a page of as many dense runs as paragraphs.
pub fn runs(n: usize) -> String {
    let mut s = String::with_capacity(n * (PROSE_LINE.len() + MENU.len() + 16));
    for k in 0..n {
        s.push_str(&format!("{MENU}\nReport {k}. {PROSE_LINE}\n"));
    }
    s
}

/// One paragraph of `len` bytes hard-wrapped at 55 columns with lone CR line
/// ends (old Mac text), four lines in five ending with a hyphen ("two-") and
/// the fifth with a sentence's end: joined into one block, whose last line
/// is read at every join (a setext underline ends with '-').
pub fn wrapped_cr(len: usize) -> String {
    const BROKEN: &str = "continued the council said it would rebuild the br two-\r";
    const ENDED: &str = "continued the council said it would rebuild the br end.\r";
    let mut s = String::with_capacity(len + 64);
    while s.len() < len {
        for _ in 0..4 {
            s.push_str(BROKEN);
        }
        s.push_str(ENDED);
    }
    cut(s, len)
}

/// The five cases of the issue, each with its reference, a page of many
/// dense runs, and a wrapped paragraph with lone CR line ends.
pub fn cases() -> Vec<Case> {
    let all = corpus_pages();
    vec![
        Case { name: "pages 10 MB", large: pages(&all, 10 * MB), reference: pages(&all, MB) },
        Case { name: "one line 5 MB", large: one_line(&all, 5 * MB), reference: one_line(&all, MB) },
        Case { name: "1,000,000 blank lines", large: blank_lines(1_000_000), reference: blank_lines(100_000) },
        Case { name: "100,000 identical lines", large: identical_lines(100_000), reference: identical_lines(10_000) },
        Case { name: "100,000 one-char lines", large: one_char_lines(100_000), reference: one_char_lines(10_000) },
        Case { name: "20,000 runs", large: runs(20_000), reference: runs(2_000) },
        Case { name: "wrapped, lone CR 5 MB", large: wrapped_cr(5 * MB), reference: wrapped_cr(MB) },
    ]
}
