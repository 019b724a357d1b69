//! chaff strips the boilerplate from pasted or scraped article text (menus,
//! share bars, bylines, captions, "related" lists, comment forms, footers)
//! and gives back the article: body, title, byline, date and language, with a
//! label and a reason for every block it dropped.
//!
//! It reads plain text (what *Select All → Copy* or `innerText` gives), not
//! HTML: every signal comes from the text itself.
//!
//! # Example
//! ```
//! let page = "Home | News | Sport\n\nThe harbour reopened on Monday after the storm had kept the ferries in port for a week, and the first boats left before dawn.\n\nLeave a Reply\n";
//! let cleaned = chaff::clean(page);
//! assert_eq!(cleaned.text(), "The harbour reopened on Monday after the storm had kept the ferries in port for a week, and the first boats left before dawn.");
//! let dropped: Vec<_> = cleaned.blocks().iter().filter(|b| !b.kept()).map(|b| b.label()).collect();
//! assert_eq!(dropped, [chaff::Label::Navigation, chaff::Label::Comments]);
//! ```
//!
//! The pipeline (see DESIGN.md): segment into lines → measure each line →
//! classify it alone → revise from neighbours and position → pick metadata.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod classify;
mod cleaner;
mod features;
mod label;
mod lang;
mod lexicon;
mod meta;
mod options;
mod revise;
mod segment;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use cleaner::{Block, Cleaned, Cleaner};
pub use label::{Label, Reason};
pub use options::{Error, Mode, Options};

/// Cleans `text` with the default [`Options`].
///
/// # Example
/// ```
/// assert_eq!(chaff::clean("").text(), "");
/// ```
pub fn clean(text: &str) -> Cleaned {
    default_cleaner().clean(text)
}

fn default_cleaner() -> &'static Cleaner {
    static CLEANER: std::sync::OnceLock<Cleaner> = std::sync::OnceLock::new();
    CLEANER.get_or_init(|| ok_or_panic(Cleaner::new(Options::default())))
}

/// The value of a build that cannot fail on chaff's own phrases, patterns
/// and options (one message for all). Unlike `expect`, it does not format
/// the error: the error types' `Debug` would be code in the WebAssembly.
pub(crate) fn ok_or_panic<T, E>(r: Result<T, E>) -> T {
    match r {
        Ok(t) => t,
        Err(_) => panic!("chaff's own phrases, patterns and default options build"),
    }
}
