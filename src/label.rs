//! What a block is: [`Label`], and why it was judged so: [`Reason`].

use serde::{Serialize, Serializer};
use std::fmt;

/// The kind of a block of the pasted text.
///
/// Every block carries two labels: the context-free one, from the block's own
/// text, and the final one, after its neighbours and its place on the page were
/// taken into account.
///
/// # Example
/// ```
/// use chaff::Label;
/// assert_eq!(Label::Comments.as_str(), "comments");
/// assert!(Label::Content.is_body());
/// assert!(!Label::Navigation.is_body());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// Article text.
    Content,
    /// A subheading between paragraphs of the article.
    Heading,
    /// The article's title.
    Title,
    /// A standfirst: the one-sentence summary under the title.
    Standfirst,
    /// "By …": who wrote it.
    Byline,
    /// A line that holds the publication date.
    Date,
    /// A picture caption or photo credit.
    Caption,
    /// Short text whose fate the context decides (context-free label only).
    Short,
    /// Menus, breadcrumbs, pagination, "back to top".
    Navigation,
    /// Share bars and "follow us".
    Share,
    /// "Related articles", "Read more", teasers for other pages.
    Related,
    /// Comments and comment forms.
    Comments,
    /// A box about the author.
    AuthorBio,
    /// Newsletter and subscription prompts, paywalls.
    Newsletter,
    /// Cookie banners, copyright and legal notices.
    Legal,
    /// Advertising.
    Advertising,
    /// A repeat of a block already seen.
    Duplicate,
    /// Text with no sign of being prose, and no more specific label.
    Boilerplate,
}

impl Label {
    /// The label's stable name, as the CLI, the JSON output and JavaScript show it.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Content => "content",
            Label::Heading => "heading",
            Label::Title => "title",
            Label::Standfirst => "standfirst",
            Label::Byline => "byline",
            Label::Date => "date",
            Label::Caption => "caption",
            Label::Short => "short",
            Label::Navigation => "navigation",
            Label::Share => "share",
            Label::Related => "related",
            Label::Comments => "comments",
            Label::AuthorBio => "author-bio",
            Label::Newsletter => "newsletter",
            Label::Legal => "legal",
            Label::Advertising => "advertising",
            Label::Duplicate => "duplicate",
            Label::Boilerplate => "boilerplate",
        }
    }

    /// Whether blocks with this label belong in the article body.
    pub fn is_body(self) -> bool {
        matches!(self, Label::Content | Label::Heading)
    }

    /// Labels of the things that end an article: what follows them is rarely
    /// part of it.
    pub(crate) fn ends_article(self) -> bool {
        matches!(self, Label::Comments | Label::Related | Label::AuthorBio)
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Label {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Why a block got its final label, in words a person can check.
///
/// Its `Display` is the text shown by `chaff --explain` and in the page.
///
/// # Example
/// ```
/// let c = chaff::clean("Leave a Reply\n");
/// assert_eq!(c.blocks()[0].reason().to_string(), "comment phrase: leave a reply");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// Long prose with many stopwords.
    Prose {
        /// Stopword density in per mille.
        density: u16,
    },
    /// Prose that is not long, but looks like sentences.
    NearProse {
        /// Stopword density in per mille.
        density: u16,
    },
    /// Text of several sentences, long, but with few stopwords: prose dense
    /// in names, numbers or terms (a recipe, a product review).
    Sentences {
        /// How many sentences it has.
        sentences: u32,
        /// Stopword density in per mille.
        density: u16,
    },
    /// One long sentence, written as one (a capital first, a full stop
    /// last), a little sparse in stopwords.
    LongSentence {
        /// How many words it has.
        words: u32,
        /// Stopword density in per mille.
        density: u16,
    },
    /// Text with few stopwords or too short to judge alone.
    LowDensity {
        /// Stopword density in per mille.
        density: u16,
    },
    /// Short text, decided by its neighbours.
    ShortText,
    /// Prose too short to judge alone, with boilerplate on both sides.
    NearProseAmongBoilerplate,
    /// A lead paragraph, a few lines before kept prose.
    Lead,
    /// A boilerplate phrase from the lexicon.
    Phrase {
        /// The label of the phrase.
        label: Label,
        /// The phrase as listed in the lexicon.
        phrase: &'static str,
    },
    /// A line of a few words between separators: a menu or breadcrumb.
    MenuLine {
        /// How many items it has.
        items: u32,
    },
    /// A long run of words, most of them capitalized, with no sentence end:
    /// menu items or headlines run together on one line.
    RunTogether {
        /// How many words it has.
        words: u32,
    },
    /// A headline run into the sentence under it, among others so: a list
    /// of teasers copied without their line breaks.
    HeadlineRunIn,
    /// Items each with a count in brackets, run together on one line: an
    /// archive's months or a tag cloud ("May 2019 (12) April 2019 (9) …").
    Counts {
        /// How many counts it holds.
        counts: u32,
    },
    /// One of a run of short lines, as menus are.
    ShortRun {
        /// How many lines the run has.
        lines: u32,
    },
    /// Repeats the title.
    RepeatsTitle,
    /// Repeats a paragraph of the article.
    RepeatsBody,
    /// Sentences with few stopwords, right between two paragraphs.
    SparseBetweenProse,
    /// Short text between prose, taking its neighbours' side.
    Neighbours {
        /// Whether the neighbours were prose.
        good: bool,
    },
    /// A subheading followed by article text.
    Subheading,
    /// An item of a list that a kept line ending with a colon leads into.
    ListItem,
    /// A row of a table inside the article.
    TableRow,
    /// A line of a block of code inside the article.
    CodeLine,
    /// A heading or an item of a recipe's ingredients or method.
    RecipeCard,
    /// Opens with a news dateline: a lead, however sparse in stopwords.
    Dateline {
        /// Stopwords among the words, in percent.
        density: u16,
    },
    /// Picked as the title.
    TitleLine,
    /// The standfirst under the title.
    StandfirstLine,
    /// Names the author.
    BylineLine,
    /// Holds the date.
    DateLine,
    /// A relative time ("2 days ago"), as comments and teasers show.
    RelativeTime,
    /// A reading time ("5 min read") on a line of its own.
    ReadingTime,
    /// A photo credit or caption marker.
    PhotoCredit,
    /// An author's bio closing the article.
    AuthorBio {
        /// Whether it opens with the byline's name (else: with a name and a
        /// writer's trade).
        byline: bool,
    },
    /// Before the article's dense core.
    BeforeCore,
    /// A headline in a box of them set inside the article, under a
    /// "Related" heading, with the article going on under it.
    InlineBox,
    /// After the article's end (a comment form, related links, an author box).
    AfterEnd {
        /// The label of the block that ended the article.
        marker: Label,
    },
    /// Outside the article's dense core.
    OutsideCore,
    /// Nothing looked like boilerplate, so everything is kept.
    NothingToDrop,
    /// Nothing read as prose: the lines between the date and the page's
    /// first furniture under it are kept.
    UnderDate,
    /// The text opens with a paragraph of prose, as an article copied without
    /// its page does: only boilerplate phrases and what follows the article's
    /// end are dropped.
    OpensWithProse,
    /// Nothing read as prose, but this line reads as a sentence: what is
    /// left of a short article pasted with its page's menus.
    LoneSentence,
    /// Matches a keep pattern given in the options.
    KeepPattern,
    /// Matches a drop pattern given in the options.
    DropPattern,
    /// Looks like code, markup or a URL.
    Markup,
}

/// Per mille as a whole percentage, halves rounded to even (as `{:.0}` of the
/// float would, without formatting a float).
fn percent(per_mille: u16) -> u16 {
    let (q, r) = (per_mille / 10, per_mille % 10);
    q + u16::from(r > 5 || r == 5 && q % 2 == 1)
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = percent;
        match *self {
            Reason::Prose { density } => write!(f, "prose, {}% stopwords", pct(density)),
            Reason::NearProse { density } => write!(f, "short prose, {}% stopwords", pct(density)),
            Reason::Sentences { sentences, density } => {
                write!(f, "{sentences} sentences, {}% stopwords", pct(density))
            }
            Reason::LongSentence { words, density } => write!(f, "a sentence of {words} words, {}% stopwords", pct(density)),
            Reason::LowDensity { density } => write!(f, "few stopwords ({}%)", pct(density)),
            Reason::ShortText => f.write_str("short text"),
            Reason::NearProseAmongBoilerplate => f.write_str("short prose, among boilerplate"),
            Reason::Lead => f.write_str("lead paragraph, just before the article"),
            Reason::Phrase { label, phrase } => {
                let kind = match label {
                    Label::Comments => "comment phrase",
                    Label::Share => "share phrase",
                    Label::Related => "related-links phrase",
                    Label::Navigation => "navigation phrase",
                    Label::Newsletter => "subscribe phrase",
                    Label::Legal => "legal phrase",
                    Label::Advertising => "advertising phrase",
                    Label::AuthorBio => "author phrase",
                    Label::Caption => "photo credit",
                    Label::Byline => "byline phrase",
                    _ => "boilerplate phrase",
                };
                write!(f, "{kind}: {phrase}")
            }
            Reason::MenuLine { items } => write!(f, "menu line of {items} items"),
            Reason::RunTogether { words } => write!(f, "{words} capitalized words and no sentence: items run together"),
            Reason::HeadlineRunIn => f.write_str("a teaser: headline run into its text, as its neighbours"),
            Reason::Counts { counts } => write!(f, "{counts} counts in brackets: an archive's or a tag cloud's items run together"),
            Reason::ShortRun { lines } => write!(f, "run of {lines} short lines"),
            Reason::RepeatsTitle => f.write_str("repeats the title"),
            Reason::RepeatsBody => f.write_str("repeats a paragraph"),
            Reason::SparseBetweenProse => f.write_str("sparse sentences between paragraphs"),
            Reason::Neighbours { good: true } => f.write_str("short, between prose"),
            Reason::Neighbours { good: false } => f.write_str("short, among boilerplate"),
            Reason::Subheading => f.write_str("subheading within the article"),
            Reason::ListItem => f.write_str("item of a list the article leads into"),
            Reason::TableRow => f.write_str("row of a table inside the article"),
            Reason::CodeLine => f.write_str("code inside the article"),
            Reason::RecipeCard => f.write_str("a recipe's ingredients or method"),
            Reason::Dateline { density } => write!(f, "opens with a dateline, {}% stopwords", pct(density)),
            Reason::TitleLine => f.write_str("title"),
            Reason::StandfirstLine => f.write_str("standfirst under the title"),
            Reason::BylineLine => f.write_str("names the author"),
            Reason::DateLine => f.write_str("date line"),
            Reason::RelativeTime => f.write_str("relative time, as comments and teasers show"),
            Reason::ReadingTime => f.write_str("reading time, as article pages show"),
            Reason::PhotoCredit => f.write_str("photo credit"),
            Reason::AuthorBio { byline: true } => f.write_str("an author's bio: opens with the byline's name"),
            Reason::AuthorBio { byline: false } => f.write_str("an author's bio: a name, then a writer's trade"),
            Reason::BeforeCore => f.write_str("before the article"),
            Reason::InlineBox => f.write_str("headline of a box in the article"),
            Reason::AfterEnd { marker } => write!(f, "after the article's end ({marker})"),
            Reason::OutsideCore => f.write_str("outside the article's core"),
            Reason::NothingToDrop => f.write_str("nothing looked like boilerplate"),
            Reason::UnderDate => f.write_str("under the date, where nothing read as prose"),
            Reason::OpensWithProse => f.write_str("the text opens with prose: an article without its page"),
            Reason::LoneSentence => f.write_str("a sentence, where nothing else read as prose"),
            Reason::KeepPattern => f.write_str("matches a keep pattern"),
            Reason::DropPattern => f.write_str("matches a drop pattern"),
            Reason::Markup => f.write_str("code, markup or URL"),
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn percent_rounds_as_float_formatting_does() {
        for d in 0..=u16::MAX {
            assert_eq!(super::percent(d).to_string(), format!("{:.0}", f64::from(d) / 10.0), "{d}");
        }
    }
}
