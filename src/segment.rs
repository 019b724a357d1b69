//! Stage 1: cut the text into blocks, one block per non-blank line.
//!
//! A block's span runs from the start of its line to the start of the next
//! non-blank line, so the spans tile the input: the blank lines (and the line
//! ends) after a line belong to it, and any blank lines before the first line
//! belong to the first block. `\n`, `\r\n` and a lone `\r` all end a line.

use memchr::memchr2;

/// One non-blank line of the input and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// Byte span of the block, blank lines after it included.
    pub span: (usize, usize),
    /// Byte span of the trimmed text of the line.
    pub text: (usize, usize),
    /// Blank lines between this line and the previous one (or the start).
    pub gap_before: u32,
    /// Blank lines between this line and the next one (or the end).
    pub gap_after: u32,
}

/// Cuts `input` into [`Line`]s. Linear in the input; one allocation.
pub(crate) fn segment(input: &str) -> Vec<Line> {
    let bytes = input.as_bytes();
    let mut lines: Vec<Line> = Vec::new();
    let mut pos = 0;
    let mut blanks = 0u32;
    while pos < bytes.len() {
        let (end, next) = match memchr2(b'\n', b'\r', &bytes[pos..]) {
            Some(i) => {
                let e = pos + i;
                let n = if bytes[e] == b'\r' && bytes.get(e + 1) == Some(&b'\n') { e + 2 } else { e + 1 };
                (e, n)
            }
            None => (bytes.len(), bytes.len()),
        };
        let raw = &input[pos..end];
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            blanks += 1;
        } else {
            let lead = raw.len() - raw.trim_start().len();
            let start = pos + lead;
            if let Some(prev) = lines.last_mut() {
                prev.span.1 = pos;
                prev.gap_after = blanks;
            }
            let span_start = if lines.is_empty() { 0 } else { pos };
            lines.push(Line {
                span: (span_start, next),
                text: (start, start + trimmed.len()),
                gap_before: if lines.is_empty() { blanks.max(1) } else { blanks },
                gap_after: 1,
            });
            blanks = 0;
        }
        pos = next;
    }
    if let Some(last) = lines.last_mut() {
        last.span.1 = bytes.len();
        last.gap_after = blanks.max(1);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(s: &'a str) -> Vec<&'a str> {
        segment(s).iter().map(|l| &s[l.text.0..l.text.1]).collect()
    }

    #[test]
    fn splits_on_every_line_end() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
    }

    #[test]
    fn trims_whitespace_and_nbsp() {
        assert_eq!(texts("  \u{a0}a b\t \n"), ["a b"]);
    }

    #[test]
    fn spans_tile_the_input() {
        let s = "\n\n a\n\n\nb\r\n  \nc";
        let lines = segment(s);
        assert_eq!(lines[0].span.0, 0);
        for w in lines.windows(2) {
            assert_eq!(w[0].span.1, w[1].span.0);
        }
        assert_eq!(lines.last().unwrap().span.1, s.len());
    }

    #[test]
    fn counts_blank_lines_between() {
        let l = segment("a\n\n\nb\nc");
        assert_eq!((l[1].gap_before, l[1].gap_after), (2, 0));
    }

    #[test]
    fn blank_input_has_no_lines() {
        assert!(segment("").is_empty());
        assert!(segment(" \n\r\n\t").is_empty());
    }
}
