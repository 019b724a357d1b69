//! Stage 2: measure each line alone: its length, words, stopwords, sentence
//! shape, and the lexicon phrase it holds. One pass over the line's chars,
//! with a fast path for ASCII, and buffers reused from line to line.

use crate::lang::{Stopwords, PACKED_MAX};
use crate::lexicon::{Hit, Lexicon};
use std::sync::OnceLock;

/// What one line is made of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Features {
    /// Characters as the line shows (no invisible chars, link targets,
    /// link numbers or tags), CJK ideographs and kana counted three times
    /// (they carry about as much as three letters of an alphabet).
    pub len: u32,
    /// Words (runs of letters and digits; each CJK character is a word).
    pub words: u32,
    /// Words that are stopwords of the text's language.
    pub stopwords: u32,
    /// Letters that are uppercase, and letters in all.
    pub upper: u32,
    pub letters: u32,
    pub digits: u32,
    /// Sentence ends followed by more text or the end of the line.
    pub sentences: u32,
    /// Whether the line ends like a sentence (`.`, `!`, `?`, `…`, `。`, or a
    /// closing quote after one).
    pub terminal: bool,
    /// Whether the line ends with a question mark (`?`, `？`, `؟`, or a
    /// closing quote after one).
    pub question: bool,
    /// Whether the line ends with `:`, as a label or a lead-in to a list does.
    pub colon_end: bool,
    /// Whether the line ends with a stopword in small letters ("… according
    /// to"; not "Home" or "May"): a sentence that goes on, in text broken at
    /// its links.
    pub stop_end: bool,
    /// Separators typical of menus and breadcrumbs: `|`, `·`, `•`, `»`, `›`,
    /// and `/` or `>` with a space on each side.
    pub separators: u32,
    /// Whether the line starts with a list bullet.
    pub bullet: bool,
    /// Markdown heading level (`# Title` is 1), 0 when none.
    pub md_heading: u8,
    /// Looks like code, markup or a URL.
    pub markup: bool,
    /// A line of a list of links: a label, then a URL alone ("12.
    /// https://…", as text browsers list a page's links under it; "[3]:
    /// https://…", a markdown reference). Such lines are `markup` too.
    pub link_list: bool,
    /// The first word starts with an uppercase letter or a digit.
    pub capital_start: bool,
    /// The line holds text that does not show: an invisible char (see
    /// [`is_invisible`]) or a markdown link's target (see [`link_target_len`]).
    pub hidden: bool,
    /// The line holds a `©` (see [`crate::meta::ends_with_credit`]).
    pub copyright: bool,
    /// The boilerplate phrase the line holds.
    pub hit: Option<Hit>,
    /// Hash of the line's letters and digits, lowercased: equal lines (give or
    /// take case, spacing and punctuation) have equal keys.
    pub key: u64,
}

impl Features {
    /// Stopwords per word, in per mille.
    pub fn density(&self) -> u16 {
        if self.words == 0 {
            0
        } else {
            (u64::from(self.stopwords) * 1000 / u64::from(self.words)) as u16
        }
    }
}

/// Whether `c` is a CJK ideograph, kana or CJK punctuation.
#[inline]
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

mod compose_table {
    include!("compose_table.rs");
}

/// `line` with each char and the combining mark after it written as one
/// char where Unicode composes them into a char of the char table: Latin,
/// Greek and Cyrillic letters with the accents of U+0300–U+036F ("e\u{301}"
/// is "é"), Arabic letters with madda and hamza (U+0653–U+0655); `None` when
/// nothing composes. Text in NFD, as some systems copy it, then reads as the
/// same words, stopwords and phrases as the same text in NFC. Allocates only
/// for a line that changes.
pub(crate) fn composed(line: &str) -> Option<String> {
    let mut out: Option<String> = None;
    // before the first composition: the last char read, and where it starts
    let mut last: Option<(usize, char)> = None;
    for (i, c) in line.char_indices() {
        if let Some(o) = out.as_mut() {
            match o.chars().next_back().and_then(|base| composition(base, c)) {
                Some(k) => {
                    o.pop();
                    o.push(k);
                }
                None => o.push(c),
            }
        } else if let Some((at, k)) = last.and_then(|(at, base)| Some((at, composition(base, c)?))) {
            let mut o = String::with_capacity(line.len());
            o.push_str(&line[..at]);
            o.push(k);
            out = Some(o);
        } else {
            last = Some((i, c));
        }
    }
    out
}

/// The bytes that lead the UTF-8 of the marks of the composition table
/// (U+0300–U+033F, U+0340–U+037F, U+0640–U+067F): a line without any has
/// nothing to compose.
pub(crate) const MARK_LEADS: [u8; 3] = [0xCC, 0xCD, 0xD9];

/// The chars that Windows-1252 gives the bytes 0x80–0x9F (the five it
/// leaves undefined as the C1 controls of the same number, as browsers do).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// Whether the 0xC3 at `b[at]` starts what UTF-8 read as Windows-1252
/// looks like: a char U+00C2–U+00EF (the lead byte of a 2- or 3-byte
/// sequence: "Ã", "Â", "â", "Ð") then one that Windows-1252 gives a byte
/// 0x80–0xBF (a continuation byte: "¼", "©", "€", "™"), as in "fÃ¼r" for
/// "für" and "donâ€™t" for "don’t". Legitimate text hardly pairs them, and
/// [`unmojibaked`] decides.
#[inline]
pub(crate) fn mojibake_at(b: &[u8], at: usize) -> bool {
    matches!(b.get(at + 1), Some(0x82..=0xAF)) && matches!(b.get(at + 2), Some(0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2))
}

/// `line` read again as UTF-8 when it is UTF-8 that was read as
/// Windows-1252 (or Latin-1), as a page served with the wrong charset
/// copies: each char back to its byte, and the bytes valid UTF-8 that
/// differs from the line. `None` when a char has no byte there, the bytes
/// are no valid UTF-8 (a line in French or German as it should be: "pâte",
/// "für"), or nothing changes (the bytes are fewer: two or three chars
/// make one). The line read again is trimmed at its end.
///
/// `line` is given with the no-break spaces after it (U+00A0: trimming
/// takes them), for they may be the last byte of a sequence: a no-break
/// space is "Â" and U+00A0, "à" is "Ã" and U+00A0; "23.10.2018Â\u{a0}" is
/// "23.10.2018", "cittÃ\u{a0}" is "città".
pub(crate) fn unmojibaked(line: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(line.len());
    for c in line.chars() {
        let b = match c as u32 {
            u @ (0..=0x7F | 0xA0..=0xFF) => u as u8,
            _ => 0x80 + CP1252_HIGH.iter().position(|&h| h == c)? as u8,
        };
        bytes.push(b);
    }
    let read = String::from_utf8(bytes).ok().filter(|s| s.len() < line.len())?;
    Some(match read.trim_end() {
        trimmed if trimmed.len() < read.len() => trimmed.to_string(),
        _ => read,
    })
}

/// The named character references that text taken from HTML without
/// decoding it holds most: markup's own, spaces, quotes and dashes, and the
/// accented letters of the Latin-1 languages. (HTML names 2,231; a name not
/// here is read as written.)
const ENTITIES: &[(&str, char)] = &[
    ("amp", '&'), ("lt", '<'), ("gt", '>'), ("quot", '"'), ("apos", '\''), ("nbsp", '\u{a0}'),
    ("rsquo", '’'), ("lsquo", '‘'), ("rdquo", '”'), ("ldquo", '“'), ("bdquo", '„'), ("sbquo", '‚'),
    ("laquo", '«'), ("raquo", '»'), ("ndash", '–'), ("mdash", '—'), ("hellip", '…'), ("shy", '\u{ad}'),
    ("copy", '©'), ("reg", '®'), ("trade", '™'), ("euro", '€'), ("pound", '£'), ("deg", '°'),
    ("middot", '·'), ("bull", '•'), ("times", '×'), ("sect", '§'), ("iexcl", '¡'), ("iquest", '¿'),
    ("auml", 'ä'), ("ouml", 'ö'), ("uuml", 'ü'), ("Auml", 'Ä'), ("Ouml", 'Ö'), ("Uuml", 'Ü'), ("szlig", 'ß'),
    ("aacute", 'á'), ("eacute", 'é'), ("iacute", 'í'), ("oacute", 'ó'), ("uacute", 'ú'), ("Eacute", 'É'),
    ("agrave", 'à'), ("egrave", 'è'), ("igrave", 'ì'), ("ograve", 'ò'), ("ugrave", 'ù'), ("Agrave", 'À'),
    ("acirc", 'â'), ("ecirc", 'ê'), ("icirc", 'î'), ("ocirc", 'ô'), ("ucirc", 'û'), ("euml", 'ë'),
    ("iuml", 'ï'), ("ccedil", 'ç'), ("Ccedil", 'Ç'), ("ntilde", 'ñ'), ("Ntilde", 'Ñ'), ("atilde", 'ã'),
    ("otilde", 'õ'), ("aring", 'å'), ("Aring", 'Å'), ("aelig", 'æ'), ("oslash", 'ø'), ("Oslash", 'Ø'),
];

/// Most bytes of a character reference between `&` and `;` ("#x1F600",
/// "oslash").
const ENTITY_MAX_BYTES: usize = 8;

/// The char of the character reference that opens `s` (after its `&`:
/// "amp;", "#8217;", "#x2019;") and the reference's length with its `;`.
pub(crate) fn entity_at(s: &[u8]) -> Option<(char, usize)> {
    let semi = memchr::memchr(b';', &s[..s.len().min(ENTITY_MAX_BYTES + 1)])?;
    let name = std::str::from_utf8(&s[..semi]).ok()?;
    let c = if let Some(num) = name.strip_prefix('#') {
        let (digits, radix) = num.strip_prefix(['x', 'X']).map_or((num, 10), |hex| (hex, 16));
        // (digits alone: `from_str_radix` would take a sign too)
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        char::from_u32(u32::from_str_radix(digits, radix).ok()?).filter(|&c| c != '\0')?
    } else {
        ENTITIES.iter().find(|(n, _)| *n == name)?.1
    };
    Some((c, semi + 1))
}

/// `line` with its character references decoded ("don&#8217;t" is
/// "don’t", "Caf&eacute;" is "Café"), as text taken from HTML without
/// decoding holds them; `None` when it holds none.
pub(crate) fn unescaped(line: &str) -> Option<String> {
    let b = line.as_bytes();
    let mut out: Option<String> = None;
    let mut last = 0;
    for amp in memchr::memchr_iter(b'&', b) {
        if amp < last {
            continue;
        }
        if let Some((c, n)) = entity_at(&b[amp + 1..]) {
            let o = out.get_or_insert_with(|| String::with_capacity(line.len()));
            o.push_str(&line[last..amp]);
            o.push(c);
            last = amp + 1 + n;
        }
    }
    let mut o = out?;
    o.push_str(&line[last..]);
    Some(o)
}

/// The char that `base` and `mark` compose into, if they do.
fn composition(base: char, mark: char) -> Option<char> {
    use compose_table::{COMPOSED, COMPOSE_KEYS, MARKS};
    // the ranges of MARKS (a test checks), told before any search
    if !matches!(mark, '\u{300}'..='\u{36F}' | '\u{653}'..='\u{655}') {
        return None;
    }
    let (base, mark) = (u16::try_from(base as u32).ok()?, u16::try_from(mark as u32).ok()?);
    if MARKS.binary_search(&mark).is_err() {
        return None;
    }
    let k = COMPOSE_KEYS.binary_search(&(u32::from(base) << 16 | u32::from(mark))).ok()?;
    char::from_u32(u32::from(COMPOSED[k]))
}

/// `line` as it shows: without its invisible chars (see [`is_invisible`]),
/// its text browser's link numbers (see [`link_number_len`]) and its HTML
/// tags (see [`tag_len`]), and its markdown links reduced to their text
/// (see [`link_target_len`]).
pub(crate) fn visible(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    // where in `out` the last `[` is, and the `[`s of links, to leave out
    let (mut open, mut opens) = (None, Vec::new());
    // a tag that breaks the text (`<br>`, `</p>`) shows as one space
    // (with the spaces around it), one inside a line (`<b>`) as nothing;
    // `spaced`: a tag that breaks the text came after the last char pushed,
    // a space (spaces after it are left out)
    let (mut spaced, mut tags) = (false, false);
    let mut i = 0;
    while let Some(c) = line[i..].chars().next() {
        if c == '<' {
            if let Some(n) = tag_len(&line.as_bytes()[i..]) {
                tags = true;
                if tag_breaks(&line.as_bytes()[i..]) && !out.is_empty() {
                    if !out.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                    spaced = true;
                }
                i += n;
                continue;
            }
        }
        if c.is_whitespace() && std::mem::take(&mut spaced) {
            spaced = true;
            i += c.len_utf8();
            continue;
        }
        spaced = false;
        if c == '(' && out.ends_with(']') {
            if let Some(n) = link_target_len(&line.as_bytes()[i..]) {
                out.pop();
                opens.extend(open.take());
                i += n;
                continue;
            }
        }
        if c == '[' {
            if let Some(n) = link_number_len(line, i) {
                i += n;
                continue;
            }
            open = Some(out.len());
        }
        if !is_invisible(c) {
            out.push(c);
        }
        i += c.len_utf8();
    }
    let mut shown = if opens.is_empty() {
        out
    } else {
        let mut shown = String::with_capacity(out.len());
        let mut from = 0;
        for at in opens {
            // an image's `![`
            let start = if at > from && out.as_bytes()[at - 1] == b'!' { at - 1 } else { at };
            shown.push_str(&out[from..start]);
            from = at + 1;
        }
        shown.push_str(&out[from..]);
        shown
    };
    // (the spaces that stood between a tag and the line's end)
    if tags && shown.trim().len() < shown.len() {
        shown = shown.trim().to_string();
    }
    shown
}

/// Bytes of `line` that its links hide: the targets of markdown links and
/// the brackets around their text (`[text](https://…)` shows as `text`), and
/// the numbers of a text browser's links (`[12]Home` shows as `Home`).
pub(crate) fn link_bytes(line: &str) -> usize {
    let b = line.as_bytes();
    memchr::memchr2_iter(b'[', b']', b)
        .filter_map(|at| if b[at] == b']' { link_target_len(&b[at + 1..]).map(|n| n + 2) } else { link_number_len(line, at) })
        .sum()
}

/// The length of the link number at byte `at` of `line`, if one starts
/// there: 1 to 4 digits in brackets glued to the link's text, at the line's
/// start or after a space, as text browsers dump a page (`lynx -dump`:
/// `"[12]Home [13]News"`). The page showed the text only. A citation glued to
/// the word before it (`"as shown[3] in"`) or followed by a space (`"[1]
/// Smith, J."`) is not one.
#[inline]
pub(crate) fn link_number_len(line: &str, at: usize) -> Option<usize> {
    let b = line.as_bytes();
    if at > 0 && !matches!(b[at - 1], b' ' | b'\t' | b'(' | b'"' | b'|') {
        return None;
    }
    let rest = b[at..].strip_prefix(b"[")?;
    let digits = rest.iter().take(5).take_while(|b| b.is_ascii_digit()).count();
    if !(1..=4).contains(&digits) || rest.get(digits) != Some(&b']') {
        return None;
    }
    // after the `]`, an ASCII byte: a char boundary
    let next = line[at + digits + 2..].chars().next()?;
    (next.is_alphanumeric() || matches!(next, '"' | '“' | '„' | '«')).then_some(digits + 2)
}

/// How a web address opens: a markdown link's target, or an address in
/// angle brackets.
const WEB_ADDRESS_STARTS: [&[u8]; 4] = [b"https://", b"http://", b"www.", b"mailto:"];

/// The length of the one of `starts` that `rest` opens with (any case),
/// with more after it.
fn opens_with(rest: &[u8], starts: &[&[u8]]) -> Option<usize> {
    starts.iter().find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p)).map(|p| p.len())
}

/// The length of the target of a markdown link or image at the start of
/// `s`, brackets included: `(https://…)`, `(www.…)`, `(/path)`, `(#anchor)`,
/// `(mailto:…)`, up to the first `)`, with no space or bracket before it.
/// Scrapers that write markdown put one after each link's text
/// (`[text](https://…)`); the page showed the text only.
///
/// The search stops at the first bracket, so the stretches searched after
/// each `](` of a line never overlap: linear, whatever the line.
pub(crate) fn link_target_len(s: &[u8]) -> Option<usize> {
    let rest = s.strip_prefix(b"(")?;
    opens_with(rest, &WEB_ADDRESS_STARTS).or_else(|| opens_with(rest, &[b"/", b"#"]))?;
    let end = rest.iter().position(|&b| matches!(b, b')' | b'(' | b'[' | b']') || b.is_ascii_whitespace())?;
    (rest[end] == b')').then_some(end + 2)
}

/// The length of the HTML tag at the start of `s`, if one starts there:
/// `<`, an optional `/`, the name of an element of HTML's text (`p`, `a`,
/// `div`, `br`, `span`, `strong`, `li`, `img`…, any case), then `>`, `/>`,
/// or a space and its attributes (one `=` at least) up to the first `>`,
/// with no `<` or line end before it. Scrapers that keep a page's markup
/// give text with tags left in it (`<p>Text</p>`); the page showed the
/// text only. Other words in angle brackets ("<The Palace>", "<your code
/// here>") are no tags.
///
/// The search stops at the first `<` or `>`, so the stretches searched
/// after each `<` of a line never overlap: linear, whatever the line.
pub(crate) fn tag_len(s: &[u8]) -> Option<usize> {
    if let Some(n) = autolink_len(s) {
        return Some(n);
    }
    let rest = s.strip_prefix(b"<")?;
    let (lower, name) = tag_name(s)?;
    TAG_NAMES.binary_search(&&lower[..name]).ok()?;
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let after = &rest[name..];
    let spaces = after.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    let end = match &after[spaces..] {
        [b'>', ..] => spaces,
        [b'/', b'>', ..] => spaces + 1,
        // attributes: `name="value"`, one at least ("<b and c>" is none);
        // a `>` inside quotes is the value's, a `<` or a line end is no tag's
        _ if spaces > 0 => {
            let mut quote = None;
            let end = after.iter().position(|&b| match b {
                b'<' | b'\n' | b'\r' => true,
                b'"' | b'\'' if quote.is_none() => {
                    quote = Some(b);
                    false
                }
                _ if quote == Some(b) => {
                    quote = None;
                    false
                }
                b'>' => quote.is_none(),
                _ => false,
            })?;
            (after[end] == b'>' && after[..end].contains(&b'=')).then_some(end)?
        }
        _ => return None,
    };
    Some(s.len() - after.len() + end + 1)
}

/// The length of a web address in angle brackets at the start of `s`, if
/// one starts there: `<https://…>`, `<http://…>`, `<www.…>` or
/// `<mailto:…>`, up to the first `>`, with no space or `<` before it. Mail
/// programs write a link so in a message's plain text (`Read more
/// <https://…>`), as markdown's autolinks are; the page showed the link's
/// text only. Read as a tag that breaks the text (its name is none of an
/// element inside a line): one space, with the spaces around it.
///
/// The search stops at the first `<`, `>` or space: linear, as for tags.
fn autolink_len(s: &[u8]) -> Option<usize> {
    let rest = s.strip_prefix(b"<")?;
    let scheme = opens_with(rest, &WEB_ADDRESS_STARTS)?;
    let end = rest.iter().position(|&b| matches!(b, b'>' | b'<') || b.is_ascii_whitespace())?;
    (rest[end] == b'>' && end > scheme).then_some(end + 2)
}

/// Whether the tag at the start of `s` (see [`tag_len`]) is one of an
/// element that breaks the text (a paragraph, a line break, a cell), not
/// one inside a line (a link, emphasis, a span): the page shows a space
/// or a new line where it stands.
fn tag_breaks(s: &[u8]) -> bool {
    tag_name(s).map_or(true, |(lower, name)| INLINE_TAG_NAMES.binary_search(&&lower[..name]).is_err())
}

/// The name of the tag that may start `s` (after its `<` and any `/`), in
/// lowercase, and its length: 1 to `TAG_NAME_MAX` ASCII letters and digits.
fn tag_name(s: &[u8]) -> Option<([u8; TAG_NAME_MAX], usize)> {
    let rest = s.strip_prefix(b"<").unwrap_or(s);
    let rest = rest.strip_prefix(b"/").unwrap_or(rest);
    let name = rest.iter().take(TAG_NAME_MAX + 1).take_while(|b| b.is_ascii_alphanumeric()).count();
    if name == 0 || name > TAG_NAME_MAX {
        return None;
    }
    let mut lower = [0u8; TAG_NAME_MAX];
    for (l, b) in lower.iter_mut().zip(&rest[..name]) {
        *l = b.to_ascii_lowercase();
    }
    Some((lower, name))
}

/// The elements of `TAG_NAMES` that stand inside a line, sorted.
static INLINE_TAG_NAMES: [&[u8]; 22] = [
    b"a", b"abbr", b"b", b"cite", b"code", b"del", b"em", b"font", b"i", b"ins", b"label", b"mark", b"q", b"s", b"small",
    b"span", b"strike", b"strong", b"sub", b"sup", b"time", b"u",
];

/// Whether `line` holds an HTML tag (see [`tag_len`]).
fn holds_tag(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b'<', b).any(|at| tag_len(&b[at..]).is_some())
}

/// The text inside the markers of a line set in bold or italics as a whole,
/// as markdown writes it ("**2 days ago**", "_Photo: Reuters_"); the line
/// itself when it is not.
#[inline(always)]
pub(crate) fn without_emphasis(line: &str) -> &str {
    // (most lines open with neither marker: told inline)
    if matches!(line.as_bytes().first(), Some(b'*' | b'_')) {
        emphasized(line)
    } else {
        line
    }
}

#[inline(never)]
fn emphasized(mut line: &str) -> &str {
    // (twice: bold and italics, "***Title***", "**_Title_**")
    for _ in 0..2 {
        let pair = ["**", "__", "*", "_"].into_iter().find_map(|marker| {
            let inner = line.strip_prefix(marker)?.strip_suffix(marker)?;
            // (one pair around the whole line: "*Ab Montag* … *Test*" is two)
            (!inner.is_empty() && !inner.contains(marker) && !inner.starts_with(char::is_whitespace) && !inner.ends_with(char::is_whitespace))
                .then_some(inner)
        });
        match pair {
            Some(inner) => line = inner,
            None => break,
        }
    }
    line
}

/// `line` without the tags that close it ("…end.</p></div>"), for the
/// test of its last char.
pub(crate) fn without_closing_tags(mut line: &str) -> &str {
    loop {
        let t = line.trim_end();
        let Some(at) = t.ends_with('>').then(|| t.rfind('<')).flatten() else {
            return t;
        };
        if tag_len(&t.as_bytes()[at..]) != Some(t.len() - at) {
            return t;
        }
        line = &t[..at];
    }
}

/// Longest name in `TAG_NAMES`.
const TAG_NAME_MAX: usize = 10;

/// The elements whose tags [`tag_len`] reads through, sorted: those that
/// hold or break a page's text.
static TAG_NAMES: [&[u8]; 76] = [
    b"a", b"abbr", b"article", b"aside", b"audio", b"b", b"blockquote", b"br", b"button", b"caption", b"center", b"cite",
    b"code", b"dd", b"del", b"details", b"div", b"dl", b"dt", b"em", b"figcaption", b"figure", b"font", b"footer", b"form",
    b"h1", b"h2", b"h3", b"h4", b"h5", b"h6", b"header", b"hr", b"i", b"iframe", b"img", b"input", b"ins", b"label", b"li",
    b"link", b"main", b"mark", b"meta", b"nav", b"noscript", b"ol", b"p", b"picture", b"pre", b"q", b"s", b"script",
    b"section", b"small", b"source", b"span", b"strike", b"strong", b"style", b"sub", b"summary", b"sup", b"svg", b"table",
    b"tbody", b"td", b"tfoot", b"th", b"thead", b"time", b"tr", b"u", b"ul", b"video", b"wbr",
];

/// Invisible chars that text copied from a page keeps inside words: the soft
/// hyphen of hyphenated text ("Stein\u{AD}ar\u{AD}te\u{AD}fakte"), the zero
/// width space and word joiner of break hints, direction marks and the byte
/// order mark. Words and phrases are read as if they were not there.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{AD}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

#[inline]
fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | '॥' | '۔' | '։')
}

/// The last char of a trimmed `line` before its closing quotes and brackets.
pub(crate) fn last_before_closing(line: &str) -> Option<char> {
    line.trim_end_matches(is_closing).chars().next_back()
}

/// Whether `line` ends like a sentence, closing quotes and brackets aside,
/// as [`Features::terminal`] says of a measured line.
pub(crate) fn ends_like_sentence(line: &str) -> bool {
    last_before_closing(line.trim_end()).is_some_and(is_sentence_end)
}

/// Punctuation that may stand between a sentence's end and the next one:
/// closing quotes and brackets, the quotes that also open (“, «), the `[`
/// that opens a markdown link, and the markers that close markdown's bold
/// or italics ("**This game will help you!**").
#[inline]
fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '[' | '」' | '』' | '“' | '*' | '_')
}

/// What [`normalize`] tells of the lowercased line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Lowered {
    /// The byte range left after trimming what is not a letter or a digit at
    /// both ends, and a count in brackets at the end ("Comments (12)").
    pub core: (usize, usize),
    /// Whether it holds a char of a script other than Latin (see
    /// [`crate::lexicon::is_other_script`]).
    pub other_script: bool,
}

/// Lowercases `line` into `buf`, with every space beyond ASCII (no-break,
/// narrow, thin…) a plain one.
pub(crate) fn normalize(line: &str, buf: &mut String) -> Lowered {
    use crate::lexicon::is_other_script;
    buf.clear();
    let mut other_script = false;
    // Runs of ASCII are copied as they are and lowercased at the end, with the
    // rest: no lowercase of a char holds an uppercase ASCII letter.
    let mut rest = line;
    if line.is_ascii() {
        buf.push_str(line);
        rest = "";
    }
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        buf.push_str(&rest[..ascii]);
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            match char_table().get(c as usize) {
                // a no-break or other Unicode space stands for a space: phrases
                // are written with spaces ("Leave a\u{a0}Reply")
                _ if c.is_whitespace() => buf.push(' '),
                Some(&e) => {
                    let lc = char::from_u32(e & 0xFF_FFFF).unwrap_or(c);
                    other_script |= is_other_script(lc);
                    buf.push(lc);
                }
                _ => {
                    for lc in c.to_lowercase() {
                        other_script |= is_other_script(lc);
                        buf.push(lc);
                    }
                }
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    buf.make_ascii_lowercase();
    Lowered { core: core_of(buf), other_script }
}

/// The byte range of `s` left after trimming what is not a letter or a
/// digit at both ends, an ordered list's number at the start ("1. Home"),
/// and a count in brackets at the end ("Comments (12)").
/// The same in a line as in its lowercase, when the line is ASCII.
pub(crate) fn core_of(s: &str) -> (usize, usize) {
    let mut start = s.len() - s.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    // an ordered list's number, as markdown writes a list of links ("1. Home")
    let marker = ordered_marker_len(&s[start..]);
    if marker > 0 {
        let rest = &s[start + marker..];
        start += marker + rest.len() - rest.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    }
    let mut end = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
    // a trailing count: "(12)", "[3]", " 12"
    let t = &s[..end];
    let no_digits = t.trim_end_matches(|c: char| c.is_ascii_digit());
    if no_digits.len() < t.len() && (no_digits.ends_with('(') || no_digits.ends_with('[')) {
        let before = no_digits.trim_end_matches(|c: char| !c.is_alphanumeric());
        if before.len() > start {
            end = before.len();
        }
    }
    (start, end.max(start))
}

/// The length of the number that opens `s` as an ordered list's does: up
/// to three digits, a `.` or `)`, then a space or a tab ("1. Home",
/// "12) Sport"); 0 when there is none. ("12 Comments" opens with a count.)
pub(crate) fn ordered_marker_len(s: &str) -> usize {
    let b = s.as_bytes();
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    let marked = (1..=3).contains(&digits) && matches!(b.get(digits), Some(b'.' | b')')) && matches!(b.get(digits + 1), Some(b' ' | b'\t'));
    if marked {
        digits + 2
    } else {
        0
    }
}

/// Reusable buffers for [`measure`], and what it tells of the line it
/// measured last for the language vote.
#[derive(Default)]
pub(crate) struct Scratch {
    lower: String,
    word: String,
    /// With a voting stoplist (see [`crate::lang::voting`]): the languages
    /// of each word measured, appended line after line (the caller clears
    /// it). Words are read as the vote reads them; CJK ideographs and kana
    /// are none.
    pub masks: Vec<crate::lang::LangMask>,
    /// The last line's letters as the vote counts them (alphabetic chars),
    /// its kana, Han ideographs and Hangul.
    pub scripts: [u32; 4],
    /// The last line's bytes that show nothing: link targets, link numbers
    /// and HTML tags.
    pub skipped: usize,
}

/// The FNV-1a hash of no byte: a line's key and a topic word's hash start
/// here, and take each byte with [`fnv`].
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a's step: the hash `h` with byte `b` added.
#[inline(always)]
pub(crate) fn fnv(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
}

// What a char is, for the fast path of the measure: bits of its class in the
// table of `char_table`, computed from the Unicode predicates of the slow path.
pub(crate) const ALNUM: u8 = 1;
/// `char::is_numeric`.
pub(crate) const DIGIT: u8 = 2;
pub(crate) const SENTENCE_END: u8 = 4;
/// Closing punctuation or whitespace: what may follow a sentence end before the next sentence.
pub(crate) const CLOSING_OR_SPACE: u8 = 8;
pub(crate) const SEPARATOR: u8 = 16;
pub(crate) const UPPER: u8 = 0x20;
pub(crate) const ALPHABETIC: u8 = 0x40;

/// What an ASCII letter or digit adds to the counts of the tight loop over
/// runs of them: 1 for a digit in the low half, 1 for a capital in the high
/// one. A table: one load and one addition per byte, where tests of the
/// class bits compiled to a compare and a flag for each half.
static ASCII_COUNT: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            1
        } else if c.is_ascii_uppercase() {
            1 << 32
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The class bits of the ASCII chars, for the tight loop over runs of ASCII
/// letters and digits (equal to the char table's, a test checks), and 0 for
/// the bytes of multi-byte chars, so that a run stops at them on one test.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_uppercase() {
            ALNUM | UPPER | ALPHABETIC
        } else if c.is_ascii_lowercase() {
            ALNUM | ALPHABETIC
        } else if matches!(c, b'.' | b'!' | b'?') {
            SENTENCE_END
        } else if c == b'\t' {
            CLOSING_OR_SPACE | SEPARATOR
        } else if matches!(c, b'"' | b'\'' | b')' | b']' | b'[' | b'*' | b'_' | b' ' | b'\n' | 0x0b | 0x0c | b'\r') {
            CLOSING_OR_SPACE
        } else if c == b'|' {
            SEPARATOR
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Reads the run of ASCII letters and digits that starts at byte `i` of
/// `bytes` (none when another byte stands there): `f` gets each byte and its
/// lowercase. Returns where the run ends. The measure, the language vote
/// and the title's words read ASCII words through it, a table lookup and
/// one test a byte.
#[inline(always)]
pub(crate) fn ascii_run(bytes: &[u8], mut i: usize, mut f: impl FnMut(u8, u8)) -> usize {
    while let Some(&b) = bytes.get(i) {
        let class = ASCII_CLASS[usize::from(b)];
        if class & ALNUM == 0 {
            break;
        }
        f(b, b | (class & UPPER));
        i += 1;
    }
    i
}

/// Chars below this are looked up in the table of [`char_table`]: ASCII,
/// the alphabets of two-byte UTF-8 (Latin, Greek, Cyrillic, Hebrew,
/// Arabic…), the Indic scripts, and general punctuation (quotes, dashes).
pub(crate) const TABLE_END: usize = 0x2100;

/// Whether `c` is a list bullet drawn as text: a dot, dash or angle, or a
/// pictograph (an arrow, a shape, a dingbat, an emoji: "👉 Read more",
/// "→ Share", "✅ Free shipping").
fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '-' | '*' | '–' | '»' | '›' | '>' | '◦' | '‣')
        || matches!(c as u32, 0x2190..=0x21FF | 0x25A0..=0x27BF | 0x2B00..=0x2BFF | 0x1F300..=0x1FAFF)
}

/// Whether what follows a bullet opens with a space, past the emoji
/// selector (U+FE0F) that a pictograph drawn as an emoji has after it ("▶️").
fn space_after_bullet(rest: &[u8]) -> bool {
    let rest = rest.strip_prefix("\u{FE0F}".as_bytes()).unwrap_or(rest);
    rest.first() == Some(&b' ')
}

/// The length of the list marker and the tab after it that open `line`, as
/// a word processor copies a list ("•\tItem", "1.\tItem", "a)\tItem"); 0
/// when there is none. That tab splits no cells: the line is no table row.
pub(crate) fn marker_tab_len(line: &str) -> usize {
    let b = line.as_bytes();
    // (a loop over a few bytes: asked of every line, most with no tab there)
    let Some(tab) = b.iter().take(MARKER_MAX_BYTES + 1).position(|&c| c == b'\t') else {
        return 0;
    };
    let marker = &line[..tab];
    let mut chars = marker.chars();
    let is_marker = match (chars.next(), chars.next_back()) {
        (Some(c), None) => is_bullet(c),
        (Some(_), Some('.' | ')')) => {
            let inner = &marker[..marker.len() - 1];
            inner.bytes().all(|b| b.is_ascii_digit()) || inner.chars().count() == 1 && inner.chars().all(char::is_alphabetic)
        }
        _ => false,
    };
    if is_marker {
        tab + 1
    } else {
        0
    }
}

/// Most bytes of a list marker before its tab ("123." fits).
const MARKER_MAX_BYTES: usize = 4;

/// The class bits of `c`.
fn class_of(c: char) -> u8 {
    let mut class = 0;
    if c.is_alphanumeric() || is_word_mark(c) {
        class |= ALNUM;
    }
    if c.is_numeric() {
        class |= DIGIT;
    }
    if c.is_uppercase() {
        class |= UPPER;
    }
    if c.is_alphabetic() {
        class |= ALPHABETIC;
    }
    if is_sentence_end(c) {
        class |= SENTENCE_END;
    }
    if is_closing(c) || c.is_whitespace() {
        class |= CLOSING_OR_SPACE;
    }
    if matches!(c, '|' | '·' | '»' | '›' | '•' | '\t') {
        class |= SEPARATOR;
    }
    class
}

/// The marks of the scripts of South and Southeast Asia that Unicode does
/// not count as letters: viramas, nuktas, Thai and Lao tone marks; and the
/// zero-width non-joiner, which Persian and the Indic scripts write inside
/// words ("می‌شود"). They stand inside a word ("प्रधानमंत्री" is one word, not
/// four), so they are read as part of it. `scripts/gen_stoplists.py` counts
/// them in words too.
pub(crate) fn is_word_mark(c: char) -> bool {
    matches!(c as u32,
        0x200C | 0x093C | 0x094D | 0x0951..=0x0954 | 0x09BC | 0x09CD | 0x09FE | 0x0A3C | 0x0A4D | 0x0ABC | 0x0ACD
        | 0x0AFD..=0x0AFF | 0x0B3C | 0x0B4D | 0x0B55 | 0x0BCD | 0x0C3C | 0x0C4D | 0x0CBC | 0x0CCD
        | 0x0D3B | 0x0D3C | 0x0D4D | 0x0DCA | 0x0E47..=0x0E4C | 0x0E4E | 0x0EBA | 0x0EC8..=0x0ECC)
}

/// The class bits of any char: from the char table below `TABLE_END`, from
/// the Unicode predicates beyond it.
pub(crate) fn class(c: char) -> u8 {
    char_table().get(c as usize).map_or_else(|| class_of(c), |&e| (e >> 24) as u8)
}

/// Whether `c` is an uppercase letter, or a lowercase one (a letter of a
/// caseless script counts as lowercase), by the class bits of the measure's
/// char table (no case beyond it: CJK and other scripts without case). The
/// table, not the Unicode functions of the standard library, which would
/// grow the WebAssembly build.
pub(crate) fn is_upper(c: char) -> bool {
    class_bits(c) & UPPER != 0
}

pub(crate) fn is_lower(c: char) -> bool {
    class_bits(c) & (ALPHABETIC | UPPER) == ALPHABETIC
}

/// As [`class`], but 0 beyond the table: no Unicode predicate is reached
/// (nor compiled in) for the case tests above.
#[inline(never)]
fn class_bits(c: char) -> u8 {
    char_table().get(c as usize).map_or(0, |&e| (e >> 24) as u8)
}

static CHAR_TABLE: OnceLock<Box<[u32; TABLE_END]>> = OnceLock::new();

/// Whether the char table is built.
#[cfg(test)]
pub(crate) fn char_table_built() -> bool {
    CHAR_TABLE.get().is_some()
}

/// For each char below `TABLE_END`: its class bits (see `class_of`) in the
/// top byte, and the first char of its lowercase below. Built once per
/// process, so the Unicode tables are searched once per char, not once per use.
pub(crate) fn char_table() -> &'static [u32; TABLE_END] {
    CHAR_TABLE.get_or_init(|| {
        let mut t = Box::new([0u32; TABLE_END]);
        for (cp, e) in t.iter_mut().enumerate() {
            if let Some(c) = char::from_u32(cp as u32) {
                *e = u32::from(class_of(c)) << 24 | first_lowercase(c) as u32;
            }
        }
        t
    })
}

/// The word being read: its lowercase bytes packed (see [`crate::lang::pack`]),
/// how many there are, and where it starts in the line.
struct Word {
    lo: u64,
    hi: u64,
    len: u32,
    start: usize,
}

impl Word {
    /// Marks byte `at` of the line as the word's start, if it has none yet.
    #[inline(always)]
    fn starts_at(&mut self, at: usize) {
        if self.len == 0 {
            self.start = at;
        }
    }

    #[inline(always)]
    fn push(&mut self, b: u8) {
        crate::lang::pack(&mut self.lo, &mut self.hi, b);
        self.len += 1;
    }

    /// Ends the word, if one is being read, at byte `end` of `line`: counts it,
    /// and counts it as a stopword when it is one.
    #[inline(always)]
    fn end(&mut self, line: &str, end: usize, stop: &Stopwords, long: &mut String, masks: &mut Vec<crate::lang::LangMask>, f: &mut Features) {
        if self.len == 0 {
            return;
        }
        f.words += 1;
        let languages = if self.len <= PACKED_MAX {
            stop.table.packed(self.lo, self.hi)
        } else if self.len as usize <= stop.table.long_max {
            long.clear();
            let table = char_table();
            long.extend(line[self.start..end].chars().filter(|&c| !is_invisible(c)).map(|c| match table.get(c as usize) {
                Some(&e) => char::from_u32(e & 0xFF_FFFF).unwrap_or(c),
                None => first_lowercase(c),
            }));
            stop.table.get(long)
        } else {
            0
        };
        // (a 3-byte char ends the word: it may be a Hangul syllable)
        let korean = languages == 0 && line.as_bytes().get(end.wrapping_sub(3)).is_some_and(|&b| b & 0xF0 == 0xE0) && korean_particle_ends(line, self.start, end);
        let languages = if korean { crate::lang::KOREAN } else { languages };
        if stop.voting {
            masks.push(languages);
        }
        f.stopwords += u32::from(languages & stop.mask != 0);
        (self.lo, self.hi, self.len) = (0, 0, 0);
    }
}

/// Whether the Korean word `line[start..end]` ends in a particle or in a
/// statement's ending: the topic and object particles "은", "는", "을",
/// "를", the place and direction particles "에", "에서", "에게", "으로",
/// "까지", "부터", "and" ("와", "과"), and "다", which ends a statement.
/// Korean writes them joined to the word before them, and the stoplist, a
/// list of whole words, misses them: Korean prose read 6–21% stopwords
/// against it. Such a word counts as a stopword of Korean. (The subject
/// particles "이" and "가", "의", "도" and "로" are left out: they also end
/// common nouns, "국가", "회의", "정도", "도로"; "과" ends a few, "결과".)
#[inline(never)]
fn korean_particle_ends(line: &str, start: usize, end: usize) -> bool {
    let mut chars = line.get(start..end).unwrap_or("").chars().rev();
    let (last, before) = (chars.next(), chars.next());
    matches!(last, Some('은' | '는' | '을' | '를' | '에' | '와' | '과' | '다'))
        || matches!((before, last), (Some('에'), Some('서' | '게')) | (Some('으'), Some('로')) | (Some('까'), Some('지')) | (Some('부'), Some('터')))
}

/// The first char of the lowercase of `c`: what words are made of.
#[inline]
pub(crate) fn first_lowercase(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// A letter or digit follows: it ends the pending sentence, and the first one
/// says whether the line starts with a capital or a digit.
#[inline(always)]
fn word_starts(class: u8, last_sentence_end: &mut bool, first_word_seen: &mut bool, f: &mut Features) {
    if *last_sentence_end {
        f.sentences += 1;
        *last_sentence_end = false;
    }
    if !*first_word_seen {
        *first_word_seen = true;
        f.capital_start = class & (UPPER | DIGIT) != 0;
    }
}

/// What a char between words (of class `class`) tells: a sentence end opens
/// the way to the next sentence, any other char but closing punctuation and
/// space closes it; a menu separator is counted.
#[inline(always)]
fn between_words(class: u8, last_sentence_end: &mut bool, f: &mut Features) {
    if class & SENTENCE_END != 0 {
        *last_sentence_end = true;
    } else if class & CLOSING_OR_SPACE == 0 {
        *last_sentence_end = false;
    }
    f.separators += u32::from(class & SEPARATOR != 0);
}

/// Measures one trimmed, non-empty line.
///
/// One pass over the line. Runs of ASCII letters and digits take a tight
/// loop, other chars below `TABLE_END` one lookup in the char table, and only
/// the rest (CJK among them) the Unicode predicates. Words are never copied:
/// each is looked up in the stoplist packed into two integers.
// Not inlined into the caller: WebAssembly engines compile a function better
// once it has run often (and only for its next calls), and a function called
// for every line gets there within the first text.
#[inline(never)]
pub(crate) fn measure(line: &str, stop: Stopwords, scratch: &mut Scratch) -> Features {
    // A setext heading ("Title\n=====", joined by `segment::join_setext`) is
    // measured without its underline, as a markdown heading.
    if let Some((heading, level)) = setext_heading(line) {
        let mut f = measure_shown(heading, stop, scratch);
        f.md_heading = level;
        scratch.skipped += line.len() - heading.len();
        return f;
    }
    measure_shown(line, stop, scratch)
}

/// [`measure`] of a line with no setext underline.
fn measure_shown(line: &str, stop: Stopwords, scratch: &mut Scratch) -> Features {
    // A line with HTML tags is measured as it shows (a copy; such lines are
    // rare but in text that kept its markup): words, sentences and its end
    // as the page showed them.
    if holds_tag(line) {
        let shown = visible(line);
        let mut f = measure_line(&shown, stop, scratch);
        f.hidden = true;
        // (a line of tags and no word: markup)
        f.markup |= f.words == 0;
        scratch.skipped = line.len().saturating_sub(shown.len());
        return f;
    }
    measure_line(line, stop, scratch)
}

/// Whether the bytes `b` are the underline of a setext heading: three or more `=`
/// (a first-level heading) or `-` (a second-level one), and nothing else.
#[inline]
pub(crate) fn is_setext_underline(b: &[u8]) -> bool {
    b.len() >= 3 && matches!(b[0], b'=' | b'-') && b.iter().all(|&c| c == b[0])
}

/// The heading of a block that ends with a setext underline, and its level.
#[inline(always)]
pub(crate) fn setext_heading(block: &str) -> Option<(&str, u8)> {
    // (most lines end with neither char: told inline)
    if matches!(block.as_bytes().last(), Some(b'=' | b'-')) {
        underlined(block)
    } else {
        None
    }
}

/// A block without the setext underline it may end with (see
/// [`setext_heading`]): the heading as it shows.
#[inline(always)]
pub(crate) fn without_underline(block: &str) -> &str {
    setext_heading(block).map_or(block, |(heading, _)| heading)
}

#[inline(never)]
fn underlined(block: &str) -> Option<(&str, u8)> {
    // read from the end: the underline's chars, the spaces before them and
    // one line end of any kind (`\n`, `\r`, U+2028…), so that the cost is
    // the underline's whatever the block
    let b = block.as_bytes();
    let c = *b.last()?;
    let run = b.iter().rev().take_while(|&&x| x == c).count();
    let rest = block[..b.len() - run].trim_end_matches([' ', '\t']);
    let end = rest.chars().next_back().filter(|&e| crate::segment::is_line_end(e))?;
    (run >= 3).then(|| (rest[..rest.len() - end.len_utf8()].trim_end(), if c == b'=' { 1 } else { 2 }))
}

/// [`measure`] of a line with no HTML tag.
#[inline(never)]
fn measure_line(line: &str, stop: Stopwords, scratch: &mut Scratch) -> Features {
    let mut f = Features::default();
    let mut key = FNV_OFFSET;
    let mut word = Word { lo: 0, hi: 0, len: 0, start: 0 };
    let (long, masks) = (&mut scratch.word, &mut scratch.masks);
    // what the language vote counts: letters, kana, Han, Hangul; and the
    // bytes skipped as showing nothing
    let (mut letters, mut kana, mut han, mut hangul, mut skipped) = (0u32, 0u32, 0u32, 0u32, 0usize);
    let mut last_sentence_end = false;
    let mut first_word_seen = false;
    let mut chars = 0u32;
    let mut cjk = 0u32;
    // Whether the line's lowercase differs from it in ASCII letters only (no
    // other char changes, no space beyond ASCII), so that the lexicon can
    // search the line as it is; and whether it holds a char of another
    // script than Latin.
    let (mut as_is, mut other_script) = (true, false);
    let table = char_table();
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            let class = (table[usize::from(b)] >> 24) as u8;
            if class & ALNUM != 0 {
                word_starts(class, &mut last_sentence_end, &mut first_word_seen, &mut f);
                // the run of ASCII letters and digits
                // digits in the low half of `counts`, capitals in the high one
                let (mut counts, start) = (0u64, i);
                word.starts_at(i);
                i = ascii_run(bytes, i, |b, lb| {
                    counts += ASCII_COUNT[usize::from(b)];
                    key = fnv(key, lb);
                    crate::lang::pack(&mut word.lo, &mut word.hi, lb);
                });
                let run = (i - start) as u32;
                let (digits, upper) = (counts as u32, (counts >> 32) as u32);
                word.len += run;
                chars += run;
                f.digits += digits;
                f.letters += run - digits;
                letters += run - digits;
                f.upper += upper;
                continue;
            }
            if b == b'(' && i > 0 && bytes[i - 1] == b']' {
                if let Some(n) = link_target_len(&bytes[i..]) {
                    // nor do the link text's brackets
                    f.hidden = true;
                    chars = chars.saturating_sub(2);
                    (i, skipped) = (i + n, skipped + n);
                    continue;
                }
            }
            if b == b'[' {
                if let Some(n) = link_number_len(line, i) {
                    f.hidden = true;
                    (i, skipped) = (i + n, skipped + n);
                    continue;
                }
            }
            chars += 1;
            i += 1;
            word.end(line, i - 1, &stop, long, masks, &mut f);
            // the `!` of a markdown image (`![alt](…)`) ends no sentence
            if !(b == b'!' && bytes.get(i) == Some(&b'[')) {
                between_words(class, &mut last_sentence_end, &mut f);
            }
            // a breadcrumb's "Home / News" or "Home > News": a separator
            // when it stands between spaces
            if class == 0 && (b == b'/' || b == b'>') && i >= 2 && bytes[i - 2] == b' ' && bytes.get(i) == Some(&b' ') {
                f.separators += 1;
            }
            continue;
        }
        let c = line[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
        let at = i;
        i += c.len_utf8();
        if is_invisible(c) {
            f.hidden = true;
            continue;
        }
        chars += 1;
        other_script |= crate::lexicon::is_other_script(c);
        f.copyright |= c == '©';
        if let Some(&e) = table.get(c as usize) {
            let class = (e >> 24) as u8;
            as_is &= e & 0x00FF_FFFF == c as u32 && (class & CLOSING_OR_SPACE == 0 || !c.is_whitespace());
            if class & ALPHABETIC != 0 {
                letters += 1;
                hangul += u32::from(matches!(c as u32, 0x1100..=0x11FF));
            }
            if class & ALNUM != 0 {
                word_starts(class, &mut last_sentence_end, &mut first_word_seen, &mut f);
                if class & DIGIT != 0 {
                    f.digits += 1;
                } else {
                    f.letters += 1;
                    f.upper += u32::from(class & UPPER != 0);
                }
                let mut b = [0u8; 4];
                let lc = char::from_u32(e & 0x00FF_FFFF).unwrap_or(c);
                word.starts_at(at);
                for &byte in lc.encode_utf8(&mut b).as_bytes() {
                    key = fnv(key, byte);
                    word.push(byte);
                }
            } else {
                word.end(line, at, &stop, long, masks, &mut f);
                between_words(class, &mut last_sentence_end, &mut f);
            }
            continue;
        }
        // Beyond the table (CJK among others): the Unicode predicates themselves.
        if c.is_alphanumeric() {
            if last_sentence_end {
                f.sentences += 1;
                last_sentence_end = false;
            }
            if !first_word_seen {
                first_word_seen = true;
                f.capital_start = c.is_uppercase() || c.is_numeric() || is_cjk(c);
            }
            let numeric = c.is_numeric();
            if numeric {
                f.digits += 1;
            } else {
                f.letters += 1;
                if c.is_uppercase() {
                    f.upper += 1;
                }
            }
            // (a numeric char may be a letter too: "Ⅻ", "〇")
            if !numeric || c.is_alphabetic() {
                letters += 1;
                match c as u32 {
                    0x3040..=0x30FF => kana += 1,
                    0xAC00..=0xD7AF | 0x1100..=0x11FF => hangul += 1,
                    0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => han += 1,
                    _ => {}
                }
            }
            let lc = first_lowercase(c);
            as_is &= lc == c;
            let mut b = [0u8; 4];
            let lc_bytes = lc.encode_utf8(&mut b).as_bytes();
            for &byte in lc_bytes {
                key = fnv(key, byte);
            }
            if is_cjk(c) {
                cjk += 1;
                word.end(line, at, &stop, long, masks, &mut f);
                if stop.per_char {
                    word.starts_at(at);
                    for &byte in lc_bytes {
                        word.push(byte);
                    }
                    word.end(line, i, &stop, long, masks, &mut f);
                } else {
                    f.words += 1;
                }
            } else {
                word.starts_at(at);
                for &byte in lc_bytes {
                    word.push(byte);
                }
            }
        } else {
            as_is &= !c.is_whitespace() && !c.is_uppercase();
            word.end(line, at, &stop, long, masks, &mut f);
            if is_sentence_end(c) {
                last_sentence_end = true;
            } else if !is_closing(c) && !c.is_whitespace() {
                last_sentence_end = false;
            }
            match c {
                '·' | '»' | '›' | '•' => f.separators += 1,
                _ => {}
            }
        }
    }
    // (the last word, if the line ends in it: a stopword in small letters)
    let (open, stops) = (word.len > 0 && line[word.start..].starts_with(is_lower), f.stopwords);
    word.end(line, line.len(), &stop, long, masks, &mut f);
    // (voting, whether the line ends in a small letter's word: the language
    // will tell whether it is a stopword)
    f.stop_end = open && (stop.voting || f.stopwords > stops);
    (scratch.scripts, scratch.skipped) = ([letters, kana, han, hangul], skipped);
    if last_sentence_end {
        f.sentences += 1;
    }
    f.len = chars + 2 * cjk + hangul;
    f.key = key;
    // the rest reads the line as it shows (a copy, for the rare lines that
    // hold hidden text)
    let shown;
    let line = if f.hidden {
        shown = visible(line);
        shown.as_str()
    } else {
        line
    };
    let last = last_before_closing(line);
    f.terminal = last.is_some_and(is_sentence_end);
    f.question = matches!(last, Some('?' | '？' | '؟'));
    let unmarked = line.trim_end_matches(['*', '_']);
    f.colon_end = unmarked.ends_with(':') || unmarked.ends_with('：');
    let first = line.chars().next().unwrap_or(' ');
    // (a tab counts as a separator: a line without one has no tab)
    let marker_tab = if f.separators > 0 { marker_tab_len(line) } else { 0 };
    // (`first` is the line's first char when it has one; for an empty line
    // it is a space, which is no bullet, so the slice is never taken past
    // the end. Read with `get`, the measure ran 9 million instructions more
    // over the corpus: the optimizer laid the loop out otherwise.)
    f.bullet = is_bullet(first) && (space_after_bullet(&line.as_bytes()[first.len_utf8()..]) || marker_tab > 0);
    // a bullet before the line's first item separates nothing, nor does
    // the tab after a list marker
    if f.bullet && first == '•' {
        f.separators = f.separators.saturating_sub(1);
    }
    if marker_tab > 0 {
        f.separators = f.separators.saturating_sub(1);
    }
    if first == '#' {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        if hashes <= 6 && line.as_bytes().get(hashes) == Some(&b' ') {
            f.md_heading = hashes as u8;
        }
    }
    f.link_list = is_link_list_line(line);
    f.markup = f.link_list || looks_like_markup(line);
    // (a line with hidden text is searched as it shows, a copy)
    let as_is = (as_is && !f.hidden).then_some(other_script);
    f.hit = if f.len <= LEXICON_FULL_SCAN_MAX_LEN {
        Lexicon::get().find_in_line(line, &mut scratch.lower, false, as_is)
    } else {
        // Only an `Anywhere` phrase near the start can mark a line this long:
        // scan its lead-in alone. Its end is out of reach, so no `Whole` phrase matches.
        let mut cut = LEAD_IN_SCAN_BYTES.min(line.len());
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        Lexicon::get().find_in_line(&line[..cut], &mut scratch.lower, true, as_is).filter(|h| h.place == crate::lexicon::Place::Anywhere)
    };
    f.hit = f.hit.filter(|h| !opens_heading(h, line));
    f
}

/// Whether the lexicon's hit `h` in `line` is a byline's phrase that is a
/// word of its language ("by ", "von ", "av ") before a stopword of any
/// language in small letters: a heading or a sentence goes on ("By the
/// numbers", "Von der Planung bis zur Eröffnung", "Av de tre
/// kandidaterna"), where a byline names someone ("By Jane Doe", "von dpa",
/// "by staff writers" aside). The measure drops such a hit.
fn opens_heading(h: &crate::lexicon::Hit, line: &str) -> bool {
    h.label == crate::label::Label::Byline && h.phrase.ends_with(' ') && opens_with_stopword(crate::segment::after_prefix(line, h.phrase))
}

/// Whether `text` opens with a stopword of any language in small letters.
/// (Not in a script without case, Arabic or Hebrew: no letter of it is a
/// small one, and its stoplists, drawn from word counts, hold names that
/// follow a byline's phrase: "بقلم أحمد …".)
fn opens_with_stopword(text: &str) -> bool {
    // (a word of small letters only: a stopword has no capital inside)
    let word = text.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.starts_with(char::is_lowercase) && !word.contains(is_upper) && crate::lang::voting().contains(word)
}

/// Counts the stopwords of `stop` in a line measured with the voting
/// stoplist (see [`crate::lang::voting`]), whose words are of the languages
/// of `masks`: what [`measure`] with `stop` counts, for a stoplist that
/// reads words as the voting one does (not per character).
pub(crate) fn voted_stopwords(f: &mut Features, masks: &[crate::lang::LangMask], stop: Stopwords) {
    f.stopwords = masks.iter().filter(|&&m| m & stop.mask != 0).count() as u32;
    f.stop_end &= masks.last().is_some_and(|&m| m & stop.mask != 0);
}

/// Lines up to this length are searched whole for lexicon phrases. Longer
/// ones are past every phrase's length limit in `Params` but the lead-in one.
pub(crate) const LEXICON_FULL_SCAN_MAX_LEN: u32 = 400;
/// Bytes of a long line searched for a phrase in its lead-in.
const LEAD_IN_SCAN_BYTES: usize = 128;

/// Code, markup, data and bare URLs: things prose does not look like.
/// Every line is searched for `{`: with `memchr`, which has SIMD code for
/// WebAssembly too (the standard library's search goes a word at a time there).
/// Out of line: inlined into `measure_line` with `is_json`, it cost the
/// measure's loop 3.7% more instructions over the corpus (callgrind).
#[inline(never)]
fn looks_like_markup(line: &str) -> bool {
    let b = line.as_bytes();
    is_url(b)
        || memchr::memchr(b'{', b).is_some() && line.contains('}') && (line.contains(';') || line.contains("function") || is_json(b))
        || b.starts_with(b"<") && line.ends_with('>')
        || is_json_line(b)
}

/// Whether `b` is a member of JSON written over many lines, a key to a
/// line (pretty-printed structured data, which a scraper's `textContent`
/// copies with the text): a quoted key of letters, digits and `@ _ - $ .`
/// right before a colon, then a value that opens as a string, a number
/// or an object or array does (`"`, a digit, `-`, `{`, `[`), the line
/// ending with `"`, `,`, `{` or `[` (`"headline":
/// "…",`, `"id": 4411,`, `"author": {`, `"keywords": [`). A heading or a
/// paragraph that quotes a word before its colon goes on in words
/// (`"Mangelhaft": Der Nachfolger`, `"Unacceptable": that is how…`). The
/// brackets on lines of their own have no words, and go as short lines
/// among the data; `true`, `false` and `null` values are not told.
#[inline(never)]
fn is_json_line(b: &[u8]) -> bool {
    let key = |c: &u8| c.is_ascii_alphanumeric() || b"@_-$.".contains(c);
    b.first() == Some(&b'"')
        && b[1..].iter().position(|c| !key(c)).is_some_and(|k| {
            k > 0 && b[k + 1..].starts_with(b"\":") && b[k + 3..].iter().find(|&&c| c != b' ').is_some_and(|c| b"\"{[-0123456789".contains(c))
        })
        && b.last().is_some_and(|c| b"\",{[".contains(c))
}

/// Whether `b`, which holds a `{` and a `}`, is JSON or holds a JSON
/// object: it opens as an object (`{"`, or `{}`) or an array (`[{`, `[[`)
/// and closes with `}` or `]`, a `;` after it aside (`{"@context": …}`, the
/// structured data a page's scripts carry, which a scraper's `textContent`
/// copies with the text), or it holds `":` three times anywhere
/// (`window.__STATE__ = {"id": 1, "title": "…", …}`). Prose quotes a word
/// and sets a colon after it now and then, not three times in a line with
/// braces. (JSON written over many lines, a key to a line, is not told.)
fn is_json(b: &[u8]) -> bool {
    let mut shown = b.iter().copied().filter(|c| !c.is_ascii_whitespace());
    let opens = matches!((shown.next(), shown.next()), (Some(b'{'), Some(b'"' | b'}')) | (Some(b'['), Some(b'{' | b'[')));
    let closes = matches!(b.iter().rev().find(|&&c| !c.is_ascii_whitespace() && c != b';'), Some(b'}' | b']'));
    (opens && closes) || memchr::memmem::find_iter(b, b"\":").take(3).count() == 3
}

/// Whether `b` is a URL alone.
fn is_url(b: &[u8]) -> bool {
    (b.starts_with(b"http://") || b.starts_with(b"https://") || b.starts_with(b"www.")) && memchr::memchr(b' ', b).is_none()
}

/// Whether `line` is a line of a list of links: a label, then a space and a
/// URL alone. The label: "12." (the list of its links a text browser prints
/// under the page), "[12]", "[12]:" or "[home]:" (markdown's reference
/// definitions).
fn is_link_list_line(line: &str) -> bool {
    let b = line.as_bytes();
    // (most lines open otherwise: no search for their first space)
    if !matches!(b.first(), Some(b'0'..=b'9' | b'[')) {
        return false;
    }
    let Some(space) = memchr::memchr(b' ', b) else {
        return false;
    };
    let label = &b[..space];
    let numbered = label.len() > 1 && label.ends_with(b".") && label[..label.len() - 1].iter().all(u8::is_ascii_digit);
    let bracketed = label.starts_with(b"[") && (label.ends_with(b"]") || label.ends_with(b"]:"));
    (numbered || bracketed) && is_url(&b[space + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::parse_hint;

    fn m(line: &str) -> Features {
        measured_in("en", line)
    }

    /// `line` measured with the stoplist of language `code`.
    fn measured_in(code: &str, line: &str) -> Features {
        measure(line, parse_hint(code).unwrap().stopwords(), &mut Scratch::default())
    }

    /// A text browser's numbered links and markdown's reference definitions
    /// are lines of a list of links; a bare URL or one inside a sentence is not.
    #[test]
    fn a_label_then_a_url_is_a_line_of_a_list_of_links() {
        for line in ["12. https://www.example.com/news/", "[3]: https://example.com/a?b=c", "[3] www.example.com", "[home]: http://example.com/"] {
            let f = m(line);
            assert!(f.link_list && f.markup, "{line}");
        }
        for line in ["https://www.example.com/news/", "12. Visit https://www.example.com/ today", "1. Home", "[12]Home", "2019. The year https://x.org"] {
            assert!(!m(line).link_list, "{line}");
        }
        assert!(m("https://www.example.com/news/").markup);
    }

    /// JSON, and a script that sets a JSON object, is code; prose with
    /// braces, quotes and colons is not.
    #[test]
    fn json_is_markup() {
        assert_markup(
            &[
                "{\"@context\": \"https://schema.org\", \"headline\": \"The council met on Monday and voted for the path\"}",
                " [{\"id\": 1}, {\"id\": 2}] ",
                "{ \"a\": [1, 2] };",
                "{}",
                "window.__STATE__ = {\"id\": 4411, \"title\": \"The path\", \"lead\": \"The council met on Monday.\"}",
            ],
            &[
                "The set {1, 2, 3} has three members, and the word \"set\": a collection.",
                "{Editor's note: this story was updated on Monday.}",
                "He wrote \"yes\": then \"no\": then {\"maybe\"} and left it there.",
                "[{The bracketed note}] was read out at the meeting.",
            ],
        );
    }

    /// JSON written a key to a line (pretty-printed structured data) is
    /// markup line by line; a heading or a sentence that opens with a quoted
    /// word and a colon is not.
    #[test]
    fn json_a_key_to_a_line_is_markup() {
        assert_markup(
            &[
                "\"@type\": \"NewsArticle\",",
                "\"articleBody\": \"The council met on Monday and voted for the path, which will open next year.\",",
                "\"id\": 4411,",
                "\"author\": {",
                "\"keywords\": [",
            ],
            &[
                "\"Mangelhaft\": Der Nachfolger fällt im Test durch",
                "\"Kasper-Liga\": 9 gegen 9 statt 11 gegen 11",
                "\"Yes\", she said: \"the path will open next year.\"",
                "\"Why?\": the question every reader asked",
                "\"Unacceptable\": that is how the minister put it, adding that the council \"will not get a penny.\"",
            ],
        );
    }

    /// Asserts that each line of `yes` is markup and no line of `no` is.
    fn assert_markup(yes: &[&str], no: &[&str]) {
        for line in yes {
            assert!(m(line).markup, "{line}");
        }
        for line in no {
            assert!(!m(line).markup, "{line}");
        }
    }

    #[test]
    fn lines_end_like_sentences_in_their_scripts_and_inside_quotes() {
        for line in ["Er kam.", "He said: “Come.”", "वह घर गया।", "وہ گھر گیا۔", "Նա եկավ։", "彼は来た。」", "Why? ", "Fin…)"] {
            assert!(ends_like_sentence(line), "{line}");
            assert!(m(line.trim_end()).terminal, "{line}");
        }
        for line in ["Home", "Read more »", "Strict Standards: on line 61", "...and more ->"] {
            assert!(!ends_like_sentence(line), "{line}");
        }
    }

    /// A slash or angle bracket separates a breadcrumb's items only with a
    /// space on each side: "km/h", "and/or" and a quote's "> " are no
    /// separators.
    #[test]
    fn spaced_slashes_and_angle_brackets_are_separators() {
        assert_eq!(m("Home / News / World").separators, 2);
        assert_eq!(m("Home > News > World > Europe").separators, 3);
        assert_eq!(m("Home | News » World").separators, 2);
        assert_eq!(m("He drove at 50 km/h and/or faster, 3/4 of the way.").separators, 0);
        assert_eq!(m("> a quoted line, x > y").separators, 1);
        assert_eq!(m("a/ b /c").separators, 0);
    }

    /// The lexicon's hit of a line, as `measure` finds it (searching the line
    /// as it is when its lowercase differs in ASCII letters only), is the
    /// hit of its lowercase copy: for every phrase in three cases (Unicode
    /// ones too), and for random lines of phrases and any chars.
    #[test]
    fn the_line_searched_as_it_is_gives_the_hit_of_its_lowercase() {
        use crate::lexicon::phrases;
        let check = |line: &str| {
            let mut buf = String::new();
            let lowered = normalize(line, &mut buf);
            let lex = Lexicon::get();
            let f = m(line);
            // a line with hidden text is searched as it shows
            // (but a byline's phrase that opens a heading: see `opens_heading`)
            let expected = if f.len <= LEXICON_FULL_SCAN_MAX_LEN && !f.hidden {
                lex.find(&buf, line, lowered).filter(|h| !opens_heading(h, line))
            } else {
                None // long lines: lead-ins, checked by the lexicon's own tests
            };
            if f.len <= LEXICON_FULL_SCAN_MAX_LEN && !f.hidden {
                assert_eq!(f.hit, expected, "{line:?}");
            }
            expected.is_some()
        };
        let mut found = 0;
        for (phrase, ..) in phrases() {
            let spaced = phrase.replace(' ', "\u{a0}");
            for line in [phrase.to_string(), phrase.to_uppercase(), spaced, format!("{} — «{phrase}» (3)", phrase.to_uppercase())] {
                found += usize::from(check(&line));
            }
        }
        assert!(found > 2000, "only {found} lines found");
        let piece = (0..phrases().len(), "\\PC{0,4}", 0..3u8);
        proptest::proptest!(|(pieces in proptest::collection::vec(piece, 0..6))| {
            let mut line = String::new();
            for (i, filler, case) in pieces {
                let phrase = phrases()[i].0;
                match case {
                    0 => line.push_str(phrase),
                    1 => line.push_str(&phrase.to_uppercase()),
                    _ => line.push_str(&phrase.to_ascii_uppercase()),
                }
                line.push_str(&filler);
            }
            check(&line);
        });
    }

    /// UTF-8 read as Windows-1252 is read again; text in Latin-1 letters
    /// as it should be, and lines with chars beyond Windows-1252, are not.
    #[test]
    fn utf8_read_as_windows_1252_is_read_again() {
        for (seen, meant) in [
            ("fÃ¼r die Stadt", "für die Stadt"),
            ("I donâ€™t know â€” really", "I don’t know — really"),
            ("Ã©tÃ© Ã\u{a0} Paris", "été à Paris"),
            ("Â© 2024", "© 2024"),
            ("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
            // with the no-break space the line's end had ("Â" and U+00A0)
            ("fÃ¼r die StadtÂ\u{a0}", "für die Stadt"),
            ("CafÃ© am Markt\t12 â‚¬ Â\u{a0}", "Café am Markt\t12 €"),
            ("23.10.2018Â\u{a0}", "23.10.2018"),
            ("la cittÃ\u{a0}", "la città"),
        ] {
            assert_eq!(unmojibaked(seen).as_deref(), Some(meant), "{seen:?}");
            let at = seen.find(['Ã', 'â', 'Â', 'Ð']).unwrap();
            assert!(mojibake_at(seen.as_bytes(), at), "{seen:?}");
        }
        for right in ["für die Stadt", "pâte à crêpes", "ESPAÑA", "Ærø", "plain ASCII", "Привет", "Ã alone", "VOILÂ", "pâte à la VOILÂ", "ESPAÑ", "voilà\u{a0}"] {
            assert_eq!(unmojibaked(right), None, "{right:?}");
        }
        // a legitimate "Ä" or "â" then a letter is no pair to look at
        for right in ["Äpfel", "pâte", "Ãgua"] {
            assert!(!mojibake_at(right.as_bytes(), 0), "{right:?}");
        }
    }

    /// A line read again is measured as the line read right: its words are
    /// stopwords of its language.
    #[test]
    fn a_line_read_again_has_its_stopwords() {
        let meant = "Die Stadt hat für die Brücke über den Fluss mehr Geld ausgegeben als geplant.";
        let seen: String = meant.bytes().map(char::from).collect();
        assert_ne!(measured_in("de", &seen).stopwords, measured_in("de", meant).stopwords);
        assert_eq!(measured_in("de", &unmojibaked(&seen).unwrap()), measured_in("de", meant));
    }

    /// A list marker and a tab open a list item as a word processor copies
    /// it: a bullet, and no separator; a tab elsewhere is a cell's end.
    #[test]
    fn a_tab_after_a_list_marker_splits_nothing() {
        for item in ["•\tHome", "●\tHome", "-\tHome", "1.\tHome", "12)\tHome", "a)\tHome"] {
            assert!(marker_tab_len(item) > 0, "{item:?}");
            assert_eq!(m(item).separators, 0, "{item:?}");
        }
        assert!(m("•\tHome").bullet && m("• Home").bullet && !m("1.\tHome").bullet);
        for row in ["Home\tNews", "Name\t12", "12345.\tcell", "ab)\tcell", "\tHome", "Home"] {
            assert_eq!(marker_tab_len(row), 0, "{row:?}");
        }
        assert_eq!(m("•\tHome\tNews").separators, 1);
    }

    /// Character references are decoded: numeric ones, and the names of the
    /// table; anything else is read as written.
    #[test]
    fn character_references_are_decoded() {
        for (seen, meant) in [
            ("don&#8217;t &amp; won&#x2019;t", "don’t & won’t"),
            ("Caf&eacute; f&uuml;r&nbsp;alle", "Café für\u{a0}alle"),
            ("&lt;b&gt; &quot;x&quot; &#39;y&#39;", "<b> \"x\" 'y'"),
        ] {
            assert_eq!(unescaped(seen).as_deref(), Some(meant), "{seen:?}");
        }
        for written in ["AT&T", "R&D; Q&A", "&#+12;", "&#-1;", "&#;", "&#0;", "&unknownname;", "&#x110000;", "a & b", "&"] {
            assert_eq!(unescaped(written), None, "{written:?}");
        }
        let (raw, meant) = ("It&#8217;s the end of the line.", "It’s the end of the line.");
        assert_ne!(m(raw).words, m(meant).words);
        assert_eq!(m(&unescaped(raw).unwrap()), m(meant));
    }

    #[test]
    fn counts_words_and_stopwords() {
        let f = m("The cat sat on the mat.");
        assert_eq!((f.words, f.stopwords), (6, 3));
        assert_eq!(f.density(), 500);
        assert!(f.terminal);
        assert_eq!(f.sentences, 1);
    }

    #[test]
    fn a_virama_is_inside_a_word() {
        // प्रधानमंत्री (prime minister) has three viramas; ने, की are stopwords
        let f = measured_in("hi", "प्रधानमंत्री ने घोषणा की");
        assert_eq!((f.words, f.stopwords), (4, 2));
        // so does a Bengali conjunct
        assert_eq!(measured_in("bn", "স্বাস্থ্য").words, 1);
    }

    #[test]
    fn counts_letters_digits_and_capitals() {
        let f = m("ABc12 XY3 Ünd 4");
        assert_eq!((f.letters, f.digits, f.upper, f.len), (8, 4, 5, 15));
    }

    #[test]
    fn tells_questions_through_closing_quotes() {
        assert!(m("„Was machen Sie morgens?“").question);
        assert!(m("「朝は何をしますか？」").question);
        assert!(!m("Was machen Sie morgens.").question);
    }

    #[test]
    fn counts_sentences_and_closing_quotes() {
        let f = m("He left. \"She stayed.\"");
        assert_eq!(f.sentences, 2);
        assert!(f.terminal);
        assert!(!m("Read more on the site →").terminal);
    }

    #[test]
    fn cjk_counts_triple_and_per_char() {
        let f = measured_in("zh", "我的猫。");
        assert_eq!(f.len, 4 + 2 * 4 - 2); // 3 ideographs and the ideographic full stop
        assert_eq!((f.words, f.stopwords), (3, 2)); // 我 and 的
    }

    /// A line measured for the language vote, its stopwords counted once the
    /// language is known, measures as it does with that language's stoplist.
    #[test]
    fn lines_measured_for_the_vote_count_the_languages_stopwords() {
        let lines = [
            ("en", "The council said that it would publish the report on Monday, and that the city was ready for"),
            ("de", "Die Stadt hat am Montag beschlossen, dass die Brücke über den Fluss im Frühjahr erneuert wird und"),
            ("fr", "Le conseil a dit qu'il publierait le rapport lundi, et que la ville était prête. Mais"),
            ("ru", "Городской совет заявил, что опубликует доклад в понедельник, и что город готов к этому"),
            ("en", "Donaudampfschifffahrtsgesellschaftskapitän and [the](https://example.org/a) <b>[12]harbour</b> of"),
            ("de", "Kom\u{AD}men\u{AD}ta\u{AD}re zu diesem Artikel"),
        ];
        for (code, line) in lines {
            let stop = parse_hint(code).unwrap().stopwords();
            let mut scratch = Scratch::default();
            let mut f = measure(line, crate::lang::voting(), &mut scratch);
            assert_eq!(scratch.masks.len() as u32, f.words, "{line}");
            voted_stopwords(&mut f, &scratch.masks, stop);
            let direct = measure(line, stop, &mut Scratch::default());
            assert_eq!(f, direct, "{line}");
            assert!(direct.stopwords > 0, "{line}");
        }
        // the line's end: a stopword in small letters, or not
        let stop = parse_hint("en").unwrap().stopwords();
        // (a small word of another language's stoplist, "die", is none)
        for line in ["the report was published by", "the report was published yesterday", "they say the old tree will die", "the report was published By"] {
            let mut scratch = Scratch::default();
            let mut f = measure(line, crate::lang::voting(), &mut scratch);
            voted_stopwords(&mut f, &scratch.masks, stop);
            assert_eq!(f.stop_end, measure(line, stop, &mut Scratch::default()).stop_end, "{line}");
        }
        assert!(m("the report was published by").stop_end);
    }

    #[test]
    fn equal_lines_have_equal_keys() {
        assert_eq!(m("Share this!").key, m("share  THIS").key);
        assert_ne!(m("Share this").key, m("Share that").key);
    }

    /// The measures of `plain` and of `styled` (the same line with hidden
    /// text in it), after checking what both must share.
    fn read_alike(plain: &str, styled: &str) -> (Features, Features) {
        let (a, b) = (m(plain), m(styled));
        assert_eq!((b.words, b.stopwords, b.key), (a.words, a.stopwords, a.key));
        assert!(b.hidden && !a.hidden);
        assert_eq!(visible(styled), plain);
        (a, b)
    }

    #[test]
    fn invisible_chars_are_read_through() {
        let plain = "The committee said that the government would publish the report tomorrow.";
        let hyphenated = "The com\u{AD}mit\u{AD}tee said that the gov\u{AD}ern\u{AD}ment would pub\u{200B}lish the re\u{AD}port to\u{2060}mor\u{AD}row.";
        let (a, b) = read_alike(plain, hyphenated);
        assert_eq!((b.len, b.letters), (a.len, a.letters));
        // a word too long to pack, and a phrase of the lexicon, split by soft hyphens
        let long = "\u{FEFF}Donau\u{AD}dampf\u{AD}schiff\u{AD}fahrts\u{AD}gesellschaft";
        assert_eq!(m(long).words, 1);
        assert_eq!(m("Kom\u{AD}men\u{AD}ta\u{AD}re").hit.map(|h| h.label), m("Kommentare").hit.map(|h| h.label));
        assert!(m("Kommentare").hit.is_some());
    }

    #[test]
    fn markdown_links_are_read_as_their_text() {
        let plain = "The council met on Monday. The report was published by the city and the region.";
        let linked = "The [council](https://example.org/council) met on Monday. [The report](/news/report-2024) was published by the [city](www.city.example) and the ![region](#region).";
        let (a, b) = read_alike(plain, linked);
        assert_eq!((b.sentences, b.terminal), (a.sentences, a.terminal));
        // the `!` of the image stays counted in the length: one char
        assert_eq!(b.len, a.len + 1);
        assert_eq!(link_bytes(linked), linked.len() - plain.len() - 1);
        // a whole-line phrase behind a link is found
        assert_eq!(m("[Share](https://example.org/share?u=1)").hit.map(|h| h.label), m("Share").hit.map(|h| h.label));
        // not link targets: words in brackets, a space in the target, no `]` before it
        for line in ["see (https://example.org)", "[a] (https://example.org)", "[a](not a link)", "[a](https://x y)"] {
            assert!(!m(line).hidden, "{line}");
            assert_eq!(visible(line), line);
        }
        assert_eq!(link_target_len(b"(https://a.b/c) d"), Some(15));
        assert_eq!(link_target_len(b"(https://a.b/c"), None);
    }

    #[test]
    fn html_tags_are_read_through() {
        let plain = "The council met on Monday. The report was published by the city.";
        let tagged = "<p>The <a href=\"https://example.org/council\" class=\"x\">council</a> met on <b>Monday</b>.<br/> The report was published by the <SPAN>city</SPAN>.</p>";
        let (a, b) = read_alike(plain, tagged);
        assert_eq!((b.len, b.sentences, b.terminal, b.capital_start), (a.len, a.sentences, a.terminal, a.capital_start));
        assert!(!b.markup);
        // a whole-line phrase inside tags is found
        assert_eq!(m("<li><a href=\"/share\">Share</a></li>").hit.map(|h| h.label), m("Share").hit.map(|h| h.label));
        // a tag between two words parts them, as the page shows it
        assert_eq!(visible("one<br>two"), "one two");
        assert_eq!(m("one<br>two").words, 2);
        // a line of tags alone is markup
        assert!(m("<div class=\"sidebar\">").markup);
        assert!(m("</div></div>").markup);
        // no tags: other words in angle brackets, comparisons, unclosed tags
        for line in ["<The Palace: Tale of Jang Noksu>", "pyenv local <desired version>", "if a <b and c> d", "x < y", "<p", "<a href=\"x\" <b>", "<br\nx>"] {
            assert!(!m(line).hidden || line.ends_with("<b>"), "{line}");
            if !line.ends_with("<b>") {
                assert_eq!(visible(line), line);
            }
        }
        // inline tags join what they touch ("T" and "he"), tags that break
        // the text part it, once, whatever the spaces around them
        let (plain, styled) = ("The H2O crisis of the 19th century", "<span class=\"dropcap\">T</span>he H<sub>2</sub>O crisis of the 19<sup>th</sup> century");
        assert_eq!(visible(styled), plain);
        assert_eq!((m(styled).words, m(styled).stopwords), (m(plain).words, m(plain).stopwords));
        assert_eq!(visible("Hello<br />world"), "Hello world");
        assert_eq!(visible("<p>Breaking</p> <p> </p> news"), "Breaking news");
        assert_eq!(visible("Breaking </p> news"), "Breaking news");
        assert_eq!(visible("Breaking<br>[News](https://x.org/n) today"), "Breaking News today");
        assert_eq!(m("Breaking<br>[News](https://x.org/n) today").words, 3);
        // a web address in angle brackets, as mail programs write a link,
        // is read through as a tag that parts the text
        let plain = "The council met on Monday. The report was published by the city.";
        let mailed = "The council <https://example.org/c> met on Monday. The report <HTTP://x.org/m> was published by the city. <mailto:a@b.org>";
        let (a, b) = read_alike(plain, mailed);
        assert_eq!((b.words, b.stopwords, b.sentences, b.terminal), (a.words, a.stopwords, a.sentences, a.terminal));
        assert_eq!(visible("Das könnte dich auch <https://x.org/a> interessieren"), "Das könnte dich auch interessieren");
        assert_eq!(m("Home <https://www.example.com/>").hit.map(|h| h.label), m("Home").hit.map(|h| h.label));
        assert!(m("<https://www.example.com/news/>").markup);
        assert_eq!(tag_len(b"<www.example.com> x"), Some(17));
        for no in ["<https://a b>", "<https://>", "<https://a<zz>", "<ftp://x.org>", "a < https://x.org >"] {
            assert_eq!(visible(no), no, "{no}");
        }
        // a line's end is read past its closing tags
        assert!(m("the report was published by</p>").stop_end);
        assert!(m("<p>The report was published.</p>").terminal);
        assert_eq!(without_closing_tags("The report was published.</a> </p>"), "The report was published.");
        assert_eq!(without_closing_tags("a <b> c>"), "a <b> c>");
        // and past the markers of bold or italics around it
        assert!(m("**This game will help you!**").terminal);
        assert!(m("**Dare to Play 3:**").colon_end);
        assert!(!m("**For whom is this game**").terminal);
        assert_eq!(without_emphasis("**2 days ago at 07:50 am**"), "2 days ago at 07:50 am");
        assert_eq!(without_emphasis("_Photo: Reuters_"), "Photo: Reuters");
        assert_eq!(without_emphasis("*Ab Montag* 10000 Produkttester *REWE*"), "*Ab Montag* 10000 Produkttester *REWE*");
        assert_eq!(without_emphasis("** spaced **"), "** spaced **");
        assert_eq!(without_emphasis("****"), "****");
        assert_eq!(without_emphasis("***Title***"), "Title");
        assert_eq!(without_emphasis("**_Title_**"), "Title");
        // a setext heading is measured without its underline
        assert_eq!(setext_heading("Title\n====="), Some(("Title", 1)));
        assert_eq!(setext_heading("A section\n  ---  "), None);
        assert_eq!(setext_heading("A section\n---"), Some(("A section", 2)));
        assert_eq!(setext_heading("a - b - c"), None);
        assert_eq!(setext_heading("---"), None);
        assert_eq!(setext_heading("Title --"), None);
        // whatever ends its lines
        for end in ["\r\n", "\r", "\u{2028}", "\u{85}", "\u{0B}"] {
            assert_eq!(setext_heading(&format!("Title{end}  =====")), Some(("Title", 1)), "{end:?}");
        }
        // a tagged heading is measured as it shows, without its underline
        let f = m("<b>Council votes to rebuild the bridge</b>\n-----");
        assert_eq!((f.words, f.md_heading, f.hidden), (6, 2, true));
        let (f, plain) = (m("Council votes to rebuild the bridge\n==================="), m("Council votes to rebuild the bridge"));
        assert_eq!((f.len, f.words, f.md_heading), (plain.len, plain.words, 1));
        assert_eq!(tag_len(b"<br />"), Some(6));
        assert_eq!(tag_len(b"<a title=\"a > b\" href=x>link"), Some(24));
        assert_eq!(tag_len(b"<a title=\"a < b\" href=x>link"), None);
        assert_eq!(tag_len(b"<a href=\"x\">y"), Some(12));
        assert_eq!(tag_len(b"</P>"), Some(4));
        assert_eq!(tag_len(b"<br/>"), Some(5));
        assert_eq!(tag_len(b"<img src=x"), None);
        assert_eq!(tag_len(b"<blockquotes>"), None);
    }

    #[test]
    fn link_numbers_are_read_as_the_links_text() {
        let plain = "The council met on Monday. The report was published by the city.";
        let numbered = "The [12]council met on Monday. [13]The report was published by the [114]city.";
        let (a, b) = read_alike(plain, numbered);
        assert_eq!((b.len, b.sentences, b.terminal, b.capital_start), (a.len, a.sentences, a.terminal, a.capital_start));
        assert_eq!(link_bytes(numbered), numbered.len() - plain.len());
        // a whole-line phrase behind a number is found
        assert_eq!(m("[7]Share").hit.map(|h| h.label), m("Share").hit.map(|h| h.label));
        assert!(m("Share").hit.is_some());
        assert_eq!(visible("[1]Home [2]News (\"[3]Über uns\")"), "Home News (\"Über uns\")");
        // not link numbers: citations after a word or before a space, years
        // in brackets, too many digits, a number before punctuation
        for line in ["as shown[3] in", "[1] Smith, J.", "[12345]abc", "[] x", "[2]. item", "x [3]\u{a0}; y", "[1]"] {
            assert!(!m(line).hidden, "{line}");
            assert_eq!(visible(line), line);
            assert_eq!(link_bytes(line), 0, "{line}");
        }
    }

    #[test]
    fn finds_bullets_and_markdown_headings() {
        assert!(m("• item").bullet);
        assert!(!m("-5 degrees").bullet);
        // a pictograph, drawn as an emoji or not, before a space
        assert!(m("👉 Read more").bullet && m("▶\u{FE0F} Video").bullet && m("→ Share").bullet);
        assert!(!m("👉").bullet && !m("👉Read").bullet && !m("").bullet);
        // a bullet separates no menu items
        assert_eq!(m("• Home").separators, 0);
        assert_eq!(m("• Home • News • Sport").separators, 2);
        assert_eq!(m("## Section").md_heading, 2);
        assert_eq!(m("#hashtag").md_heading, 0);
    }

    #[test]
    fn ascii_tables_agree_with_the_char_table() {
        for b in 0u8..128 {
            assert_eq!(ASCII_CLASS[usize::from(b)], (char_table()[usize::from(b)] >> 24) as u8, "{b}");
            assert_eq!(char_table()[usize::from(b)] & 0xFF_FFFF, u32::from(b.to_ascii_lowercase()), "{b}");
            assert_eq!(b | (ASCII_CLASS[usize::from(b)] & UPPER), b.to_ascii_lowercase(), "{b}");
            let class = ASCII_CLASS[usize::from(b)];
            assert_eq!(ASCII_COUNT[usize::from(b)], u64::from(class & DIGIT != 0) | u64::from(class & UPPER != 0) << 32, "{b}");
        }
    }

    #[test]
    fn the_char_table_holds_classes_and_lowercases() {
        let t = char_table();
        let at = |c: char| ((t[c as usize] >> 24) as u8, char::from_u32(t[c as usize] & 0xFF_FFFF).unwrap());
        assert_eq!(at('A'), (ALNUM | UPPER | ALPHABETIC, 'a'));
        assert_eq!(at('7'), (ALNUM | DIGIT, '7'));
        assert_eq!(at('Ж'), (ALNUM | UPPER | ALPHABETIC, 'ж'));
        // the one char whose lowercase is two ("i̇", a dot above): its first,
        // as Turkish writes it, so that "İlgili" reads as "ilgili"
        assert_eq!(at('İ'), (ALNUM | UPPER | ALPHABETIC, 'i'));
        assert_eq!(at('»'), (CLOSING_OR_SPACE | SEPARATOR, '»'));
        assert_eq!(at('…'), (SENTENCE_END, '…'));
        assert_eq!(at('\u{a0}'), (CLOSING_OR_SPACE, '\u{a0}'));
        assert_eq!(at('²'), (ALNUM | DIGIT, '²'));
    }

    #[test]
    fn long_words_and_odd_lowercases_are_looked_up_whole() {
        // "благодаря" is 18 bytes: past the packed words
        let f = measured_in("ru", "БЛАГОДАРЯ и Только");
        assert_eq!((f.words, f.stopwords), (3, 3));
        // 'İ' lowercases to two chars; a word takes the first only
        assert_eq!(measured_in("tr", "İçin").stopwords, 1);
    }

    #[test]
    fn combining_marks_compose() {
        assert_eq!(composed("Cafe\u{301} cre\u{300}me"), Some("Café crème".to_string()));
        assert_eq!(composed("Vie\u{302}\u{301}t"), Some("Vi\u{1EBF}t".to_string()));
        assert_eq!(composed("\u{301}a"), None);
        assert_eq!(composed("\u{627}\u{655}\u{645}\u{627}\u{631}\u{627}\u{62A}"), Some("\u{625}\u{645}\u{627}\u{631}\u{627}\u{62A}".to_string()));
        assert_eq!(composed("plain text, and NFC: Grüße"), None);
    }

    /// Against the Unicode normalization crate: every composition of the
    /// table is NFC's, and every line of the corpora written in NFD comes back
    /// as its NFC (but for those whose NFD holds other marks: kana, Indic
    /// vowel signs, Hangul jamo, which the table leaves out).
    #[test]
    fn composing_nfd_gives_nfc() {
        use unicode_normalization::UnicodeNormalization;
        for (k, &key) in compose_table::COMPOSE_KEYS.iter().enumerate() {
let pair: String = [char::from_u32(key >> 16).unwrap(), char::from_u32(key & 0xFFFF).unwrap()].into_iter().collect();
            assert_eq!(pair.nfc().collect::<String>(), char::from_u32(u32::from(compose_table::COMPOSED[k])).unwrap().to_string());
        }
        // every pair of the table composes (the quick range test lets it by)
        for (k, &key) in compose_table::COMPOSE_KEYS.iter().enumerate() {
            let (base, mark) = (char::from_u32(key >> 16).unwrap(), char::from_u32(key & 0xFFFF).unwrap());
            assert_eq!(composition(base, mark), char::from_u32(u32::from(compose_table::COMPOSED[k])), "{key:X}");
        }
        let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let mut lines = 0;
        for dir in ["seeds", "aeb/text", "traf/text"] {
            for path in std::fs::read_dir(format!("{data}/{dir}")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt")) {
                let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
                for line in text.lines() {
                    let nfd: String = line.nfd().collect();
                    let other_marks = |c: char| unicode_normalization::char::is_combining_mark(c) && !matches!(c, '\u{300}'..='\u{36F}' | '\u{653}'..='\u{655}');
                    if nfd.chars().any(|c| other_marks(c) || ('\u{1100}'..='\u{11FF}').contains(&c)) {
                        continue;
                    }
                    assert_eq!(composed(&nfd).unwrap_or(nfd), line.nfc().collect::<String>());
                    lines += 1;
                }
            }
        }
        assert!(lines > 100_000, "{lines} lines");
    }

    #[test]
    fn normalize_trims_counts() {
        let mut b = String::new();
        let (s, e) = normalize("» Comments (12)", &mut b).core;
        assert_eq!(&b[s..e], "comments");
        let (s, e) = normalize("Top 10", &mut b).core;
        assert_eq!(&b[s..e], "top 10");
    }
}
