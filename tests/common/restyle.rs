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
