//! Hard wrapping, as a plain-text mail, a PDF or a terminal does it: the
//! shared helper of the tests that make wrapped pastes.

/// `words` wrapped greedily at `width` chars: each line takes words while
/// they fit, a longer word stands alone; lines are ended by `end`.
pub fn wrap_words<S: AsRef<str>>(words: impl IntoIterator<Item = S>, width: usize, end: &str) -> String {
    let mut out = String::new();
    let mut len = 0;
    for w in words {
        let w = w.as_ref();
        let n = w.chars().count();
        if len > 0 && len + 1 + n > width {
            out.push_str(end);
            len = 0;
        } else if len > 0 {
            out.push(' ');
            len += 1;
        }
        out.push_str(w);
        len += n;
    }
    out
}
