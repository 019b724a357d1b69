//! Stage 1: cut the text into blocks, one block per non-blank line.
//!
//! A block's span runs from the start of its line to the start of the next
//! non-blank line, so the spans tile the input: the blank lines (and the line
//! ends) after a line belong to it, and any blank lines before the first line
//! belong to the first block. `\n`, `\r\n` and a lone `\r` all end a line,
//! as do Unicode's other line ends: VT, FF, NEL, and the line and paragraph
//! separators (U+2028, U+2029).
//!
//! Hard-wrapped text (a plain-text mail, a copy from a PDF or a terminal)
//! breaks every paragraph into lines of about the same width. [`unwrap`]
//! finds that width and joins the lines of each paragraph back into one
//! block, so that a paragraph is judged as the paragraph it is. Before
//! that, [`join_setext`] joins each setext heading to its underline.
//!
//! Text written one sentence to a line (a sentence splitter's output) breaks
//! every paragraph at its sentences. [`one_sentence_per_line`] tells such
//! text by its lines, which hold no second sentence, and [`sentence_joins`]
//! tells which sentences of each paragraph [`join_lines`] joins into one block.
//!
//! Text broken at its inline markup (a scraper that writes each of a page's
//! text nodes on a line: every link's text on a line of its own) breaks
//! every paragraph at its links. [`fragment_joins`] tells such text by its
//! lines that go on in the next ("told\nReuters\non Monday"), and
//! [`join_lines`] joins the fragments of each paragraph back into one block.

use memchr::memchr2;
use crate::features::{is_upper, Features};
use crate::lang::Stopwords;

/// Whether `line` holds nothing but whitespace and invisible chars: a
/// zero-width space, a no-break space, or a no-break space's UTF-8 read
/// as Windows-1252 ("Â" and a no-break space), which the blank lines of a
/// page served with the wrong charset are made of.
fn is_blank_beyond_ascii(line: &str) -> bool {
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        let blank = crate::features::is_invisible(c) || c.is_whitespace() || c == 'Â' && chars.next() == Some('\u{a0}');
        if !blank {
            return false;
        }
    }
    true
}

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

impl Line {
    /// Takes `next`, the line after this one, into this block: the block's
    /// span and text run on to its ends.
    fn absorb(&mut self, next: &Line) {
        self.span.1 = next.span.1;
        self.text.1 = next.text.1;
        self.gap_after = next.gap_after;
    }
}

/// Cuts `input` into [`Line`]s. Linear in the input; one allocation.
#[cfg(test)]
pub(crate) fn segment(input: &str) -> Vec<Line> {
    segment_ends(input, has_other_line_ends(input))
}

/// Whether `input` ends a line otherwise than with `\n` or `\r`: with a VT,
/// an FF, a NEL, U+2028 or U+2029. Two searches over the bytes: VT, FF
/// and the last byte of NEL, then the last bytes of U+2028 and U+2029, each
/// hit checked (most texts have none, a Russian one many a 'х', whose
/// UTF-8 ends as NEL's does).
pub(crate) fn has_other_line_ends(input: &str) -> bool {
    let b = input.as_bytes();
    memchr::memchr3_iter(0x0B, 0x0C, 0x85, b).any(|i| b[i] != 0x85 || i > 0 && b[i - 1] == 0xC2)
        || memchr::memchr2_iter(0xA8, 0xA9, b).any(|i| i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80)
}

/// Cuts `input` into [`Line`]s, `other_ends` telling whether it ends a
/// line otherwise than with `\n` or `\r` (see [`has_other_line_ends`]).
/// Linear in the input; one allocation.
#[inline(never)]
pub(crate) fn segment_ends(input: &str, other_ends: bool) -> Vec<Line> {
    let bytes = input.as_bytes();
    let mut lines: Vec<Line> = Vec::new();
    let mut pos = 0;
    let mut blanks = 0u32;
    // The other line ends, found once; the next `\n` or `\r` is searched
    // for again only once the line ends before it are passed (a text may
    // end its lines with U+2028 alone).
    let others = if other_ends { other_line_ends(bytes) } else { Default::default() };
    let mut other = [0, 0];
    let mut newline = memchr2(b'\n', b'\r', bytes);
    while pos < bytes.len() {
        if newline.is_some_and(|n| n < pos) {
            newline = memchr2(b'\n', b'\r', &bytes[pos..]).map(|i| pos + i);
        }
        // the first end at or after `pos` of each kind, the earliest wins
        let mut found = newline.map(|n| (n, 1));
        for (ends, k) in others.iter().zip(other.iter_mut()) {
            while ends.get(*k).is_some_and(|&(at, _)| at < pos) {
                *k += 1;
            }
            if let Some(&(at, len)) = ends.get(*k) {
                if found.map_or(true, |(f, _)| at < f) {
                    found = Some((at, len));
                }
            }
        }
        let (end, next) = match found {
            Some((e, len)) => {
                let n = if bytes[e] == b'\r' && bytes.get(e + 1) == Some(&b'\n') { e + 2 } else { e + len };
                (e, n)
            }
            None => (bytes.len(), bytes.len()),
        };
        let raw = &input[pos..end];
        let trimmed = raw.trim();
        // a line of invisible chars alone (a zero-width space) is blank,
        // none of them ASCII, and so is a line of quote marks alone (the
        // blank line of a quote: "> text", ">", "> text")
        if trimmed.as_bytes().first().map_or(true, |&b| b >= 0x80 && is_blank_beyond_ascii(raw) || is_quote_marks(trimmed)) {
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

/// The narrowest and widest line width taken for a wrapping width: mail and
/// plain-text files wrap at 60–80 columns, PDF columns at 40–120.
const WRAP_MIN: usize = 40;
const WRAP_MAX: usize = 150;
/// At most this share (per mille) of the lines may be longer than the width,
/// and of those of `WRAP_MIN` chars or more, at most `WRAP_OVER_LONG_MAX`.
const WRAP_OVER_MAX: usize = 20;
/// At most this share (per mille) of the lines of `WRAP_MIN` chars or more
/// may be longer than the width, or `WRAP_OVER_LONG_LINES` lines (within
/// `WRAP_OVER_MAX` of all lines still): a page's short lines (menus, the
/// list of link targets a text browser puts at the end) may be many, and
/// with them the share of all lines let by as many lines above the width as
/// a short article has lines (23 of a page's 1,170 lines, of which 29 had
/// 40 chars or more).
const WRAP_OVER_LONG_MAX: usize = 100;
/// Lines above the width that `WRAP_OVER_LONG_MAX` always lets by.
const WRAP_OVER_LONG_LINES: usize = 3;
/// The text is wrapped when, of the lines near the width (`WRAP_NEAR_WIDTH`)
/// that another line follows with no blank line between, and that neither
/// end a sentence nor hold a tab, at least this share (per mille), and
/// `WRAP_BROKEN_MIN` lines, could not have held the next line's first word:
/// a wrap, not the writer, broke them. In a list of menu items or headlines
/// of any length, few are that close to the longest. Three such lines are
/// enough: a short article among a page's headlines has no more.
const WRAP_BROKEN_SHARE: usize = 500;
const WRAP_BROKEN_MIN: usize = 3;
/// The lines that count for `WRAP_BROKEN_SHARE`: those of at least this share
/// (per mille) of the width. A greedy wrap leaves a line short of the width
/// by less than the next word; taking the shorter lines too let a page's
/// headlines and menu items outvote the wrapped lines of a short article.
const WRAP_NEAR_WIDTH: usize = 900;
/// Spaces (any white space) in a line of more than twice the width for it to
/// be a paragraph that was not wrapped (see `unwrap`), not a long word or link.
const UNWRAPPED_MIN_SPACES: usize = 5;

/// Joins the lines of hard-wrapped paragraphs into one block each (see the
/// module's doc). The width `w` is the length that nearly all lines keep to
/// (or, failing the tests that follow, the longest line's);
/// the text is taken as wrapped at `w` when most of its lines near `w` that
/// end no sentence and hold no tab could not have held the next line's first
/// word (`WRAP_BROKEN_SHARE`), a sentence ends on a line so broken onto, and
/// no line of prose is more than twice as long (`UNWRAPPED_MIN_SPACES`). A
/// text with a markdown link is read first as it is written, link targets
/// counted (html2text and pandoc wrap so), then, if that tells no wrap, as
/// it shows, the targets left out; a text without one, as it shows. A line
/// then continues on the next when [`goes_on_in`] says so and the next line
/// does not open a list item, nor opens as the lines around it do (see
/// [`opening_shape`]: a list's items, "June 20 -- …", as long as the
/// width). Text that is not wrapped comes back as it was.
/// Linear: one or two passes to measure, up to four to test the widths, one
/// to read each line's opening (its first 64 chars at most), one to join.
pub(crate) fn unwrap(input: &str, lines: Vec<Line>) -> Vec<Line> {
    if lines.len() < WRAP_BROKEN_MIN {
        return lines;
    }
    // Markdown is wrapped as it is written (html2text and pandoc count the
    // link targets) or as it shows: a text with links is read as written
    // first (read as it shows, its lengths vary with the targets left out,
    // and may tell a narrower width).
    let (mut lens, hist, linked) = line_lens::<false>(input, &lines);
    let mut width = None;
    if linked {
        let (written, hist, _) = line_lens::<true>(input, &lines);
        width = wrap_width(input, &lines, &written, &hist);
        if width.is_some() {
            lens = written;
        }
    }
    let Some(width) = width.or_else(|| wrap_width(input, &lines, &lens, &hist)) else {
        return lines;
    };
    // (a line among lines that open as it does is an item of a list:
    // "June 20 -- …" under "June 19 -- …", however long the one before)
    let shapes: Vec<u64> = lines.iter().map(|l| opening_shape(&input[l.text.0..l.text.1])).collect();
    let listed = |j: usize| {
        let same = |k: usize| shapes[j] != 0 && shapes.get(k) == Some(&shapes[j]);
        j > 0 && same(j - 1) && (same(j + 1) || j > 1 && same(j - 2))
    };
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut prev_len = 0;
    for (j, (l, len)) in lines.into_iter().zip(lens).enumerate() {
        let continues = out.last().is_some_and(|last| {
            goes_on_in(input, last, prev_len, &l, width) && !starts_item(&input[l.text.0..l.text.1]) && !listed(j)
        });
        if continues {
            out.last_mut().expect("checked above").absorb(&l);
        } else {
            out.push(l);
        }
        prev_len = len;
    }
    out
}

/// The shape of the first three words of `text` (a capital, a small letter,
/// a digit each a class, runs of a class as one, other chars as they are:
/// "June 20 -- …" and "July 2 -- …" both "Aa 9 --"), packed in a number;
/// 0 when the line has fewer than three words or the shape holds no mark
/// but a comma, a full stop or a semicolon (words and numbers alone, or a
/// clause's end after the first, open the lines of wrapped prose as often
/// as a list's: "Racers 2020, Speed…").
fn opening_shape(text: &str) -> u64 {
    let (mut key, mut words, mut last, mut telling) = (0u64, 0, 0u8, false);
    // (past a quote's marks, "> " before every line of a mail's quote;
    // within the line's first 64 chars: a line of one long word has none)
    let text = text.trim_start_matches(|c: char| c == '>' || c.is_whitespace());
    for c in text.chars().take(64) {
        // (an apostrophe, a hyphen or an accent's combining mark goes with
        // its word: "it's", "l'homme", "well-known")
        if matches!(c, '\'' | '’' | '-' | '\u{300}'..='\u{36F}') && matches!(last, b'A' | b'a') {
            continue;
        }
        let class = if c.is_whitespace() {
            if last == b' ' {
                continue;
            }
            words += 1;
            if words == 3 {
                break;
            }
            b' '
        } else if c.is_uppercase() {
            b'A'
        } else if c.is_alphabetic() {
            b'a'
        } else if c.is_numeric() {
            b'9'
        } else {
            // (a comma or a full stop after a line's first word is a
            // clause's end as often, in wrapped prose)
            telling |= !matches!(c, ',' | '.' | ';' | '،' | '，' | '、' | '。' | '；');
            // (a mark as itself, folded into the bytes above ASCII, where
            // no class is)
            (c as u32 % 128) as u8 | 0x80
        };
        if class != last || !matches!(class, b'A' | b'a' | b'9') {
            key = key.wrapping_mul(131).wrapping_add(u64::from(class));
            last = class;
        }
    }
    if words < 3 && last == b' ' || words < 2 || !telling {
        return 0;
    }
    key | 1
}

/// Each line's length in chars, as it shows (`AS_WRITTEN` false: markdown
/// link targets left out) or as it is written, up to `2 * WRAP_MAX + 1`; the
/// histogram of the lengths, up to `WRAP_MAX` and the longer ones in the
/// last bin, of the lines a wrap could have broken: a line of ASCII without
/// a space (a link, a long word) is as long as it is whatever the width (CJK
/// text, which has no spaces, breaks anywhere); and whether a line holds a
/// link target (read when `AS_WRITTEN` is false).
#[inline(always)]
fn line_lens<const AS_WRITTEN: bool>(input: &str, lines: &[Line]) -> (Vec<usize>, [usize; WRAP_MAX + 2], bool) {
    let (mut hist, mut linked) = ([0usize; WRAP_MAX + 2], false);
    let lens = lines
        .iter()
        .map(|l| {
            // (a setext heading as long as its heading)
            let t = &input[l.text.0..l.text.1];
            let t = crate::features::without_underline(t);
            let chars = char_count(t.as_bytes());
            let len = if AS_WRITTEN {
                chars
            } else {
                let link = crate::features::link_bytes(t);
                linked |= link > 0;
                chars.saturating_sub(link)
            };
            let len = len.min(2 * WRAP_MAX + 1);
            if memchr::memchr(b' ', t.as_bytes()).is_some() || !t.is_ascii() {
                hist[len.min(WRAP_MAX + 1)] += 1;
            }
            len
        })
        .collect();
    (lens, hist, linked)
}

/// Whether a line of `len` chars goes on in `next`, in text wrapped at
/// `width`: no blank line stands between them, and the next line's first
/// word would not have fit on it. The line is at least half the width (a
/// shorter one is a heading or a paragraph's last line), unless that word
/// is a markdown link's end with its target ("[text](https://…)", "text](…)"),
/// longer than half of it, as a wrap counts it (a bare web address after a
/// short line, "Source:", is a line of its own as often).
#[inline]
fn goes_on_in(input: &str, l: &Line, len: usize, next: &Line, width: usize) -> bool {
    // (a setext heading stands alone: its underline ends its block, and no
    // line joins it from above)
    let heading = |l: &Line| crate::features::setext_heading(&input[l.text.0..l.text.1]).is_some();
    if l.gap_after > 0 || heading(l) || heading(next) {
        return false;
    }
    let word = input[next.text.0..next.text.1].split_whitespace().next().unwrap_or("");
    // (a headline cut short, "… as Hurri...", over the next one; not a
    // sentence's ellipsis that goes on in small letters, "… and then...
    // nobody")
    if ends_cut(&input[l.text.0..l.text.1]) && !word.starts_with(char::is_lowercase) {
        return false;
    }
    // (Chinese and Japanese break between any two chars: their first
    // "word" is one char)
    let cjk = word.chars().next().is_some_and(crate::features::is_cjk);
    let first_word = if cjk { 1 } else { char_count(word.as_bytes()) };
    len + 1 + first_word > width && (len >= width / 2 || (first_word > width / 2 && memchr::memmem::find(word.as_bytes(), b"](").is_some()))
}

/// The width that `lines` were wrapped at, if they were (see [`unwrap`]),
/// reading their lengths `lens` and the histogram `hist` of them: the
/// length that at most a few lines exceed, else the longest line's.
fn wrap_width(input: &str, lines: &[Line], lens: &[usize], hist: &[usize; WRAP_MAX + 2]) -> Option<usize> {
    let n = lines.len();
    // the width: the smallest length with at most WRAP_OVER_MAX of the lines
    // (of all lines) above it, nor more than WRAP_OVER_LONG_MAX of the lines
    // of WRAP_MIN chars or more (or WRAP_OVER_LONG_LINES), counting the lines
    // of the histogram only
    // (how many lines may be above it: no count of lines is multiplied by
    // 1000, which a 32-bit usize would not hold beyond 4.3 M lines)
    let long: usize = hist[WRAP_MIN..].iter().sum();
    let over = (n * WRAP_OVER_MAX).min((long * WRAP_OVER_LONG_MAX).max(WRAP_OVER_LONG_LINES * 1000)) / 1000;
    // (and the longest line: in a text with few wrapped lines, the lines
    // let above the width may be most of them)
    let (mut above, mut width, mut longest) = (0, None, None);
    for len in (0..=WRAP_MAX + 1).rev() {
        if hist[len] > 0 && longest.is_none() {
            longest = Some(len);
        }
        if above + hist[len] > over {
            width = Some(len);
            break;
        }
        above += hist[len];
    }
    [width, longest.filter(|&l| Some(l) != width)]
        .into_iter()
        .flatten()
        .filter(|w| (WRAP_MIN..=WRAP_MAX).contains(w))
        .find(|&w| wrapped_at(input, lines, lens, w))
}

/// Whether `lines` read as wrapped at `width` (see [`unwrap`]): no paragraph
/// on one line of more than twice the width, most lines near the width
/// broken where the next line's first word would not have fit, and a
/// sentence ended on a line so broken onto.
fn wrapped_at(input: &str, lines: &[Line], lens: &[usize], width: usize) -> bool {
    // a paragraph on one line, more than twice the width: the text's
    // paragraphs were not wrapped (its short lines are a page's menus)
    let unwrapped_prose = |(l, &len): (&Line, &usize)| {
        len > 2 * width && input[l.text.0..l.text.1].split_whitespace().nth(UNWRAPPED_MIN_SPACES).is_some()
    };
    if lines.iter().zip(lens).any(unwrapped_prose) {
        return false;
    }
    // a line that ends a sentence or holds a tab (a table's row) tells
    // nothing: a writer breaks there as often as a wrap does
    let telling = |l: &Line| {
        let t = &input[l.text.0..l.text.1];
        memchr::memchr(b'\t', t.as_bytes()).is_none() && !crate::features::ends_like_sentence(t)
    };
    let near = |l: &Line, len: usize| len >= width * WRAP_NEAR_WIDTH / 1000 && len <= width && telling(l);
    // and a wrapped paragraph ends a sentence on a line it broke onto: a
    // list of headlines or menu items, which may keep to a width as well,
    // ends none
    let (mut pairs, mut broke, mut ended) = (0, 0, false);
    for (pair, &len) in lines.windows(2).zip(lens) {
        let breaks = goes_on_in(input, &pair[0], len, &pair[1], width);
        ended |= breaks && crate::features::ends_like_sentence(&input[pair[1].text.0..pair[1].text.1]);
        if pair[0].gap_after == 0 && near(&pair[0], len) {
            pairs += 1;
            broke += usize::from(breaks);
        }
    }
    ended && broke >= WRAP_BROKEN_MIN && broke * 1000 >= pairs * WRAP_BROKEN_SHARE
}

/// Joins each setext heading's underline to the heading above it, with no
/// blank line between ("Title\n=====", "Section\n-------", as Turndown and
/// older pandoc write headings): one block, which the measure reads as a
/// markdown heading (see `features::setext_heading`). Alone, the underline
/// was a block of markup that set the heading among boilerplate. A line
/// that opens a list item or already holds an underline takes none.
pub(crate) fn join_setext(input: &str, lines: Vec<Line>) -> Vec<Line> {
    let underline = |l: &Line| crate::features::is_setext_underline(&input.as_bytes()[l.text.0..l.text.1]);
    if !lines.iter().any(underline) {
        return lines;
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for l in lines {
        let joins = underline(&l)
            && out.last().is_some_and(|h| {
                let t = &input[h.text.0..h.text.1];
                h.gap_after == 0 && !starts_item(t) && t.contains(char::is_alphanumeric) && crate::features::setext_heading(t).is_none()
            });
        match out.last_mut() {
            Some(h) if joins => h.absorb(&l),
            _ => out.push(l),
        }
    }
    out
}

/// Whether `c` ends a line: `\n`, `\r`, VT, FF, next line (NEL), line
/// separator or paragraph separator (U+2028, U+2029: some editors and
/// scripts write line breaks so).
pub(crate) fn is_line_end(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether `s` is quote marks alone, as a mail reply or a markdown
/// blockquote puts them before its lines: '>' first, then '>', spaces and
/// tabs.
pub(crate) fn is_quote_marks(s: &str) -> bool {
    s.starts_with('>') && s.bytes().all(|b| matches!(b, b'>' | b' ' | b'\t'))
}

/// Where `bytes` ends a line otherwise than with `\n` or `\r`: each end's
/// start and length in bytes, in order, as found by the two searches of
/// [`has_other_line_ends`] (VT, FF and NEL; U+2028 and U+2029), each hit
/// checked.
fn other_line_ends(b: &[u8]) -> [Vec<(usize, usize)>; 2] {
    let controls = memchr::memchr3_iter(0x0B, 0x0C, 0x85, b)
        .filter_map(|i| match b[i] {
            0x85 => (i > 0 && b[i - 1] == 0xC2).then(|| (i - 1, 2)),
            _ => Some((i, 1)),
        })
        .collect();
    let separators = memchr::memchr2_iter(0xA8, 0xA9, b).filter(|&i| i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80).map(|i| (i - 2, 3)).collect();
    [controls, separators]
}

/// The lines that join the line before them in a text written one sentence
/// to a line (see [`one_sentence_per_line`]), to make its paragraphs again:
/// a line continues on the next when no blank line stands between them,
/// both read as a sentence (`JOINED_MIN_WORDS` words or more, ending as a
/// sentence ends, no menu separator or tab, no lexicon phrase), they are not
/// both questions (a list of questions is a menu or a FAQ) nor the same
/// sentence twice (repeats stay apart, to be dropped as such), and the next
/// line opens no list item. Nor does a line that opens with a headline run
/// into its text join a block that opens so: a teaser's card, whose
/// sentences join its headline's line, and a list of them would make one
/// block of prose, too long to read as teasers. (A block that opens
/// otherwise takes such a line: in prose, the test may hold on a sentence
/// that names a brand written "SharePoint".) Linear: one pass.
// Out of line, as the two functions below: `clean` reaches them once a text,
// and inlined there they made the WebAssembly larger.
#[inline(never)]
pub(crate) fn sentence_joins(texts: &[&str], lines: &[Line], feats: &[Features]) -> Vec<bool> {
    let sentence = |f: &Features| f.terminal && f.words >= JOINED_MIN_WORDS && f.separators == 0 && f.hit.is_none();
    // whether the block the line before ends opens with a headline run in
    let mut teaser = false;
    (0..lines.len())
        .map(|i| {
            let is_sentence = sentence(&feats[i]);
            let run_in = is_sentence && crate::classify::opens_with_run_in(texts[i], &feats[i]);
            let joins = i > 0
                && lines[i - 1].gap_after == 0
                && sentence(&feats[i - 1])
                && is_sentence
                && !(feats[i - 1].question && feats[i].question)
                && feats[i - 1].key != feats[i].key
                && !starts_item(texts[i])
                && !(teaser && run_in);
            if !joins {
                teaser = run_in;
            }
            joins
        })
        .collect()
}

/// Fewest words of a line that `sentence_joins` joins.
const JOINED_MIN_WORDS: u32 = 4;

/// Whether the text stands one sentence to a line (sentence-split text): of
/// its lines that read as a sentence of `SENTENCE_LINE_MIN_WORDS` words or
/// more, at least `SENTENCE_LINES_MIN`, fewer than `SENTENCE_LINES_MULTI_MAX`
/// per mille hold the end of a sentence before their last (see
/// `ends_a_sentence_inside`). Prose holds one in most of its paragraphs.
/// Chinese and Japanese text is never taken for it: its full stops need no
/// space after them, and it is not searched for them.
#[inline(never)]
pub(crate) fn one_sentence_per_line(texts: &[&str], feats: &[Features], stop: Stopwords) -> bool {
    if stop.per_char {
        return false;
    }
    let sentence = |f: &Features| f.terminal && f.words >= SENTENCE_LINE_MIN_WORDS;
    let lines = feats.iter().filter(|f| sentence(f)).count();
    if lines < SENTENCE_LINES_MIN {
        return false;
    }
    // prose tells itself within its first lines: the search stops once the
    // share is reached
    let mut multi = 0;
    for (t, f) in texts.iter().zip(feats) {
        if sentence(f) && ends_a_sentence_inside(t) {
            multi += 1;
            if multi * 1000 >= lines * SENTENCE_LINES_MULTI_MAX {
                return false;
            }
        }
    }
    true
}

/// See [`one_sentence_per_line`].
const SENTENCE_LINE_MIN_WORDS: u32 = 6;
const SENTENCE_LINES_MIN: usize = 8;
const SENTENCE_LINES_MULTI_MAX: usize = 150;

/// Whether a sentence ends inside `text`: a '!', a '?', or a '.' after a
/// word of three letters or more that ends in a lowercase one ("said.", not
/// "Mr.", "U.S." or "3."; a letter beyond ASCII is taken for a lowercase
/// one), then (past closing quotes or brackets) a space (or a no-break space)
/// and a capital, maybe after an opening quote. Longer abbreviations ("Prof.
/// Miller") are taken for ends; the share in `one_sentence_per_line` leaves
/// room for them.
#[inline(never)]
fn ends_a_sentence_inside(text: &str) -> bool {
    let b = text.as_bytes();
    // past quotes and brackets ('"', '(', ')', ’ ” “ „, » «) from byte `at`
    let past_quotes = |mut at: usize| loop {
        match b.get(at..at + 3) {
            Some([0xE2, 0x80, 0x98..=0x9E]) => at += 3,
            _ => match b.get(at..at + 2) {
                Some([0xC2, 0xAB | 0xBB]) => at += 2,
                _ if matches!(b.get(at), Some(b'"' | b'\'' | b'(' | b')')) => at += 1,
                _ => return at,
            },
        }
    };
    let ends_here = |at: usize| {
        if b[at] == b'.' {
            // the word before: its last letter lowercase (any beyond
            // ASCII taken for one), no '.' in it, three letters or more
            // (ASCII ones and the first bytes of the others)
            if !b[..at].last().is_some_and(|&c| c.is_ascii_lowercase() || c >= 0x80) {
                return false;
            }
            let (mut k, mut letters) = (at, 0);
            while k > 0 && b[k - 1] != b' ' && !b[..k].ends_with(&[0xC2, 0xA0]) {
                k -= 1;
                if b[k] == b'.' {
                    return false;
                }
                letters += usize::from(b[k].is_ascii_alphabetic() || b[k] >= 0xC0);
            }
            if letters < 3 {
                return false;
            }
        }
        let space = past_quotes(at + 1);
        let after = match b.get(space..space + 2) {
            Some([b' ', _]) => space + 1,
            Some([0xC2, 0xA0]) => space + 2,
            _ => return false,
        };
        text.get(past_quotes(after)..).and_then(|t| t.chars().next()).is_some_and(is_upper)
    };
    memchr::memchr3_iter(b'.', b'!', b'?', b).any(ends_here)
}

/// The lines that join the line before them in a text broken at its
/// inline markup: the text of every link (or emphasis) on a line of its
/// own, as a scraper that puts a line end between the page's text nodes
/// gives it ("The minister told\nReuters\non Monday that…"). `None` when
/// the text is not such a text, or is Chinese or Japanese (as in
/// `one_sentence_per_line`), or is written in small letters throughout
/// (`UNICASE_RATIO`: a small letter at a line's start tells nothing there).
///
/// A line goes on in the next for sure (see `runs_on`: no blank line
/// between, no sentence end, no label, no menu) when the next starts with a
/// small letter or with punctuation that goes on with a clause (see
/// `goes_on`), or the line ends with a stopword or a comma, or the next is a
/// short fragment (`FRAGMENT_LINK_MAX_WORDS` words at most, a link's text)
/// that the line after goes on from, unless the line holds a lexicon
/// phrase (a byline's word only when the line is a byline, see
/// `is_byline`). It may go on in the next when that starts otherwise (a
/// capital: a name, a German noun), neither holds a lexicon phrase, and a
/// sure join stands beside; or, last in its run and ending with a full stop
/// (not with '!' or '?', as a menu's headline may), when
/// the line before may join after a sure one and is a link's few words (a
/// name of two links at a paragraph's end: "…of the\nUnited Nations\n
/// Security\nCouncil."). A run of such lines joins into one paragraph
/// only if its last line ends a sentence (or with an emoji, as a chatty
/// paragraph does, or a web address after a line that ends with none), not
/// with an ellipsis, and sure joins are at least half: a list of lowercase
/// items ("die Startseite"), a route's steps or lines of code end none, and
/// a teaser cut short ("…who said that…") or a "more..." link ends none
/// that counts. The text is such a text when at
/// least `FRAGMENT_PAIRS_MIN` of the joins, and `FRAGMENT_PAIRS_SHARE` per
/// mille of the lines with words, are of a line that starts with a small
/// letter, a stopword in it or the line before. Linear: a pass to count
/// such lines (most texts stop there), one to count the lines' small and
/// capital first letters, one to choose, one to check the neighbours, one
/// over the runs.
#[inline(never)]
pub(crate) fn fragment_joins(texts: &[&str], lines: &[Line], feats: &[Features], stop: Stopwords) -> Option<Vec<bool>> {
    if stop.per_char {
        return None;
    }
    let n = lines.len();
    let enough = |pairs: usize| pairs >= FRAGMENT_PAIRS_MIN && pairs * 1000 >= feats.iter().filter(|f| f.words > 0).count() * FRAGMENT_PAIRS_SHARE;
    // a line that starts with a small letter, a stopword in it or the line
    // before: what counts, if its run joins; most texts have too few of them
    // to look further
    let counts = |i: usize| feats[i - 1].stopwords + feats[i].stopwords > 0 && starts_lower(texts[i], stop);
    if !enough((1..n).filter(|&i| runs_on(&lines[i - 1], &feats[i - 1], &feats[i]) && counts(i)).count()) {
        return None;
    }
    // a text in small letters throughout (lowercased by a pipeline) tells
    // nothing by a line's first letter: its menus start small too (the
    // letters of a script without case, Arabic or Devanagari, count as
    // neither: only those below U+0530, Latin, Greek and Cyrillic, do)
    let (mut upper, mut lower) = (0, 0);
    for c in texts.iter().filter_map(|t| past_link_number(t).chars().next()).filter(|&c| c < '\u{530}') {
        upper += usize::from(crate::features::is_upper(c));
        lower += usize::from(crate::features::is_lower(c));
    }
    if upper * UNICASE_RATIO < lower {
        return None;
    }
    // 2: the line goes on from the one before, 1: it may (it starts with a
    // capital, as a name or a German noun does), 0: it does not
    let mut joins: Vec<u8> = (0..n)
        .map(|i| {
            if i == 0 || !runs_on(&lines[i - 1], &feats[i - 1], &feats[i]) || starts_item(texts[i]) {
                return 0;
            }
            // (not after a line with a phrase: "von Max Mustermann" over
            // "Die Tagung findet / im Februar" stands over its article, as
            // "Advertisement" or "Related" over a teaser; but a byline's
            // word that opens no byline is the sentence's: "von Kanzler /
            // Karl Weber / am Montag")
            let link = || {
                feats[i].words <= FRAGMENT_LINK_MAX_WORDS
                    && i + 1 < n
                    && (feats[i - 1].hit.is_none() || byline_phrase(&feats[i - 1]).is_some() && !is_byline(texts[i - 1], &feats[i - 1], stop))
                    && runs_on(&lines[i], &feats[i], &feats[i + 1])
                    && goes_on(texts[i + 1], stop)
            };
            // (a menu item of words that are a phrase, "About us", ends with
            // a stopword too; a word alone may be a link's: "more")
            let item = feats[i - 1].words > 1 && feats[i - 1].hit.is_some_and(|h| h.place == crate::lexicon::Place::Whole);
            // (nor a word alone in a script without case: a menu's item, as
            // "سیاسی", "political", may be a stopword)
            let stop_end = feats[i - 1].stop_end && !item && !(feats[i - 1].words == 1 && starts_caseless(texts[i - 1]));
            let sure = goes_on(texts[i], stop) || stop_end || texts[i - 1].ends_with(',') || link();
            // a boilerplate phrase in a line only joins it for sure
            if sure {
                2
            } else {
                u8::from(feats[i - 1].hit.is_none() && feats[i].hit.is_none())
            }
        })
        .collect();
    // a byline's phrase ("von ", "by ") that opens a line going on from the
    // one before for sure, and goes on in a small letter, is a word of the
    // sentence, no byline ("…weil Baufirmen\nvon dem Investor\nNordbau…"): the
    // line after may join as if the phrase were not there ("von Max
    // Mustermann" under a title is a byline). So is a small letter a word
    // later, in a paragraph already joined, that is no stopword ("…it has
    // help from the group led\nby French billionaire\nBernard Marchand.";
    // not "von Anna und Max Müller", "door Jan de Vries")
    let byline = |i: usize, joined: bool| {
        byline_phrase(&feats[i]).is_some_and(|phrase| {
            let mut words = after_prefix(texts[i], phrase).split_whitespace();
            words.next().is_some_and(|w| starts_lower(w, stop)) || (joined && words.next().is_some_and(|w| starts_lower(w, stop) && !stop.contains(word_of(w))))
        })
    };
    for i in 1..n.saturating_sub(1) {
        if joins[i] == 2 && joins[i + 1] == 0 && byline(i, joins[i - 1] > 0) && feats[i + 1].hit.is_none() {
            joins[i + 1] = u8::from(runs_on(&lines[i], &feats[i], &feats[i + 1]) && !starts_item(texts[i + 1]));
        }
    }
    // a line that may join is a fragment beside a sure one, or the second
    // of two that end a paragraph under a sure one
    for i in 1..n {
        if joins[i] == 1 && joins[i - 1] != 2 && joins.get(i + 1) != Some(&2) {
            let tail = i >= 2
                && joins[i - 1] == 1
                && joins[i - 2] == 2
                && joins.get(i + 1) != Some(&1)
                && ends_with_full_stop(texts[i])
                && feats[i - 1].words <= FRAGMENT_LINK_MAX_WORDS;
            if !tail {
                joins[i] = 0;
            }
        }
    }
    // Each run of lines that may join: the lines before its first sure join
    // stand alone (a heading, menu items over the paragraph); the rest join
    // if the last ends a sentence and sure joins are most. Those count.
    let mut pairs = 0;
    let mut end = n;
    while end > 0 {
        let mut start = end - 1;
        while start > 0 && joins[start] > 0 {
            start -= 1;
        }
        let first_sure = (start + 1..end).find(|&i| joins[i] == 2).unwrap_or(end);
        let run = &mut joins[first_sure..end];
        let sure = run.iter().filter(|&&j| j == 2).count();
        // (a web address after another is a list of them: "Sources /
        // https://… / https://…")
        let url_end = ends_with_url(texts[end - 1]) && !(end >= 2 && ends_with_url(texts[end - 2]));
        if (feats[end - 1].terminal || ends_with_emoji(texts[end - 1]) || url_end) && !ends_cut(texts[end - 1]) && 2 * sure >= run.len() {
            pairs += (first_sure..end).filter(|&i| counts(i)).count();
        } else {
            run.fill(0);
        }
        joins[start + 1..first_sure].fill(0);
        end = start;
    }
    enough(pairs).then(|| joins.into_iter().map(|j| j > 0).collect())
}

/// Whether `text` ends with a full stop (closing quotes and brackets
/// aside), not with '!' or '?' as a headline may.
fn ends_with_full_stop(text: &str) -> bool {
    matches!(crate::features::last_before_closing(text.trim_end()), Some('.' | '。' | '।' | '۔'))
}

/// Whether `text` ends with an ellipsis ("…", "..."), as a teaser cut short
/// or a "more..." link does.
fn ends_cut(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('…') || t.ends_with("...")
}

/// Whether `text` ends with an emoji, as a paragraph in a chatty style
/// ends instead of with a full stop ("… und geben mehr Struktur 💁🏻‍♀️"):
/// past a skin tone and a flag's tags, a pictograph, a face, a flag's
/// letter or a keycap, or a symbol that shows as an emoji by default or is
/// made one (by the variation selector, a skin tone or a joiner beside
/// it). An arrow, a check mark or a star that text uses ("Weiterlesen ➜")
/// is none.
fn ends_with_emoji(text: &str) -> bool {
    let mut shown = false;
    let mut chars = text.trim_end().chars().rev().peekable();
    while let Some(c) = chars.next() {
        match c as u32 {
            0x20E3 => return true,
            0xFE0F | 0x200D | 0x1F3FB..=0x1F3FF => shown = true,
            0xE0020..=0xE007F => {}
            c => {
                shown |= chars.peek() == Some(&'\u{200d}');
                let within = |ranges: &[(u32, u32)]| ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c));
                return within(EMOJI) || (shown && within(EMOJI_IF_SHOWN));
            }
        }
    }
    false
}

/// The emoji of [`ends_with_emoji`], as ranges of code points: the
/// pictographs, faces, flags' letters and squared words, and the symbols of
/// the Basic Multilingual Plane shown as emoji by default
/// (Emoji_Presentation).
const EMOJI: &[(u32, u32)] = &[
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615),
    (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE),
    (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C),
    (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF), (0x1F201, 0x1F201), (0x1F21A, 0x1F21A), (0x1F22F, 0x1F22F),
    (0x1F232, 0x1F236), (0x1F238, 0x1F23A), (0x1F250, 0x1F251), (0x1F300, 0x1F64F), (0x1F680, 0x1F6FF),
    (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F9FF), (0x1FA70, 0x1FAFF),
];

/// The symbols of [`ends_with_emoji`] that are emoji when the variation
/// selector, a skin tone or a joiner stands beside them ("➡️", "✌🏻").
const EMOJI_IF_SHOWN: &[(u32, u32)] = &[
    (0xA9, 0xA9), (0xAE, 0xAE), (0x203C, 0x203C), (0x2049, 0x2049), (0x2122, 0x2122), (0x2139, 0x2139), (0x2190, 0x2BFF),
    (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3297), (0x3299, 0x3299), (0x1F170, 0x1F171), (0x1F17E, 0x1F17F),
    (0x1F202, 0x1F202), (0x1F237, 0x1F237),
];

/// Whether `text` ends with a web address ("Infos unter https://…"), past
/// a text browser's link number or an opening bracket ("[12]https://…",
/// "(www.…").
fn ends_with_url(text: &str) -> bool {
    text.split_whitespace().next_back().is_some_and(|w| {
        let w = past_link_number(w).trim_start_matches(['(', '<']).as_bytes();
        let starts = |p: &str| w.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()));
        starts("http://") || starts("https://") || starts("www.")
    })
}

/// Whether `text` is a byline: a byline's phrase (`feats.hit`) and a
/// name after it, two words that start with a capital, or a stopword
/// between them ("von Max Mustermann", "By John Smith (dpa)", "von Anna und
/// Max Müller"; not "von Kanzler"), and four words more at most.
fn is_byline(text: &str, feats: &Features, stop: Stopwords) -> bool {
    byline_phrase(feats).is_some_and(|phrase| {
        let mut words = after_prefix(text, phrase).split_whitespace();
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let first = words.next().is_some_and(capital);
        let second = match words.next() {
            Some(w) if !capital(w) && stop.contains(word_of(w)) => words.next().is_some_and(capital),
            w => w.is_some_and(capital),
        };
        first && second && words.count() <= 4
    })
}

/// `w` without the punctuation around it ("und,": "und").
fn word_of(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The phrase of a byline (`Prefix`: "von ", "by ") that opens the line of
/// `feats`, if one does.
fn byline_phrase(feats: &Features) -> Option<&'static str> {
    feats.hit.filter(|h| h.place == crate::lexicon::Place::Prefix && h.label == crate::label::Label::Byline).map(|h| h.phrase)
}

/// What follows `phrase`, a `Prefix` phrase that opens `text` past what
/// stands before its first letter (a bullet, a dash, a link number). The
/// phrase was found in the line's lowercase, which has a char for each of
/// the line's but not always of the same length ("von\u{a0}Max"): it is
/// counted in chars.
pub(crate) fn after_prefix<'a>(text: &'a str, phrase: &str) -> &'a str {
    let text = past_link_number(text.trim_start()).trim_start_matches(|c: char| !c.is_alphanumeric());
    text.char_indices().nth(phrase.chars().count()).map_or("", |(i, _)| &text[i..])
}

/// See [`fragment_joins`].
const FRAGMENT_PAIRS_MIN: usize = 2;
const FRAGMENT_PAIRS_SHARE: usize = 20;
/// A text whose lines start with a small letter more than this many times
/// as often as with a capital is written in small letters throughout.
const UNICASE_RATIO: usize = 20;
/// Most words of a line taken for a link's text inside a sentence.
const FRAGMENT_LINK_MAX_WORDS: u32 = 4;

/// Whether line `a` (the line `l`) may run on in the next, `b`: no blank
/// line between, `a` ends no sentence and no label, neither holds more than
/// one menu separator (a '»' may close a quote).
fn runs_on(l: &Line, a: &Features, b: &Features) -> bool {
    l.gap_after == 0 && !a.terminal && !a.colon_end && a.separators <= 1 && b.separators <= 1
}

/// Whether `text` starts with a small letter, past a text browser's link
/// number ("[12]told"); in a script without case (Arabic, Hebrew), whose
/// every letter reads as a small one, with a stopword of `stop` ("في",
/// "של"), a word that goes on with a clause, as a small letter does, and a
/// word after it (a menu's items open with letters too, and an item alone
/// may be a stopword: "سیاسی", "political").
fn starts_lower(text: &str, stop: Stopwords) -> bool {
    let text = past_link_number(text);
    let mut words = text.split_whitespace();
    text.chars().next().is_some_and(|c| crate::features::is_lower(c) && (c.is_lowercase() || stop.contains(word_of(words.next().unwrap_or(""))) && words.next().is_some()))
}

/// Whether `text` opens with a letter of a script without case (Arabic,
/// Devanagari).
fn starts_caseless(text: &str) -> bool {
    past_link_number(text).chars().next().is_some_and(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
}

/// `text` past the link number it starts with, if any ("[12]Home": "Home").
fn past_link_number(text: &str) -> &str {
    &text[crate::features::link_number_len(text, 0).unwrap_or(0)..]
}

/// Whether `text` goes on with what came before: a small letter, or
/// punctuation that ends or goes on with a clause.
fn goes_on(text: &str, stop: Stopwords) -> bool {
    matches!(text.as_bytes().first(), Some(b',' | b';' | b'.' | b'!' | b'?' | b')' | b':')) || text.starts_with(['’', '”']) || starts_lower(text, stop)
}

/// Joins each line that `joins` marks (see [`fragment_joins`],
/// [`sentence_joins`]) to the block before it. Whether any two lines joined.
pub(crate) fn join_lines(lines: &mut Vec<Line>, joins: &[bool]) -> bool {
    let n = lines.len();
    let mut i = 0;
    lines.dedup_by(|l, last| {
        i += 1;
        if joins[i] {
            last.absorb(l);
        }
        joins[i]
    });
    lines.len() < n
}

/// For each line that `join_lines` leaves with `joins`, the line it was
/// when it joined none (nor was joined), `None` when it holds several.
pub(crate) fn unjoined(joins: &[bool]) -> Vec<Option<usize>> {
    let joined = |i: usize| i > 0 && joins.get(i).copied().unwrap_or(false);
    (0..joins.len()).filter(|&i| !joined(i)).map(|i| (!joined(i + 1)).then_some(i)).collect()
}

/// Whether a line opens a list item: a bullet, or a number with `.` or `)`.
fn starts_item(text: &str) -> bool {
    let b = text.as_bytes();
    match b.first() {
        Some(b'-' | b'*' | b'+') => b.get(1) == Some(&b' '),
        Some(c) if c.is_ascii_digit() => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            digits <= 3 && matches!(b.get(digits), Some(b'.' | b')')) && b.get(digits + 1) == Some(&b' ')
        }
        _ => text.starts_with('•') || text.starts_with('–') || text.starts_with('—'),
    }
}

/// The chars of UTF-8 text `b`: its bytes but those that continue a char
/// (`10xxxxxx`), counted eight at a time. (`chars().count()` goes a word at a
/// time in WebAssembly, and a `filter().count()` of the bytes compiled
/// natively to SIMD that read two bytes a step.)
pub(crate) fn char_count(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut continuing = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // bit 7 set and bit 6 clear, in each byte
        continuing += (x & !(x << 1) & crate::lang::HIGH_BITS).count_ones() as usize;
    }
    continuing += chunks.remainder().iter().filter(|&&c| c & 0xC0 == 0x80).count();
    b.len() - continuing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        segment(s).iter().map(|l| &s[l.text.0..l.text.1]).collect()
    }

    #[test]
    fn chars_are_counted_as_str_counts_them() {
        let text = "Grüße aus Köln — 東京 😀 naïve café, Привет мир! ";
        for start in 0..text.len() {
            for end in start..=text.len() {
                if text.is_char_boundary(start) && text.is_char_boundary(end) {
                    let s = &text[start..end];
                    assert_eq!(char_count(s.as_bytes()), s.chars().count(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn splits_on_every_line_end() {
        assert_eq!(texts("a\nb\r\nc\rd"), ["a", "b", "c", "d"]);
        assert_eq!(texts("a\u{2028}b\u{2029}\u{2029}c\u{85}d\u{0B}e\u{0C}f\r\ng ©\u{2027}"), ["a", "b", "c", "d", "e", "f", "g ©\u{2027}"]);
    }

    /// A line of quote marks alone is the blank line of a quote; a line
    /// that holds more than quote marks is a line.
    #[test]
    fn a_line_of_quote_marks_alone_is_blank() {
        let lines = segment("> First paragraph.\n>\n> > \n> Second paragraph.\n>>\n> a > b\n");
        assert_eq!(lines.len(), 3);
        assert_eq!((lines[0].gap_after, lines[1].gap_before, lines[1].gap_after), (2, 2, 1));
        assert_eq!(texts("x\n> \n>y"), ["x", ">y"]);
    }

    /// The other line ends are found once and the next `\n` or `\r` is
    /// kept until passed: runs of either kind, in turn, and one of each
    /// side by side, end every line, against a split on every line end.
    #[test]
    fn other_line_ends_and_newlines_in_turn() {
        let text = "a\u{2028}b\u{2028}c\u{2028}d\ne\nf\u{85}\r\ng\u{2029}\u{0B}h\r\u{0C}i\u{2028}\n\nj\u{85}хх\u{2028}k";
        let split: Vec<&str> = text.split(is_line_end).map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(texts(text), split);
        assert_eq!(split.len(), 12);
        // the spans tile the text
        let lines = segment(text);
        assert!(lines.windows(2).all(|w| w[0].span.1 == w[1].span.0) && lines[0].span.0 == 0 && lines[lines.len() - 1].span.1 == text.len());
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
        assert!(segment("\u{200B}\n\u{FEFF} \u{AD}\n").is_empty());
    }

    const PARAGRAPH: &str = "The council met on Tuesday and decided that the old bridge, which has been closed since the floods of last winter, will be rebuilt by the end of the year at a cost that nobody would yet name.";

    /// `text` wrapped greedily at `width` chars.
    fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        let mut len = 0;
        for w in text.split_whitespace() {
            if len > 0 && len + 1 + w.len() > width {
                out.push('\n');
                len = 0;
            } else if len > 0 {
                out.push(' ');
                len += 1;
            }
            out.push_str(w);
            len += w.len();
        }
        out
    }

    fn joined(s: &str) -> Vec<&str> {
        unwrap(s, segment(s)).iter().map(|l| &s[l.text.0..l.text.1]).collect()
    }

    #[test]
    fn wrapped_paragraphs_are_joined_into_one_block_each() {
        let para = wrap(PARAGRAPH, 60);
        let text = format!("Home\nNews\n\n{para}\n\n{para}\n\nShare this\n");
        let blocks = joined(&text);
        assert_eq!(blocks, ["Home", "News", para.as_str(), para.as_str(), "Share this"]);
        let lines = unwrap(&text, segment(&text));
        for w in lines.windows(2) {
            assert_eq!(w[0].span.1, w[1].span.0);
        }
        assert_eq!((lines[0].span.0, lines.last().unwrap().span.1), (0, text.len()));
    }

    /// A list whose items open alike ("June 3 -- …") under wrapped
    /// paragraphs: an item as long as the width takes no item under it,
    /// whose first word would not have fit; a paragraph's lines that open
    /// alike without a mark (a comma after a word and a number) still join.
    #[test]
    fn items_that_open_alike_stay_apart_in_wrapped_text() {
        let para = wrap(PARAGRAPH, 60);
        let items = "June 3 -- The Old Theatre on the Harbour Front, Southport\nJune 5 -- Riverside Park Open Air Stage, Lower Mill Town\nJune 8 -- The Hall of the Old Wool Exchange, Bradford\nJune 9 -- City Arena\n";
        let text = format!("{para}\n\n{para}\n\nThe dates:\n{items}");
        let blocks = joined(&text);
        for item in items.lines() {
            assert!(blocks.contains(&item), "{item:?} was joined: {blocks:?}");
        }
        let titles = wrap("They include: Hill Climb 2020, Star Pilots 2020, Brick Builder 2018, Snow Patrol 2018, Rail Empire 2018, Kart Racers 2020, Speed Boats 2017, Space Rally 2017, Grand Tour Racing 2018, Castle Siege 2017, Jungle Run 2019, Dance Stars 2017, and more.", 60);
        assert!(titles.lines().filter(|l| l.split(' ').nth(1).is_some_and(|w| w.starts_with("20"))).count() >= 3, "{titles}");
        let text = format!("{para}\n\n{titles}\n\n{para}\n");
        assert!(joined(&text).contains(&titles.as_str()), "{:?}", joined(&text));
    }

    /// A box of teasers whose headlines the page cut short ("… as Hurri...")
    /// between wrapped paragraphs: a cut headline as long as the width,
    /// whose next headline's first word would not have fit, takes no line
    /// under it; a paragraph whose line ends with an ellipsis and goes on in
    /// small letters ("… and then...\nnobody would say") still joins.
    #[test]
    fn a_headline_cut_short_takes_no_line_under_it_in_wrapped_text() {
        let para = wrap(PARAGRAPH, 60);
        let teasers = ["Storm warning: rivers to burst their banks as Hurrica...", "Council names a new head for the old town's maritime mus…", "Ferry fares rise again"];
        for pair in teasers.windows(2) {
            let next_word = pair[1].split(' ').next().unwrap_or("");
            assert!(pair[0].chars().count() + 1 + next_word.len() > 60, "{} would take the next word", pair[0]);
        }
        let text = format!("{para}\n\n{para}\n\nRelated\n{}\n\n{para}\n", teasers.join("\n"));
        let blocks = joined(&text);
        for teaser in teasers {
            assert!(blocks.contains(&teaser), "{teaser:?} was joined: {blocks:?}");
        }
        assert_eq!(blocks.iter().filter(|&&b| b == para).count(), 3, "{blocks:?}");
        let trailing = wrap("The council met on Tuesday to talk of the bridge and then... nobody would say what it was going to cost them in the end.", 60);
        assert!(trailing.lines().next().is_some_and(|l| l.ends_with("then...")), "{trailing}");
        let text = format!("{para}\n\n{trailing}\n\n{para}\n");
        assert!(joined(&text).contains(&trailing.as_str()), "{:?}", joined(&text));
    }

    #[test]
    fn a_line_opens_with_the_shape_of_its_first_three_words() {
        let june = opening_shape("June 20 -- The Old Theatre");
        assert_ne!(june, 0);
        assert_eq!(opening_shape("July 2 -- A New Hall"), june);
        assert_eq!(opening_shape("> June 20 -- The Old Theatre"), june, "a quote's mark is no word");
        assert_ne!(opening_shape("Path B: Lower Mill"), 0);
        assert_ne!(opening_shape("Path B: Lower Mill"), june);
        // no mark but a comma or a full stop, or marks inside words: prose
        for line in ["Racers 2020, Speed Boats", "it's well-known that", "l'homme qui rit", "Smith. The council", "> the council said", "Ciudad، la", "June 20", "", ">"] {
            assert_eq!(opening_shape(line), 0, "{line}");
        }
    }

    #[test]
    fn lines_of_any_length_that_no_wrap_broke_stay_apart() {
        // headlines and menu items of all lengths, one a line
        let text = "Man bites dog in the park\nCouncil approves the new budget for next year\nWeather\nA long day at the races ends in a photo finish\nSport\nThe river rises again after a week of rain in the hills\nContact us\nLocal school wins the national quiz\n";
        assert_eq!(joined(text), segment(text).iter().map(|l| &text[l.text.0..l.text.1]).collect::<Vec<_>>());
        // paragraphs on one line each
        let text = format!("{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n{PARAGRAPH}\n");
        assert_eq!(joined(&text).len(), 6);
    }

    /// A page's headlines of half to three quarters of the width, each followed
    /// by one whose first word would have fit, around a short article
    /// wrapped at 60 columns.
    fn short_article_among_headlines(para: &str) -> String {
        let headlines = "The river rises again after a week of rain\nA long day at the races ends in a tie\nA new school opens its doors in the valley\nA council vote on the budget is put off\nA bakery in the old town wins a prize\nA choir from the hills sings in the capital\nA storm closes the ferry port for a day\nA museum opens a room for the old maps\nIn brief";
        format!("{headlines}\n\n{para}\n\n{para}\n\nShare this\n")
    }

    #[test]
    fn a_short_wrapped_article_among_headlines_is_joined() {
        let para = wrap(PARAGRAPH, 60);
        let text = short_article_among_headlines(&para);
        assert_eq!(joined(&text).iter().filter(|b| **b == para).count(), 2, "{:?}", joined(&text));
    }

    /// One paragraph wrapped at 60 columns, three of its lines broken by the
    /// wrap, under headlines of 46–53 chars (short of 0.9 of the width, so
    /// not counted): joined.
    #[test]
    fn one_short_wrapped_paragraph_under_long_headlines_is_joined() {
        let para = wrap(PARAGRAPH, 60);
        assert_eq!(para.lines().count(), 4);
        let headlines = "The river rises again after a week of rain in town\nA long day at the races ends in a tie once more\nA council vote on the budget is put off until May\nA bakery in the old town wins a prize for its bread\nA storm closes the ferry port for a day and a night";
        let text = format!("{headlines}\n\n{para}\n\nShare this\n");
        assert!(joined(&text).contains(&para.as_str()), "{:?}", joined(&text));
    }

    /// A short article wrapped at 60 columns under two longer lines (a
    /// headline, a line of links), on a page of many short
    /// lines: a menu, and the list of link targets a text browser puts at
    /// the end ("12. https://…"). Counted against all lines, the lines above
    /// the width may be as many as the article's; against the lines of
    /// `WRAP_MIN` chars or more, a tenth of them or three (a tenth of these
    /// eight would let none, and the width would be the line of links').
    #[test]
    fn a_short_wrapped_article_on_a_page_of_short_lines_is_joined() {
        let para = wrap(PARAGRAPH, 60);
        let long = "The river rises again after a week of rain in the hills around the town\nHome | News | Sport | Weather | Business | Culture | Travel | Opinion | Contact";
        let menu = ["Home", "News", "Sport", "Weather", "Contact us"].repeat(10).join("\n");
        let links: String = (1..=300).map(|i| format!("{i}. https://www.example.org/page/{i}\n")).collect();
        let text = format!("{menu}\n\n{long}\n\n{para}\n\n{para}\n\nReferences\n\n{links}");
        assert_eq!(joined(&text).iter().filter(|b| **b == para).count(), 2);
    }

    /// Three paragraphs wrapped at 100 columns, one line of each broken by
    /// the wrap, on a page of a hundred short lines: the width that lets
    /// two lines (2% of all) run past it is the third longest line, near
    /// which only one broken line stands; read at the longest line, the
    /// three are near it and the text is wrapped.
    #[test]
    fn a_few_wrapped_lines_among_many_short_ones_are_joined() {
        let paras = [
            "A junior from the academy on the hill added to her collection of titles, winning the two hundred yard medley in a time that stood for a decade.",
            "In the hundred yard backstroke, she was beaten to the wall by the senior from the valley high school, who had trained all summer for this one race.",
            "The girls from the north side took the relay by a length, and their coach said after the meet that the team would be back next year with more swimmers.",
        ]
        .map(|p| wrap(p, 100));
        let lens: Vec<usize> = paras.iter().map(|p| p.lines().next().map_or(0, str::len)).collect();
        assert!(paras.iter().all(|p| p.lines().count() == 2) && lens[0] != lens[1] && lens[1] != lens[2] && lens[0] != lens[2], "{paras:?}");
        let menu = ["Home", "Sports", "Scores", "Baseball", "Football", "Weather", "Contact us", "Submit photos", "Rankings", "Cheer"].repeat(10).join("\n");
        let text = format!("{menu}\n\n{}\n\nShare this\n", paras.join("\n\n"));
        let blocks = joined(&text);
        for para in &paras {
            assert!(blocks.contains(&para.as_str()), "{para:?} not joined: {:?}", &blocks[100..]);
        }
    }

    /// Chinese and Japanese break between any two chars: in Japanese text
    /// wrapped at 40 chars, a paragraph's full lines join, and a list of
    /// headlines of 24 to 30 chars under it (each more than half the width,
    /// and each the next one's "first word", no space in it) stays apart.
    #[test]
    fn lines_of_japanese_join_only_at_the_width() {
        let para = "市議会は火曜日に会合を開き、昨年の冬の洪水以来閉鎖されている古い橋を年末までに再建することを決めた。費用については誰もまだ口にしていないが、住民の多くはこの決定を歓迎している。";
        let chars: Vec<char> = para.chars().collect();
        let wrapped = chars.chunks(40).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join("\n");
        assert!(wrapped.lines().count() >= 3, "{wrapped}");
        let items = ["市内の川が一週間続いた雨の後で再び増水している", "競馬場での長い一日は今回もまた引き分けで終わった", "谷の新しい学校が来月から子どもたちを迎える予定だ", "港のフェリーは嵐のため丸一日運休となった"];
        assert!(items.iter().all(|i| (20..=30).contains(&i.chars().count())), "{items:?}");
        let text = format!("{wrapped}\n\n{wrapped}\n\n{}\n", items.join("\n"));
        let blocks = joined(&text);
        assert_eq!(blocks.iter().filter(|b| **b == wrapped).count(), 2, "{blocks:?}");
        for item in items {
            assert!(blocks.contains(&item), "{item} was joined: {blocks:?}");
        }
    }

    /// Lines near the width that end a sentence, each followed by a heading
    /// whose first word would not have fit: a writer broke them, not a wrap.
    #[test]
    fn sentences_near_the_width_before_headings_stay_apart() {
        let text = "Check every figure twice before you hand in your answers.\nExercises\nA block of aluminium is heavier than most people expect.\nSolutions\nWrite down the units next to every number that you use.\nExercises\n";
        assert_eq!(joined(text), texts(text));
    }

    /// A table's rows near the width, each before a row whose first cell
    /// would not have fit: rows, not a wrapped paragraph.
    #[test]
    fn rows_of_a_table_near_the_width_stay_apart() {
        let text = "Hofbauer, Heike\t1992\tWÜ\tLG Staufeneck-Eislingen\t13,51 sec\nKannenwischer, Katharina\t1992\tTS Göppingen\t13,63 sec.\nSponar, Anika\t1992\tWÜ\tLG Staufeneck-Eislingen\t13,70 sec\nBaumgartner, Johanna\t1993\tWÜ\tLSG Aalen\t13,80 sec.\nWeinmann-Kolb, Theresa\t1992\tWÜ\tDJK Ellwangen\t13,94 sec\nSchwarzenberger, Lena\t1993\tWÜ\tTSV Bopfingen\t14,02 sec.\n";
        assert_eq!(joined(text), texts(text));
    }

    /// A box of headlines that set the width themselves, each before one
    /// whose first word would not have fit: no sentence ends on a line
    /// broken onto, so no wrap.
    #[test]
    fn a_list_of_headlines_at_one_width_is_no_wrapped_text() {
        let text = "What we know so far about the plans for the new bridge\nEverything you need to know about the spring elections\nResidents say the new parking rules are far too strict\nWhy the council wants to close three of its libraries\nHospitals in the region prepare for a long hard winter\n";
        assert_eq!(joined(text), texts(text));
    }

    #[test]
    fn a_paragraph_on_one_line_says_the_text_is_not_wrapped() {
        // one line in fifty over the width, which the width allows for
        let para = wrap(PARAGRAPH, 60);
        let page = short_article_among_headlines(&para).repeat(4);
        assert!(joined(&page).len() < texts(&page).len());
        let text = format!("{page}{PARAGRAPH}\n");
        assert_eq!(joined(&text), texts(&text));
    }

    #[test]
    fn links_longer_than_the_width_do_not_hide_the_wrap() {
        let para = wrap(PARAGRAPH, 60);
        let link = "https://www.example.com/news/2019/11/20/the-council-votes-to-rebuild-the-old-bridge";
        let text = format!("Home\nNews\n\n{para}\n{link}\n\n{para}\n{link}\n\nShare this\n");
        assert_eq!(joined(&text).iter().filter(|b| **b == para).count(), 2, "{:?}", joined(&text));
    }

    #[test]
    fn a_long_menu_of_markdown_links_is_no_paragraph() {
        let para = wrap(PARAGRAPH, 60);
        let menu: Vec<String> = (0..14).map(|i| format!("[News {i}](https://www.example.com/section/{i}/a-long-path-to-the-page-of-the-section-number-{i})")).collect();
        let page = short_article_among_headlines(&para).repeat(4);
        let text = format!("{}\n{page}", menu.join(" "));
        assert!(text.lines().next().unwrap().len() > 4 * (2 * WRAP_MAX + 1));
        assert!(joined(&text).len() < texts(&text).len(), "{:?}", &joined(&text)[..3]);
    }

    /// Markdown wrapped as written, the link targets counted (html2text,
    /// pandoc): the lines' visible lengths keep to no width, their written
    /// ones do, and a line shortened by the link that follows is joined to it.
    /// A bare web address after a short line stays apart.
    #[test]
    fn markdown_wrapped_with_its_link_targets_is_joined() {
        let linked: Vec<String> = PARAGRAPH
            .split(' ')
            .enumerate()
            .map(|(i, w)| if i % 7 == 3 { format!("[{w}](https://www.example.com/news/2024/05/{i}/a-story)") } else { w.to_string() })
            .collect();
        let para = wrap(&linked.join(" "), 72);
        assert!(para.lines().any(|l| l.len() < 36), "{para}");
        let text = format!("Home
News

{para}

{para}

Source:
https://www.example.com/news/2024/05/20/the-council-votes-on-the-old-bridge
");
        let blocks = joined(&text);
        assert_eq!(blocks.iter().filter(|b| **b == para).count(), 2, "{blocks:?}");
        assert!(blocks.contains(&"Source:"), "{blocks:?}");
    }

    /// A setext heading's underline joins the heading above it into one
    /// block; one after a blank line, under a list item or under another
    /// underline stays apart; a wrap does not join the heading on.
    #[test]
    fn setext_underlines_join_their_headings() {
        fn blocks(s: &str) -> Vec<&str> {
            join_setext(s, segment(s)).iter().map(|l| &s[l.text.0..l.text.1]).collect()
        }
        assert_eq!(blocks("Title\n=====\nText under it.\n"), ["Title\n=====", "Text under it."]);
        assert_eq!(blocks("Section\n---\n"), ["Section\n---"]);
        assert_eq!(blocks("Text\n\n-----\n"), ["Text", "-----"]);
        assert_eq!(blocks("- item\n---\n"), ["- item", "---"]);
        assert_eq!(blocks("Title\n===\n===\n"), ["Title\n===", "==="]);
        assert_eq!(blocks("a -- b\n--\n"), ["a -- b", "--"]);
        // headings underlined among text wrapped at 60 columns: each stays a block
        let para = wrap(PARAGRAPH, 60);
        let heading = "Council votes to rebuild the old bridge over the river Ouse";
        let text = format!("{heading}\n{}\n{para}\n\n{para}\n\n{para}\n", "-".repeat(heading.len()));
        let joined = unwrap(&text, join_setext(&text, segment(&text)));
        let first = &text[joined[0].text.0..joined[0].text.1];
        assert!(first.starts_with(heading) && first.ends_with('-'), "{first:?}");
        assert_eq!(joined.len(), 4, "{:?}", joined.iter().map(|l| &text[l.text.0..l.text.1]).collect::<Vec<_>>());
    }

    #[test]
    fn a_list_item_after_a_full_line_starts_a_block() {
        let para = wrap(PARAGRAPH, 60);
        let last_full = para.lines().next().unwrap();
        let text = format!("{para}\n\n{para}\n\n{last_full}\n- a list item that follows\n");
        let blocks = joined(&text);
        assert_eq!(blocks.last(), Some(&"- a list item that follows"));
    }

    #[test]
    fn a_sentence_ends_inside_a_line_before_a_capital() {
        for line in [
            "The council met on Monday. It voted to rebuild the bridge.",
            "“It is over,” she said. “We start again tomorrow.”",
            "Was it worth it? Nobody could say.",
            "Le\u{a0}conseil\u{a0}a\u{a0}voté.\u{a0}Les\u{a0}travaux\u{a0}commencent.",
        ] {
            assert!(ends_a_sentence_inside(line), "{line:?}");
        }
        for line in [
            "Dr. Smith met Mr. Jones and St. John on Monday.",
            "The U.S. Senate voted 52 to 48 on the 5. December bill.",
            "The price rose to 3.5 percent.",
            "It ends here.",
        ] {
            assert!(!ends_a_sentence_inside(line), "{line:?}");
        }
    }

    /// The lines after the joins that joined none map to the lines they
    /// were; the joined ones to none.
    #[test]
    fn unjoined_lines_map_to_the_lines_they_were() {
        let joins = [false, true, false, false, true, true, false];
        assert_eq!(unjoined(&joins), vec![None, Some(2), None, Some(6)]);
        let mut lines = segment("a\nb\nc\nd\ne\nf\ng");
        assert!(join_lines(&mut lines, &joins));
        assert_eq!(lines.len(), unjoined(&joins).len());
        assert_eq!(unjoined(&[false, false]), vec![Some(0), Some(1)]);
    }

    /// Teasers written one sentence to a line: each teaser's sentences join
    /// its headline's line, but the next headline joins none of them; in a
    /// paragraph of prose, a sentence the run-in test holds on (a brand
    /// written "SharePoint") joins the sentence above it.
    #[test]
    fn a_teasers_headline_joins_no_teaser_above_it() {
        let text = "Council Approves New Budget After Long DebateThe city council voted six to three on Tuesday.\nThe vote came after a debate of five hours.\nBridge Repairs To Close Main Street For Two WeeksDrivers should expect delays on the road.\nCrews will replace the deck of the old bridge.\n\nThe office moved all of its files to the cloud last year.\nMicrosoft Teams And SharePoint outages hit its users on Monday.\nThe staff worked from paper for a day.";
        let (lines, texts, feats, _) = measured("en", text);
        assert!(crate::classify::opens_with_run_in(texts[5], &feats[5]), "the brand's line passes the test");
        assert_eq!(sentence_joins(&texts, &lines, &feats), [false, true, false, true, false, true, true]);
    }

    /// The lines of `text` (in the language `code`), their texts and their
    /// measures, and the language's stopwords.
    fn measured<'a>(code: &str, text: &'a str) -> (Vec<Line>, Vec<&'a str>, Vec<Features>, Stopwords) {
        let lines = segment(text);
        let texts: Vec<&str> = lines.iter().map(|l| &text[l.text.0..l.text.1]).collect();
        let stop = crate::lang::parse_hint(code).unwrap().stopwords();
        let mut scratch = crate::features::Scratch::default();
        let feats: Vec<Features> = texts.iter().map(|t| crate::features::measure(t, stop, &mut scratch)).collect();
        (lines, texts, feats, stop)
    }

    /// A paragraph broken at its links.
    const BROKEN: &str = "The minister told\nReuters\non Monday that the\nnew rules\nwould apply from May, and that the\nCommission\nhad agreed.";

    /// The blocks of `text` (in the language `code`) after the fragment
    /// joins, or `None` when the text is not taken for one broken at links.
    fn fragments_joined<'a>(code: &str, text: &'a str) -> Option<Vec<&'a str>> {
        let (mut lines, texts, feats, stop) = measured(code, text);
        let joins = fragment_joins(&texts, &lines, &feats, stop)?;
        join_lines(&mut lines, &joins);
        Some(lines.iter().map(|l| &text[l.text.0..l.text.1]).collect())
    }

    #[test]
    fn text_broken_at_its_links_is_joined_into_paragraphs() {
        let tagung = "Die Tagung findet\nim Februar\nstatt, Infos unter\nhttps://www.example.org/tagung";
        for (lang, paragraph) in [
            ("en", BROKEN),
            // German nouns start with a capital: a join beside a sure one
            ("de", "Die Regierung hat\nam Montag\nneue Regeln\nbeschlossen, die ab Mai gelten, sagte die\nMinisterin\nin Berlin."),
            // a byline's word inside a sentence opens no byline: the name
            // after it joins too
            ("de", "Die Arbeiten ruhen, weil Baufirmen\nvon dem Investor\nNordbau nicht bezahlt werden, sagte die\nMinisterin\nin Berlin."),
            // or with a small letter a word later
            ("en", "The museum has found\nhelp from the luxury group led\nby French billionaire\nBernard Marchand, who said it was\nan honour."),
            // and before a title and a name, it is the sentence's
            ("de", "Die Forderungen wurden\nvon Kanzler\nKarl Weber\nam Montag zurückgewiesen."),
            // a name of two links' words ends the paragraph
            ("en", "The council voted on Friday, said the\nhead of the\nUnited Nations\nSecurity\nCouncil."),
            // a paragraph in a chatty style ends with an emoji, not a full
            // stop
            ("de", "Lebensmittel mit vielen\nVitaminen\nstärken euer Haar und geben mehr\nStruktur 💁🏻\u{200d}♀\u{fe0f}"),
            ("de", "Wir waren\nam Wochenende\nin den Bergen und es war einfach\nherrlich 😊"),
            // or with a web address
            ("de", tagung),
            // read through a text browser's link numbers
            ("de", "Die Tagung findet\n[12]im Februar\nstatt, Infos unter\n[13]https://www.example.org/tagung"),
        ] {
            let text = [paragraph; 3].join("\n\n");
            assert_eq!(fragments_joined(lang, &text), Some(vec![paragraph; 3]));
        }
        // two such lines that end with '!' (or '?') end no paragraph: a
        // menu's post titles may ("Latest posts\nSpring Walks\nLet's
        // Go Outside!")
        let exclaimed = "The council voted on Friday, said the\nhead of the\nUnited Nations\nSecurity\nCouncil!";
        let text = format!("{BROKEN}\n\n{exclaimed}\n\n{BROKEN}");
        let blocks = fragments_joined("en", &text).unwrap();
        assert!(blocks.contains(&"Council!"), "{blocks:?}");
        // a byline under a title stays apart from both, with a no-break
        // space or an agency in it too
        for byline in ["von Max Mustermann", "von\u{a0}Max Mustermann", "Von Max Mustermann (dpa)", "von Anna und Max Müller", "von Anna Müller und dpa"] {
            let text = format!("Neue Regeln ab Mai\n{byline}\n{tagung}\n\n{tagung}\n\n{tagung}");
            let blocks = fragments_joined("de", &text).unwrap();
            assert!(blocks.contains(&byline), "{blocks:?}");
        }
        // an arrow is no emoji, and web addresses one after another are a
        // list of them: neither ends a paragraph
        let text = format!("{tagung}\n\n{tagung}\n\nTags\nklima\npolitik\neuropa ➜\n\nMehr dazu\nhttps://a.org/x\nhttps://b.org/y");
        let blocks = fragments_joined("de", &text).unwrap();
        assert!(blocks.contains(&"europa ➜") && blocks.contains(&"https://b.org/y"), "{blocks:?}");
    }

    #[test]
    fn what_follows_a_byline_phrase_is_counted_in_chars() {
        for (text, phrase, after) in [
            ("von\u{a0}Max Mustermann", "von ", "Max Mustermann"),
            ("— By John Smith", "by ", "John Smith"),
            ("[12]von Max Mustermann", "von ", "Max Mustermann"),
            ("Автор: Иван Петров", "автор:", " Иван Петров"),
            ("von", "von ", ""),
            ("", "by ", ""),
        ] {
            assert_eq!(after_prefix(text, phrase), after, "{text}");
        }
    }

    #[test]
    fn emoji_and_web_addresses_that_end_a_line() {
        for text in [
            "herrlich 😊",
            "Berlin 🇩🇪",
            "Platz 1️⃣",
            "toll ⭐",
            "weiter ➡️",
            "schön ❤\u{fe0f} ",
            "Glasgow 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
            "Struktur 💁🏻\u{200d}♀\u{fe0f}",
            "Struktur 💁🏻\u{200d}♀",
            "Frieden ✌🏻",
            "Hilfe 🆘",
            "Info ℹ\u{fe0f}",
        ] {
            assert!(ends_with_emoji(text), "{text}");
        }
        for text in ["Weiterlesen ➜", "Versand ✓", "Bewertung ★", "weiter 🠒", "Info ℹ", "© 2024", "Ende.", "", "1"] {
            assert!(!ends_with_emoji(text), "{text}");
        }
        for text in ["Infos unter https://example.org", "HTTP://EXAMPLE.ORG", "(www.example.org)", "[12]https://example.org", "siehe <https://example.org>"] {
            assert!(ends_with_url(text), "{text}");
        }
        for text in ["https://example.org und mehr", "www", "http:", "wwwexample", "[12]", ""] {
            assert!(!ends_with_url(text), "{text}");
        }
    }

    /// A short article broken at its links, under a page's menu: its few
    /// joins are enough to tell the text.
    #[test]
    fn a_short_article_under_a_menu_is_joined() {
        let menu = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nScience\nTravel\nWeather\nVideo\nPodcasts\nNewsletters\nContact\nAbout us";
        let text = format!("{menu}\n{BROKEN}\n{menu}");
        let blocks = fragments_joined("en", &text).unwrap();
        assert!(blocks.contains(&BROKEN), "{blocks:?}");
    }

    /// A page lowercased throughout: its menu's items start with a small
    /// letter as fragments do, so no line is taken for a fragment (as
    /// written, a page of the same menu over `BROKEN` is joined, see
    /// `a_short_article_under_a_menu_is_joined`).
    #[test]
    fn a_page_in_small_letters_is_not_joined() {
        let menu = "Home\nNews\nWorld\nBusiness\nSport\nCulture\nScience\nTravel\nWeather\nVideo\nPodcasts\nNewsletters\nContact\nAbout us";
        let text = format!("{menu}\n{BROKEN}\n\n{BROKEN}\n{menu}").to_lowercase();
        assert_eq!(fragments_joined("en", &text), None);
        // a script without case is no text in small letters: its fragments
        // still join
        let paragraph = "قرر مجلس القرية تحويل خط\nالسكة الحديدية القديم إلى طريق\nللمشاة وراكبي الدراجات، منهيا بذلك\nنقاشا استمر قرابة عشر سنوات\nبين السكان.";
        let text = [paragraph; 3].join("\n\n");
        assert_eq!(fragments_joined("ar", &text), Some(vec![paragraph; 3]));
    }

    /// A run that ends with an ellipsis (a teaser cut short, a "more..."
    /// link) is no paragraph: its lines stay apart.
    #[test]
    fn a_run_cut_short_is_not_joined() {
        let teaser = "The minister told\nReuters\non Monday that the new rules would…";
        let text = format!("{BROKEN}\n\n{teaser}\n\n{BROKEN}\n\n13 Vol.%\nmore...");
        let blocks = fragments_joined("en", &text).unwrap();
        assert_eq!(blocks.iter().filter(|b| **b == BROKEN).count(), 2, "{blocks:?}");
        for line in teaser.lines().chain(["13 Vol.%", "more..."]) {
            assert!(blocks.contains(&line), "{line:?} was joined: {blocks:?}");
        }
    }

    #[test]
    fn lists_code_and_headings_are_not_fragments() {
        // lowercase items: no sentence ends the run
        let menu = "Textplanung\ndas übergeordnete Ziel\ndie Startseite\ndie Seitengestaltung\nder Schreibstil\ndie Wortwahl\nder Satzbau";
        assert_eq!(fragments_joined("de", &[menu; 3].join("\n\n")), None);
        let code = "from django.conf import settings\nfrom django.test import override_settings\nfrom selenium import webdriver\nclass QunitTests(StaticLiveServerTestCase):\ndef setUpClass(cls):\nsuper().setUpClass()";
        assert_eq!(fragments_joined("en", &[code; 3].join("\n\n")), None);
        // a heading over its paragraph, and menus of names, stay apart
        let paragraph = BROKEN;
        let text = format!("Home\nNews\nWorld\nRules for May\n{paragraph}\nHome\nNews\n\n{paragraph}\n\n{paragraph}");
        let blocks = fragments_joined("en", &text).unwrap();
        assert_eq!(&blocks[..5], ["Home", "News", "World", "Rules for May", paragraph.replace("\n\n", "\n").as_str()]);
    }
}
