//! The JavaScript binding: `clean(text, options?)`, the `Cleaner` class and
//! `defaultOptions()`. The only module that knows of `wasm_bindgen`.
//!
//! Results cross the boundary as plain objects (small serializable copies of
//! the core types, camelCase keys, `null` for a missing value). Block offsets
//! are UTF-16 code units, so `text.slice(block.start, block.end)` works in
//! JavaScript. Every error is made here, in [`option_error`] and
//! [`read_text`].

use crate::{Block, Cleaned, Cleaner, Error, Options, Reason};
use js_sys::{Array, Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::prelude::*;

type JsResult<T> = Result<T, JsValue>;

/// `clean(text, options?)`: cleans one text. Without options it reuses one
/// default cleaner; with options it builds a cleaner for this call (build a
/// `Cleaner` once to clean many texts with the same options).
#[wasm_bindgen(js_name = clean)]
pub fn clean(text: JsValue, options: JsValue) -> JsResult<JsValue> {
    let text = read_text(&text)?;
    if options.is_undefined() || options.is_null() {
        return to_js(&crate::clean(&text), &text);
    }
    let cleaner = build(&options)?;
    to_js(&cleaner.clean(&text), &text)
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
    /// `new Cleaner(options?)`: checks and compiles the options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> JsResult<JsCleaner> {
        Ok(JsCleaner { inner: build(&options)? })
    }

    /// `cleaner.clean(text)`: cleans one text.
    pub fn clean(&self, text: JsValue) -> JsResult<JsValue> {
        let text = read_text(&text)?;
        to_js(&self.inner.clean(&text), &text)
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

fn read_options(value: &JsValue) -> JsResult<Options> {
    if !value.is_object() || Array::is_array(value) {
        let got = type_name(value);
        return Err(js_sys::TypeError::new(&format!("chaff: options must be an object, got {got}")).into());
    }
    // serde-wasm-bindgen reads only the fields it knows, so unknown keys are
    // found here, against the keys of the serialized defaults.
    let known = Object::from(serialize(&Options::default())?);
    let given = Object::from(value.clone());
    let defined = Object::new();
    for key in Object::keys(&given).iter() {
        let name = key.as_string().unwrap_or_default();
        if !Object::has_own(&known, &key) {
            let expected: Vec<String> = Object::keys(&known).iter().filter_map(|k| k.as_string()).collect();
            let message = format!("unknown field `{name}`, expected one of {}", expected.join(", "));
            return Err(option_error(&name, &JsValue::UNDEFINED, &message));
        }
        let v = Reflect::get(&given, &key)?;
        if v.is_undefined() {
            continue;
        }
        let one = Object::new();
        Reflect::set(&one, &key, &v)?;
        if Array::is_array(&Reflect::get(&known, &key)?) && !Array::is_array(&v) {
            return Err(option_error(&name, &v, "invalid type: expected an array of strings"));
        }
        if let Err(e) = serde_wasm_bindgen::from_value::<Options>(one.into()) {
            let message = e.to_string();
            let message = message.strip_prefix("Error: ").unwrap_or(&message);
            return Err(option_error(&name, &v, message));
        }
        Reflect::set(&defined, &key, &v)?;
    }
    serde_wasm_bindgen::from_value(defined.into()).map_err(|e| {
        js_sys::TypeError::new(&format!("chaff: invalid options: {e}")).into()
    })
}

/// The error for one bad key: unknown, or a value of the wrong type or out of
/// range. Its `option` property holds the key.
fn option_error(key: &str, value: &JsValue, serde_message: &str) -> JsValue {
    let shown = show(value);
    let (err, msg): (js_sys::Error, String) = if serde_message.starts_with("unknown field") {
        let hint = serde_message.split_once(", expected").map_or(String::new(), |(_, rest)| format!(" (expected{rest})"));
        (js_sys::Error::new(""), format!("chaff: unknown option {key:?}{hint}"))
    } else if serde_message.starts_with("invalid type") {
        (js_sys::TypeError::new("").into(), format!("chaff: invalid value {shown} for option {key}: {serde_message}"))
    } else {
        (js_sys::RangeError::new("").into(), format!("chaff: invalid value {shown} for option {key}: {serde_message}"))
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

/// The result as JavaScript sees it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsCleaned<'a> {
    text: &'a str,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    date: Option<&'a str>,
    language: Option<&'a str>,
    blocks: Vec<JsBlock>,
}

/// A block as JavaScript sees it: offsets in UTF-16 code units.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsBlock {
    start: u32,
    end: u32,
    label: &'static str,
    cf_label: &'static str,
    kept: bool,
    score: f64,
    /// The reason as a JS string: made once for each distinct reason of the
    /// result, since turning a Rust string into a JS one is the costly part.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    reason: JsValue,
}

fn to_js(c: &Cleaned, input: &str) -> JsResult<JsValue> {
    let mut utf16 = Utf16Offsets::new(input);
    let mut reasons: Vec<(Reason, JsValue)> = Vec::new();
    let blocks = c.blocks().iter().map(|b| js_block(b, &mut utf16, &mut reasons)).collect();
    serialize(&JsCleaned {
        text: c.text(),
        title: c.title(),
        byline: c.byline(),
        date: c.date(),
        language: c.language(),
        blocks,
    })
}

fn js_block(b: &Block, utf16: &mut Utf16Offsets<'_>, reasons: &mut Vec<(Reason, JsValue)>) -> JsBlock {
    let reason = match reasons.iter().find(|(r, _)| *r == b.reason()) {
        Some((_, js)) => js.clone(),
        None => {
            let js = JsValue::from_str(&b.reason().to_string());
            reasons.push((b.reason(), js.clone()));
            js
        }
    };
    JsBlock {
        start: utf16.at(b.start()),
        end: utf16.at(b.end()),
        label: b.label().as_str(),
        cf_label: b.cf_label().as_str(),
        kept: b.kept(),
        score: score_to_f64(b.score()),
        reason,
    }
}

/// The f64 nearest to the f32's shortest decimal form: 0.812, not
/// 0.8119999766. A score is a whole number of thousandths, so that form is
/// the number of thousandths over 1000; no float is formatted or parsed.
fn score_to_f64(score: f32) -> f64 {
    f64::from((score * 1000.0).round()) / 1000.0
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
        self.unit += if piece.is_ascii() { piece.len() as u32 } else { piece.encode_utf16().count() as u32 };
        self.byte = byte;
        self.unit
    }
}
