//! How to clean: [`Options`], [`Mode`], and the [`Error`] for bad options.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How much to drop when in doubt.
///
/// # Default
/// [`Mode::Balanced`].
///
/// # Example
/// ```
/// use chaff::Mode;
/// assert_eq!("recall".parse::<Mode>().unwrap(), Mode::Recall);
/// assert_eq!(Mode::default().to_string(), "balanced");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Drop whatever is doubtful: less boilerplate, some article text lost.
    Precision,
    /// The best trade-off measured on the corpora.
    #[default]
    Balanced,
    /// Keep whatever is doubtful: all of the article, some boilerplate kept.
    Recall,
}

impl Mode {
    /// All modes, in order from strictest to most lenient.
    pub const ALL: [Mode; 3] = [Mode::Precision, Mode::Balanced, Mode::Recall];

    /// The mode's name: `precision`, `balanced` or `recall`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Precision => "precision",
            Mode::Balanced => "balanced",
            Mode::Recall => "recall",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Mode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Mode, Error> {
        Mode::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| Error::new(ErrorKind::BadValue { option: "mode", value: s.to_string() }))
    }
}

/// Settings for a [`Cleaner`](crate::Cleaner). Every default is the one in
/// [`Options::default`].
///
/// # Example
/// ```
/// use chaff::{Cleaner, Mode, Options};
/// let opts = Options { mode: Mode::Precision, drop_patterns: vec!["^Advert".into()], ..Options::default() };
/// let cleaner = Cleaner::new(opts).unwrap();
/// assert!(cleaner.clean("Advertisement\n").text().is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// How much to drop when in doubt.
    ///
    /// Default: `balanced`.
    pub mode: Mode,
    /// Put the title, when one is found, as the first paragraph of the body text.
    ///
    /// Default: `false`.
    pub include_title: bool,
    /// Keep picture captions and photo credits in the body text.
    ///
    /// Default: `false`.
    pub keep_captions: bool,
    /// The language of the text, as an ISO 639-1 or 639-3 code (`"de"`, `"deu"`),
    /// when it is known; otherwise it is detected. One of the 58 languages with
    /// a stoplist (`data/stoplists/`); another code is an error.
    ///
    /// Default: none (detect).
    pub language: Option<String>,
    /// Regular expressions (Rust `regex` syntax): a line that matches one is
    /// dropped. Lines are matched as they show: without invisible chars (soft
    /// hyphens, zero-width spaces, byte order marks), markdown link targets,
    /// text browsers' link numbers, HTML tags and web addresses in angle
    /// brackets ("<https://…>"); a line that shows nothing
    /// (tags alone, an empty link) is matched as it is written.
    ///
    /// Default: none.
    pub drop_patterns: Vec<String>,
    /// Regular expressions (Rust `regex` syntax): a line that matches one is
    /// kept (matched as it shows, as for `drop_patterns`). Keep wins over drop.
    ///
    /// Default: none.
    pub keep_patterns: Vec<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            mode: Mode::Balanced,
            include_title: false,
            keep_captions: false,
            language: None,
            drop_patterns: Vec::new(),
            keep_patterns: Vec::new(),
        }
    }
}

/// An error in the [`Options`]: an invalid pattern or an unknown language.
///
/// Cleaning itself never fails; only building a [`Cleaner`](crate::Cleaner) can.
///
/// # Example
/// ```
/// use chaff::{Cleaner, Options};
/// let err = Cleaner::new(Options { drop_patterns: vec!["(".into()], ..Options::default() }).unwrap_err();
/// assert!(err.to_string().starts_with("invalid drop pattern \"(\""));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    Pattern { which: &'static str, pattern: String, message: String },
    BadValue { option: &'static str, value: String },
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// The option the error is about (`"dropPatterns"`, `"keepPatterns"`, `"mode"`,
    /// `"language"`), as spelled in JavaScript.
    pub fn option(&self) -> &'static str {
        match &self.kind {
            ErrorKind::Pattern { which, .. } => {
                if *which == "drop" {
                    "dropPatterns"
                } else {
                    "keepPatterns"
                }
            }
            ErrorKind::BadValue { option, .. } => option,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Pattern { which, pattern, message } => {
                write!(f, "invalid {which} pattern {pattern:?}: {message}")
            }
            ErrorKind::BadValue { option, value } => match *option {
                "mode" => write!(f, "invalid mode {value:?}: expected precision, balanced or recall"),
                "language" => write!(f, "unknown language {value:?}: expected an ISO 639-1 or 639-3 code such as \"en\" or \"deu\""),
                _ => write!(f, "invalid value {value:?} for option {option}"),
            },
        }
    }
}

impl std::error::Error for Error {}
