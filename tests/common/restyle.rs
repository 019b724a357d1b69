//! Restylings of pasted text shared by the tests.

/// `text` hyphenated as pages hyphenate with `&shy;`: a soft hyphen (U+00AD,
/// invisible, kept by a copy) every three letters inside each word of six
/// letters or more.
pub fn soft_hyphenated(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let n = word.chars().count();
        for (i, c) in word.chars().enumerate() {
            if n >= 6 && i > 0 && i % 3 == 0 && n - i >= 2 {
                out.push('\u{AD}');
            }
            out.push(c);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `text` with one sentence to a line, as sentence splitters (and pages that
/// break the line after each sentence) write it: a line is broken after a
/// '.', '!' or '?' that a space (or a no-break space) and a capital follow,
/// unless the word it ends is an abbreviation (a capitalized word of four
/// letters or fewer, "Dr.", "Prof."; a number, "5."; a word with a dot
/// inside, "U.S."). Paragraphs stay apart as they were.
#[allow(dead_code)]
pub fn sentence_per_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let mut last = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        for k in 1..chars.len().saturating_sub(1) {
            let (at, c) = chars[k];
            if !matches!(c, ' ' | '\u{a0}') || !matches!(chars[k - 1].1, '.' | '!' | '?') || !chars[k + 1].1.is_uppercase() {
                continue;
            }
            let word = line[last..at].rsplit([' ', '\u{a0}']).next().unwrap_or("");
            let stem = word.trim_end_matches(['.', '!', '?']);
            let abbreviation = chars[k - 1].1 == '.'
                && (stem.chars().count() <= 4 && stem.starts_with(char::is_uppercase)
                    || stem.chars().all(|c| c.is_ascii_digit())
                    || stem.contains('.'));
            if !abbreviation {
                out.push_str(&line[last..at]);
                out.push('\n');
                last = at + c.len_utf8();
            }
        }
        out.push_str(&line[last..]);
    }
    out
}

/// `text` as a scraper that puts a line end between a page's text nodes
/// writes it (BeautifulSoup's `get_text("\n", strip=True)`, say): in each
/// line of six words or more, the words of a link, `len` of them from every
/// `every`th word on (counting from the fourth), stand on a line of their
/// own, and the text around them on lines of its own.
#[allow(dead_code)]
pub fn broken_at_links(text: &str, every: usize, len: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let words: Vec<&str> = line.split(' ').collect();
        if words.len() < 6 {
            out.push_str(line);
            continue;
        }
        let mut i = 0;
        let mut at_start = true;
        while i < words.len() {
            if i % every == 3 && i + len <= words.len() {
                if !at_start {
                    out.push('\n');
                }
                out.push_str(&words[i..i + len].join(" "));
                i += len;
                if i < words.len() {
                    out.push('\n');
                }
                at_start = true;
                continue;
            }
            if !at_start {
                out.push(' ');
            }
            out.push_str(words[i]);
            at_start = false;
            i += 1;
        }
    }
    out
}
