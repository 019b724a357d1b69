//! The JavaScript binding: `clean(text, options?)`, the `Cleaner` class and
//! `defaultOptions()`. The only module that knows of `wasm_bindgen`.
//!
//! Results cross the boundary in parts (see [`to_parts`]) that the
//! hand-written `index.js` assembles into plain objects. Block offsets are
//! UTF-16 code units, so `text.slice(block.start, block.end)` works in
//! JavaScript. Every error is made here, in [`option_error`] and
//! [`read_text`].

use crate::{Cleaned, Cleaner, Error, Label, Options, Reason};
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;

type JsResult<T> = Result<T, JsValue>;

/// `cleanParts(text, options?)`: cleans one text, giving the result in parts
/// that `index.js` assembles (see [`to_parts`]). Without options it reuses
/// one default cleaner; with options it builds a cleaner for this call
/// (build a `Cleaner` once to clean many texts with the same options).
#[wasm_bindgen(js_name = cleanParts)]
pub fn clean_parts(text: JsValue, options: JsValue) -> JsResult<Array> {
    let text = read_text(&text)?;
    if options.is_undefined() || options.is_null() {
        return Ok(to_parts(&crate::clean(&text), &text));
    }
    let cleaner = build(&options)?;
    Ok(to_parts(&cleaner.clean(&text), &text))
}

/// `defaultOptions()`: every option with its default value.
#[wasm_bindgen(js_name = defaultOptions)]
pub fn default_options() -> JsResult<JsValue> {
    serialize(&Options::default())
}

/// A cleaner built once from options and reused for many texts.
#[wasm_bindgen(js_name = Cleaner)]
pub struct JsCleaner {
    inner: Cleaner,
}

#[wasm_bindgen(js_class = Cleaner)]
impl JsCleaner {
    /// `new Cleaner(options?)`: checks and compiles the options, and
    /// builds what all cleaners share (see `cleaner::prepare`), so that no
    /// clean pays for it.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> JsResult<JsCleaner> {
        let inner = build(&options)?;
        crate::cleaner::prepare();
        Ok(JsCleaner { inner })
    }

    /// `cleaner.cleanParts(text)`: cleans one text, in parts as `cleanParts` gives them.
    #[wasm_bindgen(js_name = cleanParts)]
    pub fn clean_parts(&self, text: JsValue) -> JsResult<Array> {
        let text = read_text(&text)?;
        Ok(to_parts(&self.inner.clean(&text), &text))
    }

    /// `cleaner.options`: the options in force, defaults filled in.
    #[wasm_bindgen(getter)]
    pub fn options(&self) -> JsResult<JsValue> {
        serialize(self.inner.options())
    }
}

/// The text argument, or a `TypeError` saying what was passed instead.
fn read_text(text: &JsValue) -> JsResult<String> {
    text.as_string().ok_or_else(|| {
        let got = type_name(text);
        js_sys::TypeError::new(&format!("chaff: text must be a string, got {got}")).into()
    })
}

/// Reads options from a JS value: `undefined`/`null` give the defaults, keys
/// whose value is `undefined` are left out, and each key is checked alone so
/// that an error names the option and the value it is about.
fn build(options: &JsValue) -> JsResult<Cleaner> {
    let options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        read_options(options)?
    };
    Cleaner::new(options).map_err(core_error)
}

/// The options' keys, as JavaScript spells them.
const OPTION_KEYS: [&str; 6] = ["mode", "includeTitle", "keepCaptions", "language", "dropPatterns", "keepPatterns"];

fn read_options(value: &JsValue) -> JsResult<Options> {
    if !value.is_object() || Array::is_array(value) {
        let got = type_name(value);
        return Err(js_sys::TypeError::new(&format!("chaff: options must be an object, got {got}")).into());
    }
    // Read by hand, key by key (not through serde, whose messages for a
    // number where a string belongs would bring float formatting into the
    // WebAssembly), so that an error names the key and its value.
    let given = Object::from(value.clone());
    let mut options = Options::default();
    for key in Object::keys(&given).iter() {
        let name = key.as_string().unwrap_or_default();
        let Some(&known) = OPTION_KEYS.iter().find(|&&k| k == name) else {
            return Err(option_error(&name, &JsValue::UNDEFINED, BadOption::Unknown, &format!("unknown option {name:?} (expected one of {})", OPTION_KEYS.join(", "))));
        };
        let v = Reflect::get(&given, &key)?;
        if v.is_undefined() {
            continue;
        }
        let wrong_type = |expected: &str| option_error(known, &v, BadOption::Type, &format!("expected {expected}"));
        match known {
            "mode" => {
                let mode = v.as_string().ok_or_else(|| wrong_type("a string"))?;
                options.mode = mode.parse().map_err(|_: Error| option_error(known, &v, BadOption::Range, "expected precision, balanced or recall"))?;
            }
            "includeTitle" => options.include_title = v.as_bool().ok_or_else(|| wrong_type("a boolean"))?,
            "keepCaptions" => options.keep_captions = v.as_bool().ok_or_else(|| wrong_type("a boolean"))?,
            "language" if v.is_null() => options.language = None,
            "language" => options.language = Some(v.as_string().ok_or_else(|| wrong_type("a string or null"))?),
            "dropPatterns" => options.drop_patterns = strings(&v).ok_or_else(|| wrong_type("an array of strings"))?,
            "keepPatterns" => options.keep_patterns = strings(&v).ok_or_else(|| wrong_type("an array of strings"))?,
            _ => {}
        }
    }
    Ok(options)
}

/// The strings of a JS array of strings; `None` for anything else.
fn strings(value: &JsValue) -> Option<Vec<String>> {
    Array::is_array(value).then(|| Array::from(value).iter().map(|s| s.as_string()).collect()).flatten()
}

/// What is wrong with one key of the options.
enum BadOption {
    /// No option has that name: an `Error`.
    Unknown,
    /// Its value is of the wrong type: a `TypeError`.
    Type,
    /// Its value is out of range: a `RangeError`.
    Range,
}

/// The error for one bad key, its message `chaff: ` and `detail` for an
/// unknown key, else naming the key and showing its value. Its `option`
/// property holds the key.
fn option_error(key: &str, value: &JsValue, bad: BadOption, detail: &str) -> JsValue {
    let about = || format!("chaff: invalid value {} for option {key}: ", show(value));
    let (err, msg): (js_sys::Error, String) = match bad {
        BadOption::Unknown => (js_sys::Error::new(""), format!("chaff: {detail}")),
        BadOption::Type => (js_sys::TypeError::new("").into(), format!("{}invalid type: {detail}", about())),
        BadOption::Range => (js_sys::RangeError::new("").into(), format!("{}{detail}", about())),
    };
    err.set_message(&msg);
    let _ = Reflect::set(&err, &"option".into(), &key.into());
    err.into()
}

/// An error from the core (a bad pattern or language), with its `option`
/// property set to the option it is about.
fn core_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(&format!("chaff: {e}"));
    let _ = Reflect::set(&err, &"option".into(), &e.option().into());
    err.into()
}

/// A value as JSON where it can be, else its type.
fn show(value: &JsValue) -> String {
    JSON::stringify(value).ok().and_then(|s| s.as_string()).unwrap_or_else(|| type_name(value))
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

fn serialize<T: Serialize + ?Sized>(value: &T) -> JsResult<JsValue> {
    let s = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&s).map_err(JsValue::from)
}

/// Numbers per block in the parts of a result.
const BLOCK_NUMBERS: usize = 7;

/// The result in parts, for `index.js` to assemble into the plain object
/// JavaScript sees (camelCase keys, `null` for a missing value):
/// `[text, title, byline, date, language, numbers, strings]`.
///
/// `numbers` is a `Uint32Array` of `BLOCK_NUMBERS` numbers per block: start
/// and end in UTF-16 code units (so `text.slice(block.start, block.end)`
/// works in JavaScript), the label and the context-free label as indexes
/// into `strings`, kept (1 or 0), the score in thousandths, and the reason as
/// an index into `strings`. `strings` holds each distinct label and reason
/// once, joined by NUL.
///
/// Building the block objects on the JavaScript side costs a few calls across
/// the boundary per result instead of several per block.
fn to_parts(c: &Cleaned, input: &str) -> Array {
    let mut strings = Strings::default();
    let mut numbers = Vec::with_capacity(BLOCK_NUMBERS * c.blocks().len());
    let mut utf16 = Utf16Offsets::new(input);
    for b in c.blocks() {
        let (label, cf_label, reason) = (strings.label(b.label()), strings.label(b.cf_label()), strings.reason(b.reason()));
        let score = (b.score() * 1000.0).round() as u32;
        numbers.extend_from_slice(&[utf16.at(b.start()), utf16.at(b.end()), label, cf_label, u32::from(b.kept()), score, reason]);
    }
    let optional = |s: Option<&str>| s.map_or(JsValue::NULL, JsValue::from_str);
    let parts = Array::new();
    parts.push(&JsValue::from_str(c.text()));
    for value in [c.title(), c.byline(), c.date(), c.language()] {
        parts.push(&optional(value));
    }
    parts.push(&js_sys::Uint32Array::from(&numbers[..]));
    parts.push(&JsValue::from_str(&strings.joined));
    parts
}

/// The distinct labels and reasons of a result, joined by NUL.
#[derive(Default)]
struct Strings {
    joined: String,
    count: u32,
    labels: Vec<(Label, u32)>,
    /// each distinct reason, and its index in `joined`, searched in order:
    /// a page holds a few dozen distinct reasons, and a text of 7 MB (the
    /// traf pages joined) some 1,400, which it cleans no slower for than
    /// with a hash map (which made the WebAssembly 642 bytes larger, gzipped)
    reasons: Vec<(Reason, u32)>,
}

impl Strings {
    fn label(&mut self, label: Label) -> u32 {
        index_of(&mut self.labels, label, || push(&mut self.joined, &mut self.count, format_args!("{}", label.as_str())))
    }

    fn reason(&mut self, reason: Reason) -> u32 {
        index_of(&mut self.reasons, reason, || push(&mut self.joined, &mut self.count, format_args!("{reason}")))
    }
}

/// The index of `value`'s text among the strings joined: found in `seen`,
/// or given by `push` the first time.
fn index_of<T: PartialEq>(seen: &mut Vec<(T, u32)>, value: T, push: impl FnOnce() -> u32) -> u32 {
    if let Some(&(_, i)) = seen.iter().find(|(v, _)| *v == value) {
        return i;
    }
    let i = push();
    seen.push((value, i));
    i
}

/// Adds a string to `joined` (NUL before all but the first), whose `count`
/// is its index.
fn push(joined: &mut String, count: &mut u32, s: std::fmt::Arguments<'_>) -> u32 {
    use std::fmt::Write;
    if *count > 0 {
        joined.push('\0');
    }
    let _ = joined.write_fmt(s);
    *count += 1;
    *count - 1
}

/// Turns byte offsets into UTF-16 offsets, for offsets given in increasing
/// order (blocks tile the input), in one pass over the input.
struct Utf16Offsets<'a> {
    input: &'a str,
    byte: usize,
    unit: u32,
}

impl<'a> Utf16Offsets<'a> {
    fn new(input: &'a str) -> Self {
        Utf16Offsets { input, byte: 0, unit: 0 }
    }

    fn at(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            // Not expected (offsets only grow); count from the start.
            self.byte = 0;
            self.unit = 0;
        }
        let piece = &self.input[self.byte..byte];
        // a char takes one unit, two from U+10000 on: one per byte that does
        // not continue a char, and one more per lead byte of four
        self.unit += if piece.is_ascii() {
            piece.len() as u32
        } else {
            piece.bytes().map(|b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0)).sum::<u32>()
        };
        self.byte = byte;
        self.unit
    }
}
