//! Per-line features and the context-free line class.
//!
//! Every line is looked at once, on its own: one pass over its characters gives the
//! counts (characters, words, letters, capitals, digits), the normalised *key* used for
//! echo detection, and the shape of its start and end; one Aho-Corasick scan finds the
//! vocabulary phrases (copyright, cookie, skip links, widgets, months, credits). From
//! these the line gets a [`LineClass`]. Nothing here looks at other lines: context is the
//! business of [`crate::signals`] and [`crate::machine`].

pub(crate) mod lang;
#[cfg(test)]
mod reference;
pub(crate) mod vocab;

use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The context-free class of a line: what the line looks like on its own, before the
/// state machine puts it in context ([`LineTrace::class`](crate::LineTrace::class)).
///
/// ```
/// use article_segmenter::{LineClass, Segmenter};
///
/// let text = "Ferry Runs Again After Storm Repairs\nBy Jane Roe\n\
///             The ferry to the island runs again from Monday, the council said.\n\
///             Share on Facebook\nSource: Coast Courier\n";
/// let classes: Vec<LineClass> = Segmenter::new().trace(text).iter().map(|t| t.class).collect();
/// assert_eq!(
///     classes,
///     [LineClass::Headline, LineClass::Byline, LineClass::Body, LineClass::Chrome, LineClass::Source]
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LineClass {
    /// Nothing but white space (or a byte-order mark, zero-width characters).
    Blank,
    /// Short, title-like: no sentence end, capitalised, a handful of words.
    Headline,
    /// An image caption or alt text (`[photo]`, `Foto: …`, a credit).
    Caption,
    /// A byline or dateline (`By …`, `Von …`, a date).
    Byline,
    /// A source or credit line (`Source: X`, `(AFP)`, `— Reuters`).
    Source,
    /// Site chrome: navigation, widgets, banners, footers.
    Chrome,
    /// Running text.
    Body,
}

/// Bit flags describing a line. Kept as plain `u64` constants so that [`Features`]
/// stays `Copy` and small.
pub(crate) mod flag {
    /// Ends like a sentence: `.`, `!`, `?`, `…` (closing quotes and brackets skipped).
    pub const TERMINAL: u64 = 1 << 0;
    /// Ends with `,`, `;` or `:`: a fragment that goes on.
    pub const CONTINUES: u64 = 1 << 1;
    /// First letter is upper case (or the script has no case).
    pub const CAPITALISED: u64 = 1 << 2;
    /// Starts with a list mark (`*`, `-`, `•`, `+`, lynx `o`, `1.`).
    pub const BULLET: u64 = 1 << 3;
    /// Holds a title separator (` | `, ` - `, ` – `, ` • `, ` · `, ` » `, …).
    pub const TITLE_SEP: u64 = 1 << 4;
    /// Copyright or rights notice, "powered by" footer.
    pub const COPYRIGHT: u64 = 1 << 5;
    /// Cookie or consent banner text.
    pub const COOKIE: u64 = 1 << 6;
    /// Page-start chrome: skip links, tag-manager frames, text-browser feed links.
    pub const PAGE_START: u64 = 1 << 7;
    /// Share, follow, subscribe, comment widgets.
    pub const WIDGET: u64 = 1 << 8;
    /// The whole line is a navigation word or phrase.
    pub const NAV: u64 = 1 << 9;
    /// A form field or button (`[______]`, `____`, `(BUTTON)`).
    pub const FORM: u64 = 1 << 10;
    /// An image placeholder or markdown image (`[logo.png]`, `![alt](…)`).
    pub const IMAGE: u64 = 1 << 11;
    /// Holds a date (month name next to a number, or a numeric date).
    pub const DATE: u64 = 1 << 12;
    /// Starts with a byline word (`By`, `Von`, `Por`, `Published`, …).
    pub const BYLINE: u64 = 1 << 13;
    /// A caption credit (`Foto:`, `Photo:`, `Getty Images`, `/ AFP`).
    pub const CREDIT: u64 = 1 << 14;
    /// A source line (`Source: X`, `(AFP)`, `— Reuters`, `dpa/lno`).
    pub const SOURCE: u64 = 1 << 15;
    /// An agency dateline opening a paragraph (`BERLIN (dpa) -`, `(AP) —`).
    pub const DATELINE: u64 = 1 << 16;
    /// Letters are (nearly) all capitals.
    pub const ALL_CAPS: u64 = 1 << 17;
    /// A text-browser link-relation line at column 0 (`#alternate`, `#Site » Feed`).
    pub const LINK_REL: u64 = 1 << 18;
    /// A URL or bare domain on its own.
    pub const URL: u64 = 1 << 19;
    /// A markdown heading (`# …`); the level is in [`super::Features::heading`].
    pub const HEADING: u64 = 1 << 20;
    /// Few letters: numbers, symbols, table rules.
    pub const SYMBOLIC: u64 = 1 << 21;
    /// Starts with a lower-case letter.
    pub const LOWER_START: u64 = 1 << 22;
    /// Matches a source pattern supplied by the user.
    pub const USER_SOURCE: u64 = 1 << 23;
    /// Holds a phrase supplied by the user as chrome.
    pub const USER_CHROME: u64 = 1 << 24;
    /// Ends with `?` or `!`.
    pub const QUESTION: u64 = 1 << 25;
    /// A title line whose last part looks like a site name (`… | The Courier`, `… - example.org`).
    pub const SITE_SUFFIX: u64 = 1 << 26;
    /// The same text twice in one line (an image alt text glued to its link text).
    pub const DOUBLED: u64 = 1 << 27;
    /// A footnote, abbreviation or link-reference definition (`*[RSS]: …`, `[3]: http…`):
    /// the block that closes a markdown page.
    pub const FOOTNOTE: u64 = 1 << 28;
    /// A legal or service link of a footer (`Imprint`, `Privacy policy`, `Datenschutz`).
    pub const LEGAL: u64 = 1 << 29;
    /// Most words capitalised (Title Case).
    pub const TITLE_CASE: u64 = 1 << 30;
    /// The line opens with a number or a month name (a dateline's date first).
    pub const DATE_FIRST: u64 = 1 << 31;
    /// Shaped like navigation: a breadcrumb (`Home › News › Politics`) or a line that
    /// points back or on (`← Older post`, `Next story ›`).
    pub const NAV_SHAPE: u64 = 1 << 32;
    /// The list mark is a number (`3. `, `12) `).
    pub const NUMBERED: u64 = 1 << 33;
    /// Ends with an ellipsis (`…`, `...`): a sentence end, or a headline that trails off.
    pub const ELLIPSIS: u64 = 1 << 34;
    /// A footer's link bar on one line (`Imprint | Privacy | Contact`).
    pub const LEGAL_BAR: u64 = 1 << 35;
    /// One mark repeated, spaces aside (`-----`, `* * *`, `=====`): a horizontal rule
    /// or a heading's underline.
    pub const RULE: u64 = 1 << 36;
    /// A heading's underline in setext markdown: a rule of `=` or `-` right under a
    /// headline-like line and about as long (`Title` / `=====` a level-1 heading, `-----`
    /// a level-2 one). The classifier sets it on every rule of `=`, whose class is
    /// chrome; the signals keep it only where the line above is such a heading (and set
    /// it on a rule of `-` there), so that a rule that underlines nothing is a rule.
    pub const UNDERLINE: u64 = 1 << 37;
    /// A rule of `-`: a horizontal rule, or a level-2 heading's underline.
    pub const DASHES: u64 = 1 << 38;
    /// The line's text follows a title label (`Title: …`, `title: "…"`): a reader API's
    /// page header, a markdown file's front matter.
    pub const TITLE_LABEL: u64 = 1 << 39;
    /// A page-start line that a later one overrides (a tag manager's frame).
    pub const WEAK_START: u64 = 1 << 40;
    /// A prompt or call to action (`Welcome to …`, `Enter your …`), or a link to the
    /// previous or next post (`← Older post`): no headline.
    pub const PROMPT: u64 = 1 << 41;
    /// Text nodes glued without spaces: capitalised words run into the word before them
    /// three times or more (`NewsSportsWeather`, `About UsCareersContact`), a menu
    /// printed without its spaces ([`super::glued_menu`]).
    pub const GLUED: u64 = 1 << 42;
    /// The closing tag of a page in a dump's own markup (`</doc>`), whose opening tag is
    /// a [`PAGE_TAG`] line ([`super::container_tag`]).
    pub const PAGE_END: u64 = 1 << 43;
    /// The opening tag of a page in a dump's own markup (`<doc id="…" title="…">`): a
    /// page starts there, whatever follows.
    pub const PAGE_TAG: u64 = 1 << 44;
    /// A crawl's line with a page's address (`URL: https://…`, `=== https://… ===`), a
    /// [`PAGE_START`] line that differs from page to page ([`super::address_line`]).
    pub const ADDRESS: u64 = 1 << 45;
    /// A short label between two runs of one mark (`==== Article 2 ====`, `--- Page 3
    /// ---`): a crawl's banner between its pages ([`super::banner`]).
    pub const BANNER: u64 = 1 << 46;
    /// A back-to-top link (`Back to top`, `Nach oben`): the end of a page's text.
    pub const TO_TOP: u64 = 1 << 47;
    /// A long run of ideographs without any CJK punctuation: link texts run together
    /// (a ticker of headlines), not a sentence.
    pub const CJK_RUNON: u64 = 1 << 48;

    /// Names of the flags, for traces.
    pub const NAMES: &[(u64, &str)] = &[
        (TERMINAL, "terminal"),
        (CONTINUES, "continues"),
        (BULLET, "bullet"),
        (TITLE_SEP, "title_sep"),
        (COPYRIGHT, "copyright"),
        (COOKIE, "cookie"),
        (PAGE_START, "page_start"),
        (WIDGET, "widget"),
        (NAV, "nav"),
        (FORM, "form"),
        (IMAGE, "image"),
        (DATE, "date"),
        (BYLINE, "byline"),
        (CREDIT, "credit"),
        (SOURCE, "source"),
        (DATELINE, "dateline"),
        (ALL_CAPS, "caps"),
        (LINK_REL, "link_rel"),
        (URL, "url"),
        (SYMBOLIC, "symbolic"),
        (LOWER_START, "lower"),
        (USER_SOURCE, "user_source"),
        (USER_CHROME, "user_chrome"),
        (SITE_SUFFIX, "site_suffix"),
        (DOUBLED, "doubled"),
        (FOOTNOTE, "footnote"),
        (LEGAL, "legal"),
        (TITLE_CASE, "title_case"),
        (DATE_FIRST, "date_first"),
        (NAV_SHAPE, "nav_shape"),
        (NUMBERED, "numbered"),
        (ELLIPSIS, "ellipsis"),
        (LEGAL_BAR, "legal_bar"),
        (RULE, "rule"),
        (UNDERLINE, "underline"),
        (DASHES, "dashes"),
        (TITLE_LABEL, "title_label"),
        (WEAK_START, "weak_start"),
        (PROMPT, "prompt"),
        (GLUED, "glued"),
        (PAGE_END, "page_end"),
        (PAGE_TAG, "page_tag"),
        (ADDRESS, "address"),
        (BANNER, "banner"),
        (TO_TOP, "to_top"),
        (CJK_RUNON, "cjk_runon"),
    ];
}

/// Everything the later stages need to know about one line, computed from the line alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Features {
    /// The context-free class.
    pub class: LineClass,
    /// [`flag`] bits.
    pub flags: u64,
    /// Characters in the trimmed line: a run of white space counts as one, an invisible
    /// character (a soft hyphen, a zero-width space) as none.
    pub chars: u32,
    /// Words (white-space separated; a CJK character counts as half a word).
    pub words: u32,
    /// Leading white-space columns.
    pub indent: u32,
    /// Markdown heading level (0 = none).
    pub heading: u8,
    /// Hash of the normalised line (letters and digits, lower case, list marks dropped).
    pub key: u64,
    /// Letters and digits that went into `key`.
    pub key_len: u32,
    /// Keys of the parts of a title line: before the first separator, before the last
    /// separator, after the last separator (0 when absent or too short).
    pub part_keys: [u64; 3],
    /// For a title line whose headline part is undecided (`value` is the whole line):
    /// where the text before its last separator ends, as a byte offset into the line's
    /// content (0: none).
    pub head_end: u32,
    /// Key of the label that opens the line (`Weiter zur Seite: …`, `Read more: …`: up to
    /// [`LABEL_WORDS`] words before a colon near the start), 0 when none.
    pub label: u64,
    /// Trimmed content, as byte offsets into the line's content: start (after list and
    /// heading marks) and end.
    pub text_start: u32,
    /// End of the trimmed content.
    pub text_end: u32,
    /// A value the line carries, as byte offsets into the line's content: the headline
    /// part of a title line, or the credited source of a source line, dateline or
    /// agency mention. `(0, 0)` when there is none.
    pub value: (u32, u32),
    /// What `value` is.
    pub value_kind: ValueKind,
    /// Canonical name of a mentioned agency (`AP` for "the Associated Press").
    pub canon: Option<&'static str>,
    /// Votes for the language the line is written in ([`lang`]).
    pub lang: lang::Votes,
}

/// What [`Features::value`] holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueKind {
    /// No value.
    None,
    /// The headline part of a title line (`Headline` of `Headline | Site`).
    TitlePart,
    /// The value of a `Source: X` line.
    SourceLabel,
    /// An agency credit line (`(AFP)`, `— Reuters`, `dpa/lno`).
    Agency,
    /// An agency dateline opening a paragraph (`BERLIN (dpa) -`).
    Dateline,
    /// An agency named in running text (`told AFP`, `the Associated Press`); the
    /// canonical name is in [`Features::canon`] when it differs from the text.
    Mention,
}

impl ValueKind {
    /// Rank as a source: higher wins.
    pub fn source_rank(self) -> u8 {
        match self {
            ValueKind::SourceLabel => 4,
            ValueKind::Agency => 3,
            ValueKind::Dateline => 2,
            ValueKind::Mention => 1,
            ValueKind::None | ValueKind::TitlePart => 0,
        }
    }
}

impl Features {
    /// Features of a blank line.
    pub const BLANK: Features = Features {
        class: LineClass::Blank,
        flags: 0,
        chars: 0,
        words: 0,
        indent: 0,
        heading: 0,
        key: 0,
        key_len: 0,
        part_keys: [0; 3],
        head_end: 0,
        label: 0,
        text_start: 0,
        text_end: 0,
        value: (0, 0),
        value_kind: ValueKind::None,
        canon: None,
        lang: [0; lang::N_LANGS],
    };

    /// True when any of `bits` is set.
    #[inline]
    pub fn has(&self, bits: u64) -> bool {
        self.flags & bits != 0
    }

    /// True for a blank line.
    #[inline]
    pub fn is_blank(&self) -> bool {
        self.class == LineClass::Blank
    }

    /// True for a paragraph's length: long, or sentence after sentence (a tagline, a
    /// teaser or a menu line is shorter).
    #[inline]
    pub fn is_paragraph(&self) -> bool {
        self.chars >= 160 || self.words >= 25
    }

    /// True when `other_key` equals this line's key or one of its title parts.
    #[inline]
    pub fn matches_part(&self, other_key: u64) -> bool {
        other_key != 0 && (self.key == other_key || self.part_keys.contains(&other_key))
    }
}

/// A byte range `(start, end)` inside a line.
type ByteRange = (usize, usize);

/// Minimum letters and digits for a key to take part in echo detection.
pub(crate) const MIN_ECHO_KEY: u32 = 8;

/// Lines longer than this are scanned for phrases only in their first bytes: phrases
/// that matter (footers, banners, credits) sit near the start of a line.
const PHRASE_SCAN_LIMIT: usize = 512;

/// Bytes from a copyright line's start within which an agency's bare name is the
/// copyright's holder (`© 2024 The Associated Press`, `Copyright (c) 2019 Agence
/// France-Presse`).
const NAMED_HOLDER_BYTES: usize = 32;

/// Categories of the contained-phrase automaton, in pattern order.
#[derive(Clone, Copy)]
enum Cat {
    Mark,
    Rights,
    Footer,
    Cookie,
    Consent,
    PageStart,
    WeakStart,
    Widget,
    WidgetLabel,
    Month,
    Credit,
    CaptionLabel,
    Publisher,
    Relative,
    Mention,
    User,
}

struct Phrases {
    ac: AhoCorasick,
    cats: Vec<Cat>,
    /// Index of the first agency mention pattern.
    mention_base: usize,
}

/// A phrase and the case variants that ASCII case folding does not cover: with a
/// non-ASCII letter, also its capitalised and its upper-case form (`über uns`,
/// `Über uns`, `ÜBER UNS`).
fn case_variants(p: &str) -> Vec<String> {
    let mut out = vec![p.to_string()];
    if !p.is_ascii() {
        let mut c = p.chars();
        if let Some(first) = c.next() {
            let cap: String = first.to_uppercase().chain(c).collect();
            if cap != p {
                out.push(cap);
            }
        }
        let up = p.to_uppercase();
        if !out.contains(&up) {
            out.push(up);
        }
    }
    out
}

fn build_phrases(user: &[String]) -> Phrases {
    let mut pats: Vec<String> = Vec::new();
    let mut cats = Vec::new();
    let lists: [(&[&str], Cat); 15] = [
        (vocab::RELATIVE_TIME, Cat::Relative),
        (vocab::COPYRIGHT_MARKS, Cat::Mark),
        (vocab::RIGHTS_PHRASES, Cat::Rights),
        (vocab::DISCLAIMER_PHRASES, Cat::Rights),
        (vocab::FOOTER_PHRASES, Cat::Footer),
        (vocab::COOKIE_PHRASES, Cat::Cookie),
        (vocab::CONSENT_WORDS, Cat::Consent),
        (vocab::PAGE_START_PHRASES, Cat::PageStart),
        (vocab::WEAK_PAGE_START_PHRASES, Cat::WeakStart),
        (vocab::WIDGET_PHRASES, Cat::Widget),
        (vocab::WIDGET_LABELS, Cat::WidgetLabel),
        (vocab::MONTHS, Cat::Month),
        (vocab::CAPTION_CREDITS, Cat::Credit),
        (vocab::CAPTION_LABELS, Cat::CaptionLabel),
        (vocab::PUBLISHER_PHRASES, Cat::Publisher),
    ];
    for (list, cat) in lists {
        for p in list {
            for v in case_variants(p) {
                pats.push(v);
                cats.push(cat);
            }
        }
    }
    let mention_base = pats.len();
    for (p, _, _) in vocab::AGENCY_MENTIONS {
        pats.push(p.to_string());
        cats.push(Cat::Mention);
    }
    for p in user {
        for v in case_variants(p) {
            pats.push(v);
            cats.push(Cat::User);
        }
    }
    // A DFA: the vocabulary is scanned on every line, so search speed matters more
    // than the automaton's size (a few hundred kilobytes).
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&pats)
        .expect("built-in phrase lists compile");
    Phrases {
        ac,
        cats,
        mention_base,
    }
}

static PHRASES: Lazy<Phrases> = Lazy::new(|| build_phrases(&[]));

/// An automaton for the phrases a line may start with (anchored, ASCII case folded, with
/// the case variants of non-ASCII phrases).
fn starts_automaton(list: &[&str]) -> AhoCorasick {
    anchored_automaton(list.iter().flat_map(|p| case_variants(p)))
}

/// An anchored, ASCII case folded automaton of `patterns` as they are.
fn anchored_automaton(patterns: impl IntoIterator<Item = String>) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .start_kind(StartKind::Anchored)
        .build(patterns)
        .expect("built-in phrase lists compile")
}

/// The openings of a byline, and which of its patterns are date words
/// ([`vocab::BYLINE_DATE_WORDS`]).
struct BylineStarts {
    ac: AhoCorasick,
    dated: Vec<bool>,
}

static BYLINE_AC: Lazy<BylineStarts> = Lazy::new(|| {
    let lists = [
        (vocab::BYLINE_PREPOSITIONS, false),
        (vocab::BYLINE_DATE_WORDS, true),
        (vocab::BYLINE_STARTS, false),
    ];
    let (mut pats, mut dated) = (Vec::new(), Vec::new());
    for (list, date) in lists {
        for p in list {
            for v in case_variants(p) {
                pats.push(v);
                dated.push(date);
            }
        }
    }
    BylineStarts {
        ac: anchored_automaton(pats),
        dated,
    }
});

static PROMPT_AC: Lazy<AhoCorasick> = Lazy::new(|| starts_automaton(vocab::PROMPT_STARTS));

/// A set of line keys. The keys are hashes already: the set only spreads their bits
/// (SipHash, the default, cost more than the rest of a lookup).
type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u32::from(b));
        }
        self.0 = finalize(self.0);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = finalize(n);
    }
}

/// The keys of whole-line phrases (a phrase without a key is left out).
fn key_set(phrases: &[&str]) -> KeySet {
    phrases
        .iter()
        .map(|p| key_of(p).0)
        .filter(|&k| k != 0)
        .collect()
}

/// The flags of a line that is one of the whole-line phrases, by its key: navigation
/// ([`vocab::NAV_LINES`]), back-to-top links ([`vocab::TO_TOP_LINES`]) and legal links
/// ([`vocab::LEGAL_LINES`]). One probe for all three lists.
static LINE_PHRASES: Lazy<HashMap<u64, u64, BuildHasherDefault<KeyHasher>>> = Lazy::new(|| {
    let mut map: HashMap<u64, u64, BuildHasherDefault<KeyHasher>> = HashMap::default();
    let lists = [
        (vocab::NAV_LINES, flag::NAV),
        (vocab::TO_TOP_LINES, flag::NAV | flag::TO_TOP),
        (vocab::LEGAL_LINES, flag::NAV | flag::LEGAL),
    ];
    for (list, flags) in lists {
        for k in key_set(list) {
            *map.entry(k).or_default() |= flags;
        }
    }
    map
});

/// Units of relative dates (`hours`, `Stunden`): `10 hours ago` is a date.
static RELATIVE_KEYS: Lazy<KeySet> = Lazy::new(|| key_set(vocab::RELATIVE_TIME));

static MONTH_KEYS: Lazy<KeySet> = Lazy::new(|| key_set(vocab::MONTHS));

/// A byline word alone on its line, the name on the next (`By` / `Jane Roe`).
static BY_KEYS: Lazy<KeySet> = Lazy::new(|| {
    key_set(&[
        "by", "von", "por", "par", "di", "door", "av", "от", "autor", "author",
    ])
});

/// A legal link's key (`Impressum`, `Privacy Policy`).
pub(crate) fn is_legal_key(k: u64) -> bool {
    LINE_PHRASES
        .get(&k)
        .is_some_and(|&flags| flags & flag::LEGAL != 0)
}

static SOURCE_LABEL_KEYS: Lazy<KeySet> = Lazy::new(|| key_set(vocab::SOURCE_LABELS));

/// Words that open a parenthetical photo credit: `(Photo: …)`, `(Foto: …)`.
static CREDIT_LABEL_KEYS: Lazy<KeySet> = Lazy::new(|| {
    key_set(&[
        "photo", "photos", "foto", "fotos", "bild", "image", "credit", "picture", "source",
        "quelle",
    ])
});

/// The news agencies by key, the first spelling of each (`dpa` for `DPA`).
static AGENCY_NAMES: Lazy<HashMap<u64, &'static str, BuildHasherDefault<KeyHasher>>> =
    Lazy::new(|| {
        let mut by_key = HashMap::default();
        for &a in vocab::AGENCIES {
            by_key.entry(key_of(a).0).or_insert(a);
        }
        by_key
    });

/// The line classifier: built-in vocabularies plus what the user added.
#[derive(Clone, Debug, Default)]
pub(crate) struct Classifier {
    user: Option<std::sync::Arc<UserRules>>,
}

/// Rules a user added through the builder.
#[derive(Debug)]
pub(crate) struct UserRules {
    phrases: Option<PhrasesDebug>,
    sources: Vec<regex::Regex>,
    separators: Vec<String>,
}

/// [`Phrases`] with a `Debug` that does not print the automaton.
struct PhrasesDebug(Phrases);

impl std::fmt::Debug for PhrasesDebug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Phrases")
            .field("patterns", &self.0.cats.len())
            .finish()
    }
}

impl Classifier {
    /// A classifier with extra chrome phrases, source patterns and title separators.
    pub fn with_rules(
        chrome: &[String],
        sources: Vec<regex::Regex>,
        separators: &[String],
    ) -> Classifier {
        if chrome.is_empty() && sources.is_empty() && separators.is_empty() {
            return Classifier::default();
        }
        let phrases = if chrome.is_empty() {
            None
        } else {
            Some(PhrasesDebug(build_phrases(chrome)))
        };
        let separators = separators
            .iter()
            .filter(|s| !SEPS.contains(&s.as_str()))
            .cloned()
            .collect();
        Classifier {
            user: Some(std::sync::Arc::new(UserRules {
                phrases,
                sources,
                separators,
            })),
        }
    }

    /// Title separators the user added.
    fn separators(&self) -> &[String] {
        self.user.as_deref().map_or(&[], |u| &u.separators)
    }

    fn phrases(&self) -> &Phrases {
        match self.user.as_deref().and_then(|u| u.phrases.as_ref()) {
            Some(p) => &p.0,
            None => &PHRASES,
        }
    }

    /// Features of one line's content (terminator excluded).
    #[cfg(test)]
    pub fn classify(&self, line: &str) -> Features {
        self.classify_words(line, &mut Scratch::default())
    }

    /// Features of one line's content (terminator excluded); `scratch` receives the
    /// hashes of its words and the keys of its suffixes (cleared first).
    pub fn classify_words(&self, line: &str, scratch: &mut Scratch) -> Features {
        // No-break spaces are read as spaces: the line is classified as a copy with each
        // replaced by an ASCII space, and the copy's offsets are mapped back.
        if has_no_break_space(line.as_bytes()) {
            let mut copy = std::mem::take(&mut scratch.spaced);
            spaced_copy(line, &mut copy);
            let mut f = self.classify_spaced(&copy.text, scratch);
            let at = |p: u32| copy.original(p);
            (f.text_start, f.text_end) = (at(f.text_start), at(f.text_end));
            f.value = (at(f.value.0), at(f.value.1));
            if f.head_end > 0 {
                f.head_end = at(f.head_end);
            }
            scratch.spaced = copy;
            return f;
        }
        self.classify_spaced(line, scratch)
    }

    /// [`Self::classify_words`] of a line without no-break spaces.
    fn classify_spaced(&self, line: &str, scratch: &mut Scratch) -> Features {
        scratch.words.clear();
        scratch.suffixes.clear();
        let (ts, te) = trim_bounds(line);
        if ts >= te {
            return Features::BLANK;
        }
        let bytes = line.as_bytes();
        let indent = indent_of(&line[..ts]);
        let mut f = Features {
            indent,
            ..Features::BLANK
        };
        let trimmed = &line[ts..te];

        // Shape of the start: markdown heading, text-browser link line, list mark.
        let mut start = ts;
        let tb = trimmed.as_bytes();
        if tb[0] == b'#' {
            let hashes = tb.iter().take_while(|&&b| b == b'#').count();
            if hashes <= 6 && indent == 0 && tb.get(hashes).is_some_and(|&b| b == b' ') {
                f.heading = hashes as u8;
                f.flags |= flag::HEADING;
                start = ts + hashes;
            } else if indent <= 1 && hashes == 1 && tb.len() > 1 && feed_shaped(trimmed) {
                f.flags |= flag::LINK_REL;
            }
        } else if indent <= 1 && after_image_token(trimmed).is_some_and(feed_shaped) {
            // A text browser prints an image of the page's head (a tracking pixel) before
            // its head links, on the same line.
            f.flags |= flag::LINK_REL;
        } else if let Some(n) = list_mark_len(tb) {
            f.flags |= flag::BULLET;
            if tb[0].is_ascii_digit() {
                f.flags |= flag::NUMBERED;
            }
            start = ts + n;
        }
        // Markdown emphasis and quote marks around the text.
        let (ms, me) = trim_bounds(&line[start..te]);
        let mut text_start = start + ms;
        let mut text_end = start + me;
        while text_start < text_end && matches!(bytes[text_start], b'*' | b'_' | b'>') {
            text_start += 1;
        }
        // A leading `» ` or `• ` marker (a breadcrumb arrow, a list dot), and the label
        // of a page's title in a reader API's header (`Title: Headline | Site`) or in a
        // markdown file's front matter (`title: "Headline"`, its quotes too).
        for mark in ["\u{bb} ", "\u{2022} ", "> ", "Title: ", "title: "] {
            if line[text_start.min(text_end)..text_end].starts_with(mark) {
                text_start += mark.len();
                if mark.ends_with(": ") {
                    f.flags |= flag::TITLE_LABEL;
                    let value = &bytes[text_start.min(text_end)..text_end];
                    if value.len() >= 2
                        && matches!(value[0], b'"' | b'\'')
                        && value[value.len() - 1] == value[0]
                    {
                        text_start += 1;
                        text_end -= 1;
                    }
                }
            }
        }
        let text = &line[text_start.min(text_end)..text_end];
        f.text_start = text_start.min(text_end) as u32;
        f.text_end = text_end as u32;

        // One pass over the characters.
        let c = count(text, Some(scratch));
        f.chars = c.chars;
        f.words = c.words + c.cjk / 2;
        if c.cjk >= CJK_RUNON_MIN && c.words <= c.cjk / CJK_RUNON_SPREAD && cjk_run_on(text, c.cjk)
        {
            f.flags |= flag::CJK_RUNON;
        }
        f.key = c.key;
        f.key_len = c.key_len;
        f.lang = c.lang;
        // Short enough for the checks that read a line more than once: 300 characters,
        // and not stretched by runs of white space (which count as one character).
        let short = f.chars <= 300 && text.len() <= SHORT_LINE_BYTES;
        if c.first_case == Case::Upper || c.first_case == Case::None {
            f.flags |= flag::CAPITALISED;
        }
        if c.first_case == Case::Lower {
            f.flags |= flag::LOWER_START;
        }
        if c.letters >= 4 && c.upper * 10 >= c.letters * 9 {
            f.flags |= flag::ALL_CAPS;
        }
        if c.words >= 3 && u64::from(c.cap_words) * 10 >= u64::from(c.words) * 7 {
            f.flags |= flag::TITLE_CASE;
        }
        // Printed twice: an image's alt text and title; a rule of marks is no caption.
        if c.letters >= 2 && is_doubled(text) {
            f.flags |= flag::DOUBLED;
        }
        match rule_mark(trimmed) {
            Some(b'=') => f.flags |= flag::RULE | flag::UNDERLINE,
            Some(b'-') => f.flags |= flag::RULE | flag::DASHES,
            Some(_) => f.flags |= flag::RULE,
            None if banner(trimmed) => f.flags |= flag::BANNER,
            None => {}
        }
        if short && nav_shaped(trimmed) {
            f.flags |= flag::NAV_SHAPE;
            if prev_next(trimmed) {
                f.flags |= flag::PROMPT;
            }
        }
        if c.ascii_digits >= 2 && c.words <= COUNTER_WORDS && counter(text) {
            f.flags |= flag::WIDGET;
        }
        // An address line opens with its label or a mark.
        let address_start = |b: &u8| matches!(b, b'u' | b'U' | b'=' | b'#' | b'*' | b'-' | b'~');
        if text.as_bytes().first().is_some_and(address_start) && address_line(text) {
            f.flags |= flag::PAGE_START | flag::ADDRESS;
        }
        if tb[0] == b'<' {
            match container_tag(trimmed) {
                Some(true) => f.flags |= flag::PAGE_START | flag::PAGE_TAG,
                Some(false) => f.flags |= flag::PAGE_END,
                None => {}
            }
        }
        if is_footnote(trimmed) {
            f.flags |= flag::FOOTNOTE;
        }
        if c.letters * 2 < c.chars.max(1) || c.letters < 2 {
            f.flags |= flag::SYMBOLIC;
        }
        f.flags |= end_flags(text);
        // Every glue point is a capital inside a word.
        if c.upper >= c.cap_words + GLUE_MIN && short && !f.has(flag::TERMINAL) && glued_menu(text)
        {
            f.flags |= flag::GLUED;
        }

        // Form fields and text-browser widgets.
        if c.marks.may_hold(M_PAREN | M_UNDERSCORE | M_BRACKET) && is_form(text) {
            f.flags |= flag::FORM;
        }
        if is_image(text) || image_strip(text) {
            f.flags |= flag::IMAGE;
        }
        if is_url(text) || c.words <= ADDRESS_LINE_WORDS && labelled_address(text) {
            f.flags |= flag::URL;
        }

        if c.marks.may_hold(M_COLON) {
            f.label = label_key(text);
        }

        // Title separators and the keys of the parts.
        let base = f.text_start;
        let rel = |(a, b): (usize, usize)| (base + a as u32, base + b as u32);
        let table_row = c.marks.may_hold(M_BAR) && is_table_row(text);
        // A built-in separator's second byte is `|`, `-`, `:`, `/` or non-ASCII.
        let may_separate = !self.separators().is_empty()
            || c.marks
                .may_hold(M_BAR | M_DASH_SLASH | M_COLON | M_NON_ASCII);
        if short
            && (!f.has(flag::TERMINAL) || f.has(flag::QUESTION))
            && !table_row
            && may_separate
            && !dangling_separator(text)
            && let Some((first, last)) = separators(text, self.separators()).filter(|&(a, b)| {
                distinct_parts(text, a, b) && !name_and_date(&text[..a.0], &text[b.1..])
            })
        {
            f.flags |= flag::TITLE_SEP;
            let part = headline_part(text, first, last, self.separators());
            // When the site part is known, only the headline part may echo: a site
            // name printed again (a site line, a logo) is not the `<h1>`.
            f.part_keys = if part != (0, text.len()) {
                // The headline part, and the text before the last separator when more
                // than the headline part (`Headline – Kicker – Site`: the `<h1>` may be
                // `Headline – Kicker`), or when a short first part was dropped and the
                // last part kept (`Kicker - Headline | site name` in lower case: the
                // `<h1>` may be `Kicker - Headline`).
                let kept_tail = part.0 > 0
                    && part.1 == text.len()
                    && text[..last.0].split_whitespace().count() >= 4;
                let lead = if part.0 == 0 && last.0 > part.1 || kept_tail {
                    echo_key(&text[..last.0])
                } else {
                    0
                };
                // A headline part of several parts whose trailing ones are no site name
                // (`Headline - Site! - Section`): the `<h1>` may be its first part, one of
                // a headline's length.
                let head = if part.0 == 0
                    && part.1 > first.0
                    && text[..first.0].split_whitespace().count() >= 4
                {
                    echo_key(&text[..first.0])
                } else {
                    0
                };
                [echo_key(&text[part.0..part.1]), lead, head]
            } else {
                f.head_end = base + text[..last.0].trim_end().len() as u32;
                [
                    echo_key(&text[..first.0]),
                    echo_key(&text[..last.0]),
                    echo_key(&text[last.1..]),
                ]
            };
            f.value = rel(part);
            f.value_kind = ValueKind::TitlePart;
            // A `<title>` may open with a site name in lower case (`site - Headline`):
            // its headline part's case counts.
            if part.0 > 0
                && c.first_case == Case::Lower
                && text[part.0..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            {
                f.flags = f.flags & !flag::LOWER_START | flag::CAPITALISED;
            }
            if site_like(&text[last.1..]) && text[..last.0].split_whitespace().count() >= 2 {
                f.flags |= flag::SITE_SUFFIX;
            }
        }

        // A text browser's head links name the page's title in its comment feed:
        // `#Site » Feed Site » Comments Feed Site » Headline Comments Feed`.
        // Its other parts are feed names, not a title.
        if f.has(flag::LINK_REL) {
            f.flags &= !(flag::TITLE_SEP | flag::SITE_SUFFIX);
            f.part_keys = [0; 3];
            f.value = (0, 0);
            f.value_kind = ValueKind::None;
            f.head_end = 0;
            if let Some(title) = feed_title(text) {
                f.flags |= flag::TITLE_SEP;
                f.part_keys = [echo_key(&text[title.0..title.1]), 0, 0];
                f.value = rel(title);
                f.value_kind = ValueKind::TitlePart;
            }
        }

        // Vocabulary.
        let phrase = if f.words <= 6 {
            LINE_PHRASES.get(&f.key).copied().unwrap_or(0)
        } else {
            0
        };
        f.flags |= phrase;
        if phrase & flag::LEGAL == 0 && legal_bar(text, c.marks) {
            f.flags |= flag::NAV | flag::LEGAL | flag::LEGAL_BAR;
        }
        if f.words <= 8 && c.marks.may_hold(M_AT) && has_handle(text)
            || f.words == 1 && BY_KEYS.contains(&f.key)
        {
            f.flags |= flag::BYLINE;
        }
        let (mut pflags, mention) = self.phrase_flags(text, f.words, f.has(flag::TERMINAL));
        let mention = mention.or_else(|| trailing_credit(text));
        // A widget word in a title's headline (`… in the App Store | Site`) is part of
        // a headline: a widget's label is short.
        let part = |(a, b): (u32, u32)| {
            text.get(a.saturating_sub(base) as usize..b.saturating_sub(base) as usize)
        };
        if f.has(flag::TITLE_SEP)
            && f.has(flag::SITE_SUFFIX)
            && part(f.value).is_some_and(|p| p.split_whitespace().count() >= 5)
        {
            pflags &= !flag::WIDGET;
        }
        f.flags |= pflags;
        if f.words <= 20 && PROMPT_AC.is_match(Input::new(text).anchored(Anchored::Yes)) {
            f.flags |= flag::PROMPT;
        }
        // A numeric date needs digits (counted in the first `WORD_LIMIT` bytes).
        if (c.ascii_digits > 0 || text.len() > WORD_LIMIT) && numeric_date(text.as_bytes()) {
            f.flags |= flag::DATE;
        }
        if let Some(m) = BYLINE_AC.ac.find(Input::new(text).anchored(Anchored::Yes))
            && byline_opening(text, m.end(), BYLINE_AC.dated[m.pattern().as_usize()], &f)
        {
            f.flags |= flag::BYLINE;
        }
        if f.has(flag::DATE) && starts_with_date(text) {
            f.flags |= flag::DATE_FIRST;
        }
        let (sflags, source) = source_of(text, f.chars, c.marks);
        f.flags |= sflags;
        if let Some((span, kind)) = source {
            f.value = rel(span);
            f.value_kind = kind;
        } else if let Some((span, canon)) = mention
            && f.value_kind == ValueKind::None
        {
            f.value = rel(span);
            f.value_kind = ValueKind::Mention;
            f.canon = Some(canon);
        }
        if let Some(user) = self.user.as_deref()
            && !user.sources.is_empty()
            && f.chars <= 400
            && text.len() <= SHORT_LINE_BYTES
            && let Some((span, grouped)) = user.sources.iter().find_map(|re| user_source(re, text))
        {
            f.flags |= flag::USER_SOURCE | flag::SOURCE;
            // A pattern without a group only marks the line when the built-in rules
            // already read a source from it (`^Via: .+$` keeps `X` of `Via: X`).
            let built_in = f.value_kind.source_rank() >= ValueKind::Dateline.source_rank();
            if span.0 < span.1 && (grouped || !built_in) {
                f.value = rel(span);
                f.value_kind = ValueKind::SourceLabel;
                f.canon = None;
            }
        }

        f.class = class_of(&f);
        // A headline-like line or a breadcrumb may end with another line's text; a
        // sentence does not.
        if short
            && f.words >= 3
            && (f.class == LineClass::Headline || f.words >= 4)
            && (!f.has(flag::TERMINAL) || f.has(flag::QUESTION))
        {
            suffix_keys(
                text,
                &c,
                f.class == LineClass::Headline,
                &mut scratch.suffixes,
            );
        }
        f
    }

    /// Phrase flags, and the first agency mention (its span in `text` and canonical
    /// name). `words` is the line's word count: some phrases count only on short lines;
    /// `sentence` says the line ends as a sentence ([`flag::TERMINAL`]: not after an
    /// abbreviation such as `e.V.`).
    fn phrase_flags(
        &self,
        text: &str,
        words: u32,
        sentence: bool,
    ) -> (u64, Option<(ByteRange, &'static str)>) {
        let phrases = self.phrases();
        let hay = &text.as_bytes()[..floor_char_boundary(text, PHRASE_SCAN_LIMIT)];
        let mut flags = 0;
        let mut mark = false;
        let mut mention = None;
        let mut named = None;
        let (mut cookie_words, mut consent_words) = (0u32, 0u32);
        for m in phrases.ac.find_iter(hay) {
            let starts_word = m.start() == 0
                || !is_word_byte(hay[m.start() - 1])
                || camel_glue(
                    &text[..floor_char_boundary(text, m.start())],
                    &hay[m.start()..],
                );
            let bit = match phrases.cats[m.pattern().as_usize()] {
                Cat::Mark => {
                    mark |= copyright_mark_in_place(hay, m.start(), m.end(), words);
                    0
                }
                Cat::Rights => flag::COPYRIGHT,
                // A footer's credit names its maker and ends (`Powered by Blogmill and
                // Harbour Theme`, `… newsroom, powered by Coast Radio.`), or goes on with the
                // footer's marks; in a headline or a sentence, the words go on
                // (`Truck powered by hydrogen fuel cells sets record`).
                Cat::Footer if words <= 15 && footer_credit_ends(&hay[m.end()..], words) => {
                    flag::COPYRIGHT
                }
                Cat::Footer => 0,
                Cat::Cookie => {
                    cookie_words += 1;
                    0
                }
                Cat::Consent => {
                    if word_bounded(hay, m.start(), m.end()) {
                        consent_words += 1;
                    }
                    0
                }
                // A skip link is a short line, or opens a line of menu links; in a
                // headline or running text the words are the sentence's (`… zum Inhalt
                // hatten.`).
                Cat::PageStart
                    if starts_word
                        && (words <= SKIP_LINK_WORDS
                            || skip_link_opens(hay, m.start())
                            || words <= 12 && hay[m.end()..].trim_ascii().is_empty()) =>
                {
                    flag::PAGE_START
                }
                Cat::WeakStart if starts_word => flag::PAGE_START | flag::WEAK_START,
                Cat::Widget
                    if starts_word
                        && ends_word(hay, m.end())
                        && (words <= 12 || m.start() <= 2) =>
                {
                    flag::WIDGET
                }
                Cat::WidgetLabel
                    if starts_word && ends_word(hay, m.end()) && words <= WIDGET_LABEL_WORDS =>
                {
                    flag::WIDGET
                }
                Cat::PageStart | Cat::WeakStart | Cat::Widget | Cat::WidgetLabel => 0,
                Cat::Credit if credit_in_place(hay, m.start(), m.end(), words) => flag::CREDIT,
                Cat::CaptionLabel if m.start() == 0 || after_image_alt(hay, m.start()) => {
                    flag::CREDIT
                }
                // A site name of a word or two may come first (`Site ist ein Angebot
                // der X`); a sentence that mentions an offer is longer, or ends as one.
                Cat::Publisher
                    if starts_word
                        && words <= 10
                        && !sentence
                        && text[..floor_char_boundary(text, m.start())]
                            .split_whitespace()
                            .count()
                            <= 3 =>
                {
                    flag::COPYRIGHT
                }
                Cat::Credit | Cat::CaptionLabel | Cat::Publisher => 0,
                Cat::User => flag::USER_CHROME,
                Cat::Mention => {
                    let i = m.pattern().as_usize() - phrases.mention_base;
                    let (phrase, canon, credit) = vocab::AGENCY_MENTIONS[i];
                    // The automaton folds ASCII case; an agency's name does not (the
                    // first letter may start a sentence).
                    let (found, want) = (&hay[m.start()..m.end()], phrase.as_bytes());
                    if found[..1].eq_ignore_ascii_case(&want[..1]) && found[1..] == want[1..] {
                        if credit {
                            mention.get_or_insert(((m.start(), m.end()), canon));
                        } else if m.start() <= NAMED_HOLDER_BYTES {
                            // The copyright's holder (`Copyright 2019 The Associated
                            // Press`), not an agency a site's footer names further on.
                            named.get_or_insert(((m.start(), m.end()), canon));
                        }
                    }
                    0
                }
                Cat::Relative => {
                    let before = &hay[..m.start()];
                    let number_before = before.ends_with(b" ")
                        && before[..before.len() - 1]
                            .last()
                            .is_some_and(u8::is_ascii_digit);
                    if word_bounded(hay, m.start(), m.end()) && number_before && words <= 10 {
                        flag::DATE
                    } else {
                        0
                    }
                }
                Cat::Month => {
                    if word_bounded(hay, m.start(), m.end()) && day_near(hay, m.start(), m.end()) {
                        flag::DATE
                    } else {
                        0
                    }
                }
            };
            flags |= bit;
        }
        // A consent banner names cookies; the words of consent alone are words of
        // running text and headlines too (an article about privacy law), unless they
        // come twice or make a button's label.
        if cookie_words >= 1
            || consent_words >= 2
            || consent_words == 1 && words <= CONSENT_LABEL_WORDS
        {
            flags |= flag::COOKIE;
        }
        // A copyright mark closes a page when the line carries a year or is short, and is
        // not a photo credit.
        let leading_mark = hay.starts_with("©".as_bytes()) || hay.starts_with(b"(c) ");
        if mark && flags & flag::CREDIT == 0 && (has_year(hay) || words <= 6 || leading_mark) {
            flags |= flag::COPYRIGHT;
        }
        // An agency's bare name credits it on a copyright line only.
        if flags & flag::COPYRIGHT != 0 {
            mention = mention.or(named);
        }
        (flags, mention)
    }
}

/// Per-line buffers filled by [`Classifier::classify_words`], reused from line to line.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scratch {
    /// Hashes of the line's words of at least [`MIN_WORD`] letters.
    pub words: Vec<u32>,
    /// Keys of the line's suffixes that start at a word (the 2nd word on) or, on a
    /// headline-like line, where glued text starts inside a word, and hold at least
    /// [`MIN_ECHO_KEY`] letters:
    /// `Home News Harbour Votes` and `HomeNewsHarbour Votes` end with the line
    /// `Harbour Votes`.
    pub suffixes: Vec<u64>,
    /// Hashes of the line's short words, for its language votes.
    pub short: Vec<u64>,
    /// The line with its no-break spaces made ASCII spaces ([`spaced_copy`]).
    spaced: Spaced,
}

/// A line with its no-break spaces made ASCII spaces, and where they were.
#[derive(Clone, Debug, Default)]
struct Spaced {
    /// The line, each no-break space an ASCII space.
    text: String,
    /// For each space put in: its offset in `text`, and the bytes it saved (1 for
    /// U+00A0, 2 for U+202F).
    shifts: Vec<(u32, u32)>,
}

impl Spaced {
    /// The offset in the original line of offset `p` of the copy.
    fn original(&self, p: u32) -> u32 {
        p + self
            .shifts
            .iter()
            .take_while(|&&(at, _)| at < p)
            .map(|&(_, saved)| saved)
            .sum::<u32>()
    }
}

/// `b` holds a no-break space (U+00A0, C2 A0) or a narrow one (U+202F, E2 80 AF).
fn has_no_break_space(b: &[u8]) -> bool {
    memchr::memchr2_iter(0xa0, 0xaf, b).any(|i| match b[i] {
        0xa0 => i >= 1 && b[i - 1] == 0xc2,
        _ => i >= 2 && b[i - 2..i] == [0xe2, 0x80],
    })
}

/// `line` into `out` with each no-break space made an ASCII space: `Headline\u{a0}|
/// Site` reads as a title with its separator, `vor\u{a0}3\u{a0}Tagen` as a date.
fn spaced_copy(line: &str, out: &mut Spaced) {
    out.text.clear();
    out.shifts.clear();
    let mut rest = line;
    while let Some(p) = rest.find(['\u{a0}', '\u{202f}']) {
        let width = rest[p..].chars().next().map_or(1, char::len_utf8);
        out.text.push_str(&rest[..p]);
        out.shifts.push((out.text.len() as u32, width as u32 - 1));
        out.text.push(' ');
        rest = &rest[p + width..];
    }
    out.text.push_str(rest);
}

/// Line `text` (with features `f` so far) opens with a byline's words, which end at
/// `end` (a date word when `dated`), as a byline does. A preposition (`By`, `Von`, `Di`,
/// …) opens a byline when names follow: a line of four words at most, in capitals or
/// with a date, or two names after it, and not a headline's start
/// ([`preposition_start`]); `Von Montag an gelten neue Regeln` and `Di Rocco lascia il
/// consiglio` are headlines. A date word (`Updated`, `Veröffentlicht`, `Publié`) opens
/// one when a date, a time, a colon or a preposition goes with it (`Published by …`):
/// `Updated vaccines approved` is a headline. Any other opening must end at a word's
/// end (`Redaktionsnetzwerk` is no `Redaktion`).
fn byline_opening(text: &str, end: usize, dated: bool, f: &Features) -> bool {
    let b = text.as_bytes();
    let opening = &text[..end];
    if opening.ends_with(' ') && !opening.trim_end().contains(' ') {
        // Two names after it (`By Jane Roe on 12 May`, `von Jan van der Berg`), or
        // capitals all along.
        const PARTICLES: [&str; 12] = [
            "van", "von", "der", "den", "de", "da", "del", "di", "du", "le", "la", "zu",
        ];
        let mut after = text[end..]
            .split_whitespace()
            .filter(|w| !PARTICLES.contains(w));
        let name = |w: Option<&str>| {
            w.and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let names = f.words <= 4
            || f.has(flag::ALL_CAPS | flag::DATE)
            || name(after.next()) && name(after.next());
        return names && !preposition_start(text, end, f.words);
    }
    if b.get(end).is_some_and(|&c| is_word_byte(c)) && !opening.ends_with([':', ' ']) {
        return false;
    }
    if dated && !opening.ends_with(':') {
        let next = text[end..].trim_start();
        let by = next.split_whitespace().next().is_some_and(|w| {
            vocab::BYLINE_PREPOSITIONS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p.trim_end()))
        });
        return f.has(flag::DATE)
            || by
            || next.starts_with(':')
            || next.starts_with(|c: char| c.is_ascii_digit());
    }
    true
}

/// A byline's opening word that is also a preposition (`By`, `Von`, `Por`, `Par`, …)
/// followed by a word in lower case, in a line of five words or more: a headline
/// (`Von der Küste bis zum Gipfel`, `Por qué sube el pan`, `By the numbers: …`), not
/// a name. `end` is where the opening word and its space end.
fn preposition_start(text: &str, end: usize, words: u32) -> bool {
    let opening = &text[..end];
    let word = opening.ends_with(' ') && opening.trim_end().chars().all(char::is_alphabetic);
    // A lower-case word after it (`By the sea`), or a quotation further on (`Von
    // Sprachregeln, Gender-Politik und «ganz normalem Deutsch»`): a byline names people.
    let quoted = words >= 6 && text[end..].contains(['«', '»', '„', '“', '”', '"']);
    words >= 5 && word && (text[end..].chars().next().is_some_and(char::is_lowercase) || quoted)
}

/// Where a user's source pattern matches `text`: the span of the credited source, its
/// capture group `source`, else its first group, else the whole match (trimmed); and
/// whether it came from a group.
fn user_source(re: &regex::Regex, text: &str) -> Option<(ByteRange, bool)> {
    let caps = re.captures(text)?;
    let group = caps.name("source").or_else(|| caps.get(1));
    let m = group.or_else(|| caps.get(0))?;
    let (s, e) = trim_bounds(m.as_str());
    Some(((m.start() + s, m.start() + e.max(s)), group.is_some()))
}

/// The keys of a line's suffixes that start at a word (the 2nd word on, from
/// [`count`]) or, with `glued`, also where glued text starts inside a word (see
/// [`glue_starts`]), and hold at least [`MIN_ECHO_KEY`] letters and digits; the key of
/// a suffix follows from the polynomial hash.
fn suffix_keys(text: &str, c: &Counts, glued: bool, out: &mut Vec<u64>) {
    if text.len() > HASH_LIMIT {
        // The key is cut there and mixes in the length: no suffix follows from it.
        return;
    }
    let mut glue = [(0u64, 0u32); MAX_GLUE];
    let n_glue = if glued {
        glue_starts(text, &mut glue)
    } else {
        0
    };
    // Both lists rise with the units before the start: merge them.
    let (words, glue) = (&c.prefixes[..c.n_prefixes], &glue[..n_glue]);
    let (mut i, mut j) = (0, 0);
    while i < words.len() || j < glue.len() {
        let (prefix, at) = if j == glue.len() || i < words.len() && words[i].1 <= glue[j].1 {
            i += 1;
            words[i - 1]
        } else {
            j += 1;
            glue[j - 1]
        };
        let rest = c.units - at;
        if rest < MIN_ECHO_KEY {
            break;
        }
        out.push(c.key.wrapping_sub(prefix.wrapping_mul(k_pow(rest))));
    }
}

/// The points inside a word where glued text starts (see [`Glue`]): the key and the
/// units mixed before each, as [`count`] mixes them; how many (up to
/// [`MAX_GLUE`]). Only for a line of at most [`HASH_LIMIT`] bytes, whose key is not
/// cut ([`suffix_keys`] asks for no other).
fn glue_starts(text: &str, out: &mut [(u64, u32); MAX_GLUE]) -> usize {
    if text.is_ascii() && !ascii_may_glue(text.as_bytes()) {
        return 0;
    }
    glue_starts_full(text, out)
}

/// The rest of a very long line, past the words read: its characters (bytes that start
/// one) and the words that start in it (`in_word`: the rest starts inside a word).
fn rest_counts(rest: &[u8], in_word: bool) -> (u32, u32) {
    let (mut chars, mut words) = (0, 0);
    let mut prev_space = !in_word;
    for &x in rest {
        let space = x == b' ' || x == b'\t';
        if prev_space && !space {
            words += 1;
        }
        // A character's first byte; a run of spaces counts once.
        if (x as i8) >= -0x40 && !(space && prev_space) {
            chars += 1;
        }
        prev_space = space;
    }
    (chars, words)
}

/// Class of an ASCII byte for [`ascii_may_glue`]: white space, lower, upper, digit, a
/// mark that joins the parts of a word (`'`, `-`, `.`, `,`), another mark.
const G_SPACE: u8 = 0;
const G_LOWER: u8 = 1;
const G_UPPER: u8 = 2;
const G_DIGIT: u8 = 3;
const G_JOIN: u8 = 4;
const G_MARK: u8 = 5;

static GLUE_CLASS: [u8; 128] = {
    let mut t = [G_MARK; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match ASCII_CLASS[b] {
            A_SPACE => G_SPACE,
            A_LOWER => G_LOWER,
            A_UPPER => G_UPPER,
            A_DIGIT => G_DIGIT,
            _ => match b as u8 {
                b'\'' | b'-' | b'.' | b',' => G_JOIN,
                _ => G_MARK,
            },
        };
        b += 1;
    }
    t
};

/// A mark after a letter or digit, or after such a mark: the state of
/// [`ascii_may_glue`] that [`Glue::Mark`] is.
const G_GLUED: u8 = 6;

/// Pairs of a state and a class (bit `8 * state + class`) where [`glue_starts_full`]
/// finds a glue point: a lower-case letter before an upper-case one or a digit, an
/// upper-case letter before a digit, a glued mark before a letter or digit.
const GLUE_PAIRS: u64 = 1 << (8 * G_LOWER + G_UPPER)
    | 1 << (8 * G_LOWER + G_DIGIT)
    | 1 << (8 * G_UPPER + G_DIGIT)
    | 1 << (8 * G_GLUED + G_LOWER)
    | 1 << (8 * G_GLUED + G_UPPER)
    | 1 << (8 * G_GLUED + G_DIGIT);

/// The state after a state and a class: the class, but [`G_GLUED`] for a mark after a
/// letter, digit or glued mark.
static GLUE_NEXT: [u8; 64] = {
    let mut t = [0; 64];
    let mut state = 0;
    while state < 8 {
        let mut cls = 0;
        while cls < 8 {
            let glued = cls == G_MARK as usize
                && matches!(state as u8, G_LOWER | G_UPPER | G_DIGIT | G_GLUED);
            t[8 * state + cls] = if glued { G_GLUED } else { cls as u8 };
            cls += 1;
        }
        state += 1;
    }
    t
};

/// False when ASCII `b` holds no glue point for [`glue_starts_full`]; it walks the
/// same states, without the keys.
fn ascii_may_glue(b: &[u8]) -> bool {
    let mut state = G_SPACE;
    for &byte in b {
        let i = usize::from(8 * state + GLUE_CLASS[usize::from(byte & 0x7f)]);
        if GLUE_PAIRS >> i & 1 != 0 {
            return true;
        }
        state = GLUE_NEXT[i];
    }
    false
}

/// [`glue_starts`] by walking every character.
fn glue_starts_full(text: &str, out: &mut [(u64, u32); MAX_GLUE]) -> usize {
    debug_assert!(text.len() <= HASH_LIMIT);
    let mut n = 0;
    let (mut key, mut units) = (0u64, 0u32);
    let mut glue = Glue::None;
    let mut in_word = false;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII through the byte table; other characters decoded. The character is
        // white space, a letter or digit (`Some` case: upper, lower, digit), or a mark
        // (`None`).
        let start = i;
        let (space, kind) = if b[i] < 0x80 {
            let byte = b[i];
            i += 1;
            let cls = ASCII_CLASS[byte as usize];
            (
                cls == A_SPACE,
                (cls >= A_LOWER).then_some((cls == A_UPPER, cls == A_LOWER, cls == A_DIGIT)),
            )
        } else {
            let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
            i += ch.len_utf8();
            let p = props(ch);
            (
                p.has(P_SPACE),
                p.has(P_ALNUM)
                    .then(|| (p.has(P_UPPER), p.has(P_LOWER), p.has(P_NUMERIC))),
            )
        };
        if space {
            in_word = false;
            continue;
        }
        if !in_word {
            in_word = true;
            glue = Glue::None;
        }
        let Some((up, lower, digit)) = kind else {
            // Apostrophes, hyphens, full stops and commas join the parts of a word
            // (`Harbour's`, `Post-Storm`, `U.S.`, `1,000`): no glue after them. Other marks after a letter or
            // digit (`SITE|Headline`) glue.
            glue = if matches!(&text[start..i], "'" | "’" | "-" | "‐" | "." | ",") {
                Glue::None
            } else if glue != Glue::None {
                Glue::Mark
            } else {
                Glue::None
            };
            continue;
        };
        let at = match glue {
            Glue::Lower => up || digit,
            Glue::Upper => digit,
            Glue::Mark => true,
            Glue::None | Glue::Digit => false,
        };
        if at && n < MAX_GLUE {
            out[n] = (key, units);
            n += 1;
        }
        glue = if up {
            Glue::Upper
        } else if lower {
            Glue::Lower
        } else if digit {
            Glue::Digit
        } else {
            // A letter without case (CJK, Arabic): no glue point after it.
            Glue::None
        };
        // Mixed as `count` mixes it.
        if i - start == 1 {
            let byte = b[start];
            key = mix(key, if digit { byte } else { byte | 0x20 } as u32);
            units += 1;
        } else {
            let ch = text[start..i].chars().next().unwrap_or('\u{fffd}');
            let (k, n) = props(ch).mix_lower(key, ch);
            (key, units) = (k, units + n);
        }
    }
    n
}

/// A footer's link bar printed on one line: short parts between `|` (or `·`, `•`), two
/// of them legal links (`Imprint | Privacy | Contact | Login`).
fn legal_bar(text: &str, marks: Marks) -> bool {
    text.len() <= 200
        && marks.may_hold(M_BAR | M_NON_ASCII)
        && has_bar_mark(text)
        && legal_bar_parts(text)
}

/// The parts of a line between `|`, `·` and `•` are three or more of three words at
/// most each, two of them legal links; a longer part may come first (a `Powered by …`
/// or `© …` credit before the links), nowhere else.
fn legal_bar_parts(text: &str) -> bool {
    let mut parts = 0;
    let mut legal = 0;
    let mut first = true;
    for part in text.split(['|', '·', '•']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let lead = std::mem::replace(&mut first, false);
        if part.split_whitespace().nth(3).is_some() {
            if lead {
                continue;
            }
            return false;
        }
        parts += 1;
        if is_legal_key(key_of(part).0) {
            legal += 1;
        }
    }
    parts >= 3 && legal >= 2
}

/// `text` holds `|`, `·` (C2 B7) or `•` (E2 80 A2): bytewise, jumping to the bytes that
/// can end one (`str::contains` with a set of chars decodes every character).
fn has_bar_mark(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'|', 0xb7, 0xa2, b).any(|i| match b[i] {
        b'|' => true,
        0xb7 => i >= 1 && b[i - 1] == 0xc2,
        _ => i >= 2 && b[i - 2..i] == [0xe2, 0x80],
    })
}

/// The class from the features, first rule that applies.
fn class_of(f: &Features) -> LineClass {
    use flag::*;
    let short = f.words <= 12 && f.chars <= 120;
    if f.has(SOURCE) {
        return LineClass::Source;
    }
    if f.has(FORM | NAV | PAGE_START | PAGE_END | LINK_REL | USER_CHROME | UNDERLINE | BANNER) {
        return LineClass::Chrome;
    }
    if f.has(COPYRIGHT) && f.chars <= 300 {
        return LineClass::Chrome;
    }
    if f.has(COOKIE | WIDGET) && f.heading == 0 && (f.chars <= 400 || f.has(COOKIE)) {
        return LineClass::Chrome;
    }
    if f.has(IMAGE | DOUBLED) || f.has(CREDIT) && f.chars <= 300 {
        return LineClass::Caption;
    }
    if f.has(FOOTNOTE) {
        return LineClass::Chrome;
    }
    // A date makes a dateline when it is most of the line or opens it; a headline that
    // mentions a date (`Market reopens on 12 May`) stays a headline.
    if f.has(BYLINE) && f.words <= 16 && !f.has(TERMINAL)
        || f.has(DATE) && (f.words <= 3 || f.has(DATE_FIRST) && f.words <= 10)
    {
        return LineClass::Byline;
    }
    if f.has(URL | GLUED | CJK_RUNON) || f.has(SYMBOLIC) && f.chars < 40 {
        return LineClass::Chrome;
    }
    if f.heading > 0 && f.words >= 2 && f.chars <= 250 {
        return LineClass::Headline;
    }
    if f.has(BULLET) && f.words <= 8 && !f.has(TERMINAL) {
        return LineClass::Chrome;
    }
    // A sentence end is allowed after a question, and in a Title Case line (`Ferry Fares
    // Rise Again. Here Is What Changes.`).
    // A `<title>` line with a site name may carry a deck as well: it may be longer.
    let (max_words, max_chars) = if f.has(TITLE_SEP) && f.has(SITE_SUFFIX) {
        (40, 300)
    } else {
        (30, 250)
    };
    let headline_shape = f.words >= 2
        && f.words <= max_words
        && f.chars >= 12
        && f.chars <= max_chars
        && f.has(CAPITALISED)
        && !f.has(CONTINUES)
        && (!f.has(TERMINAL)
            || f.has(QUESTION)
            || f.has(TITLE_CASE) && f.words <= 20
            || f.has(ELLIPSIS) && (4..=12).contains(&f.words));
    if headline_shape && !f.has(ALL_CAPS) {
        return LineClass::Headline;
    }
    if f.has(TERMINAL) && f.words >= 4 || f.words >= 12 {
        return LineClass::Body;
    }
    if short {
        return LineClass::Chrome;
    }
    LineClass::Body
}

/// Most words of a line that a page-start phrase makes a page-start line anywhere in
/// it; in a longer line it must open the line, one word before it at most (`Menu Skip
/// to content Home News …`, `[12]Skip to content …`), or end a line of up to twelve
/// words (`Site - HomeSkip to content`): `Streit zum Inhalt des Vertrags geht weiter`
/// is a headline.
const SKIP_LINK_WORDS: u32 = 5;

/// Most words of a line that a widget's label ([`vocab::WIDGET_LABELS`]) makes a widget
/// (`Share this on WhatsApp`, `-- Anzeige --`).
const WIDGET_LABEL_WORDS: u32 = 4;

/// Most words of a consent button or label named by one of [`vocab::CONSENT_WORDS`]
/// alone (`Consent preferences`, `Datenschutzhinweis und Einwilligung`).
const CONSENT_LABEL_WORDS: u32 = 3;

/// Bytes over which a line is no short line, whatever its character count: 300
/// characters of up to four bytes, and some white space.
const SHORT_LINE_BYTES: usize = 1536;

/// Glue points that make a line a glued menu ([`glued_menu`]).
const GLUE_MIN: u32 = 3;

/// A menu whose items were printed without spaces between them ([`flag::GLUED`]): a
/// capitalised word runs into a capitalised word of three letters or more before it
/// ([`glue_points`]) [`GLUE_MIN`] times or more, once for five words at least, and either
/// a word holds two such points (`NewsSportWeather`) or at most a quarter of the words
/// start in lower case. A headline that names brands (`YouTube`, `WhatsApp`, `PayPal`)
/// glues a word or two, and its other words are words of a sentence (`and`, `face`).
fn glued_menu(text: &str) -> bool {
    let (mut points, mut most, mut words, mut lower) = (0, 0, 0, 0);
    for word in text.split_whitespace() {
        words += 1;
        lower += u32::from(word.chars().next().is_some_and(char::is_lowercase));
        let p = glue_points(word);
        points += p;
        most = most.max(p);
    }
    points >= GLUE_MIN && points * 5 >= words && (most >= 2 || lower * 4 <= words)
}

/// Glue points of one word (see [`glued_menu`]): `NewsSports` has one, after `News`; a
/// brand name one (`YouTube`, `PlayStation`) or none (`iPhone`, `McDonald`, `ABCNews`); a
/// link's path none (`t.co/AbcDef`).
fn glue_points(word: &str) -> u32 {
    if word.contains('/') {
        return 0;
    }
    let mut points = 0;
    // Lower-case letters since the last capital.
    let mut run: Option<u32> = None;
    let mut chars = word.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch.is_uppercase() {
            if run.is_some_and(|n| n >= 2) && chars.peek().is_some_and(|n| n.is_lowercase()) {
                points += 1;
            }
            run = Some(0);
        } else if ch.is_lowercase() {
            run = run.map(|n| n + 1);
        } else {
            run = None;
        }
    }
    points
}

/// Byte bounds of the line without white space, byte-order marks and zero-width
/// characters at either end.
pub(crate) fn trim_bounds(s: &str) -> (usize, usize) {
    let is_pad = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{00ad}'
            )
    };
    let b = s.as_bytes();
    // ASCII white space first, bytewise; a non-ASCII byte at either end needs chars.
    let mut start = 0;
    while start < b.len() && b[start].is_ascii_whitespace() {
        start += 1;
    }
    if start < b.len() && b[start] >= 0x80 {
        start += s[start..]
            .char_indices()
            .find(|&(_, c)| !is_pad(c))
            .map_or(s.len() - start, |(i, _)| i);
    }
    let mut end = b.len();
    while end > start && b[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    if end > start && b[end - 1] >= 0x80 {
        end = s[start..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_pad(c))
            .map_or(start, |(i, c)| start + i + c.len_utf8());
    }
    (start, end)
}

/// Columns of a line's leading white space (a tab counts four); the invisible marks that
/// [`trim_bounds`] also skips (a byte-order mark, zero-width spaces) count none: a file
/// saved with a BOM, or pages appended with one each, keep their markdown headings.
fn indent_of(lead: &str) -> u32 {
    lead.chars()
        .map(|c| match c {
            '\t' => 4,
            c if c.is_whitespace() => 1,
            _ => 0,
        })
        .sum::<u32>()
}

/// The text starts with a month name (`März 2011`): `14. März 2011` is a date,
/// not the 14th item of a list.
fn month_follows(b: &[u8]) -> bool {
    let word = b
        .split(|c| c.is_ascii_whitespace() || matches!(c, b'.' | b','))
        .next()
        .unwrap_or(b"");
    word.len() >= 3 && std::str::from_utf8(word).is_ok_and(is_month)
}

/// Length of a list mark at the start, with the space after it.
fn list_mark_len(b: &[u8]) -> Option<usize> {
    let space_after = |n: usize| b.get(n).is_some_and(|&c| c == b' ' || c == b'\t');
    match b {
        [b'*' | b'-' | b'+' | b'o', ..] if space_after(1) => Some(2),
        [b'*' | b'+', ..] if b.len() == 1 => Some(1),
        // "•" U+2022, "·" U+00B7, "–" U+2013, "▪" U+25AA, "►" U+25BA
        [0xE2, 0x80, 0xA2, ..]
        | [0xE2, 0x80, 0x93, ..]
        | [0xE2, 0x96, 0xAA, ..]
        | [0xE2, 0x96, 0xBA, ..] => Some(if space_after(3) { 4 } else { 3 }),
        [0xC2, 0xB7, ..] if space_after(2) => Some(3),
        [d, ..] if d.is_ascii_digit() => {
            let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if n <= 3
                && matches!(b.get(n), Some(b'.' | b')'))
                && space_after(n + 1)
                && !month_follows(&b[n + 2..])
            {
                Some(n + 2)
            } else {
                None
            }
        }
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(test, derive(Debug))]
enum Case {
    Unknown,
    Upper,
    Lower,
    None,
}

#[cfg_attr(test, derive(Debug, PartialEq))]
struct Counts {
    /// Key and key length at the start of the 2nd, 3rd, … word (for suffix keys).
    prefixes: [(u64, u32); MAX_PREFIXES],
    n_prefixes: usize,
    /// Values mixed into `key` so far.
    units: u32,
    chars: u32,
    words: u32,
    /// Words whose first letter is upper case.
    cap_words: u32,
    cjk: u32,
    letters: u32,
    upper: u32,
    /// ASCII digits in the first [`WORD_LIMIT`] bytes.
    ascii_digits: u32,
    /// Marks the text may hold.
    marks: Marks,
    key: u64,
    key_len: u32,
    first_case: Case,
    /// Votes for the line's language.
    lang: lang::Votes,
}

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn mix(h: u64, x: u32) -> u64 {
    // Polynomial, so that the key of a suffix follows from prefix keys (see
    // `suffix_keys`).
    h.wrapping_mul(K).wrapping_add(x as u64 + 1)
}

/// Mixes a non-ASCII letter or digit into a key, lower-cased (one character or more:
/// `İ` lower-cases to two); returns the key and the characters mixed. [`key_only`] and
/// [`glue_starts`] mix with it; [`count`] mixes the same characters into its key and its
/// word hash in one loop.
#[inline]
fn mix_lower(mut key: u64, ch: char) -> (u64, u32) {
    let mut n = 0;
    for lc in ch.to_lowercase() {
        key = mix(key, lc as u32);
        n += 1;
    }
    (key, n)
}

/// Spreads every input bit over the whole hash (the finaliser of MurmurHash3): a
/// polynomial hash keeps its last character in its low bits only.
#[inline]
pub(crate) fn finalize(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// `K` to the powers 0 to 63 (`[0]`), and `K^64` to the powers 0 to 63 (`[1]`).
static K_POWS: [[u64; 64]; 2] = {
    let mut t = [[1u64; 64]; 2];
    let mut i = 1;
    while i < 64 {
        t[0][i] = t[0][i - 1].wrapping_mul(K);
        i += 1;
    }
    let k64 = t[0][63].wrapping_mul(K);
    i = 1;
    while i < 64 {
        t[1][i] = t[1][i - 1].wrapping_mul(k64);
        i += 1;
    }
    t
};

/// `K` to the power `n`, wrapping: from [`K_POWS`] below 4096.
#[inline]
fn k_pow(n: u32) -> u64 {
    match K_POWS[1].get((n >> 6) as usize) {
        Some(&high) => K_POWS[0][(n & 63) as usize].wrapping_mul(high),
        None => k_pow_by_squaring(n),
    }
}

/// `K` to the power `n`, wrapping, by repeated squaring.
fn k_pow_by_squaring(mut n: u32) -> u64 {
    let (mut base, mut acc) = (K, 1u64);
    while n > 0 {
        if n & 1 == 1 {
            acc = acc.wrapping_mul(base);
        }
        base = base.wrapping_mul(base);
        n >>= 1;
    }
    acc
}

/// Most word starts remembered per line for its suffix keys.
const MAX_PREFIXES: usize = 16;

/// Most points where glued text starts inside a word (see [`Glue`]) remembered per
/// headline-like line for its suffix keys.
const MAX_GLUE: usize = 8;

/// The last character of the current word, for glue points: a text node glued to the
/// next without a space starts where a lower-case letter meets an upper-case one
/// (`StartseiteRatgeber`), a letter meets a digit (`more12.03.2021`), or a mark meets
/// a letter or digit (`SITE|Headline`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Glue {
    /// Start of a word, or a letter without case.
    None,
    Lower,
    Upper,
    Digit,
    /// A mark after a letter or digit.
    Mark,
}

/// Seed of the hash of a pair of ideographic characters (see [`count`]), apart from
/// the hashes of words.
const IDEO_PAIR_SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// Shortest word (in letters and digits) that goes into the word hashes.
pub(crate) const MIN_WORD: u32 = 4;

/// Bytes of a line that go into its key and word hashes; past them, only characters and
/// words are counted, and the key takes the line's length instead. Two long lines that
/// agree on this much and on their length are printings of the same text.
const HASH_LIMIT: usize = 512;

/// Bytes of a line whose words are hashed (for coverage and freshness), and the most
/// word hashes kept per line.
const WORD_LIMIT: usize = 4096;
const MAX_WORDS: usize = 128;

/// Most word hashes kept per line with pairs of ideographic characters among them
/// ([`push_pair`]): a pair is about half a word.
const MAX_PAIR_WORDS: usize = 2 * MAX_WORDS;

/// Classes of ASCII bytes for [`count`].
const A_OTHER: u8 = 0;
const A_SPACE: u8 = 1;
const A_LOWER: u8 = 2;
const A_UPPER: u8 = 3;
const A_DIGIT: u8 = 4;

static ASCII_CLASS: [u8; 128] = {
    let mut t = [A_OTHER; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = if b.is_ascii_lowercase() {
            A_LOWER
        } else if b.is_ascii_uppercase() {
            A_UPPER
        } else if b.is_ascii_digit() {
            A_DIGIT
        } else if b == b' ' || (b >= 0x09 && b <= 0x0d) || (b >= 0x1c && b <= 0x1f) {
            A_SPACE
        } else {
            A_OTHER
        };
        i += 1;
    }
    t
};

/// Bits of [`Marks`]: ASCII marks that shape checks look for, and any non-ASCII
/// character.
const M_PAREN: u8 = 1;
const M_UNDERSCORE: u8 = 2;
const M_AT: u8 = 4;
const M_BAR: u8 = 8;
const M_BRACKET: u8 = 16;
const M_COLON: u8 = 32;
/// `-` or `/`: with `|` and `:`, the second byte of a built-in title separator.
const M_DASH_SLASH: u8 = 64;
const M_NON_ASCII: u8 = 128;

/// The [`Marks`] bit of each ASCII byte (0 for the others).
static MARK_BIT: [u8; 128] = {
    let mut t = [0u8; 128];
    t[b'(' as usize] = M_PAREN;
    t[b'_' as usize] = M_UNDERSCORE;
    t[b'@' as usize] = M_AT;
    t[b'|' as usize] = M_BAR;
    t[b'[' as usize] = M_BRACKET;
    t[b':' as usize] = M_COLON;
    t[b'-' as usize] = M_DASH_SLASH;
    t[b'/' as usize] = M_DASH_SLASH;
    t
};

/// Which marks a line's text may hold, from [`count`]'s pass: a check that needs a mark
/// the text lacks is skipped (same answer, no search). A bit set does not say the mark
/// is there (past [`WORD_LIMIT`] bytes, every bit is set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marks(u8);

impl Marks {
    /// The text may hold one of the marks of `bits`.
    #[inline]
    fn may_hold(self, bits: u8) -> bool {
        self.0 & bits != 0
    }
}

/// Bits of [`Props`]: white space; a letter or digit (not white space); and, for a
/// letter or digit only: alphabetic, upper case, lower case, numeric, ideographic.
const P_SPACE: u8 = 1;
const P_ALNUM: u8 = 2;
const P_ALPHA: u8 = 4;
const P_UPPER: u8 = 8;
const P_LOWER: u8 = 16;
const P_NUMERIC: u8 = 32;
const P_IDEOGRAPHIC: u8 = 64;
/// A character printed as nothing inside a word, which [`count`] skips: a soft hyphen
/// (`&shy;`, `Bundes\u{ad}regierung`), a zero-width space or joiner, a left-to-right or
/// right-to-left mark, a word joiner, a byte-order mark, and a combining mark of text in decomposed form (NFD: `u\u{308}`
/// for `ü`).
const P_INVISIBLE: u8 = 128;

/// The characters of [`P_INVISIBLE`].
fn is_invisible(ch: char) -> bool {
    matches!(ch,
        '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
        | '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// The Unicode properties of a character that [`count`], [`glue_starts`] and
/// [`key_only`] read: one table look-up ([`props`]) below U+0800 (the scripts of
/// two-byte UTF-8: Latin, Greek, Cyrillic, Hebrew, Arabic) and in a few frequent blocks,
/// where the Unicode tables of `char` cost a few hundred instructions a letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Props {
    /// `P_*` bits.
    bits: u8,
    /// [`lang::script_of`] of a letter, or `NO_SCRIPT`.
    script: u8,
    /// The lower case of a letter or digit when it is one character; `None` when it is
    /// more (`İ`), and for other characters.
    lower: Option<char>,
}

/// [`Props::script`] of a character without one.
const NO_SCRIPT: u8 = u8::MAX;

/// Blocks whose [`Props`] are in [`LOW_PROPS`], one after the other: the characters
/// below U+0800, General Punctuation (`’`, `“`, `–`, `•`, `…`, spaces of other
/// widths), CJK punctuation, Hiragana and Katakana (`、`, `。`, `の`).
const TABLED: [std::ops::Range<u32>; 3] = [0..0x800, 0x2000..0x2070, 0x3000..0x3100];

/// Blocks of letters that share their [`Props`], each letter its own lower case: CJK
/// Unified Ideographs and Hangul syllables. Their shared properties follow the tabled
/// blocks in [`LOW_PROPS`]; `props_are_the_unicode_properties` checks every letter.
const UNIFORM: [std::ops::RangeInclusive<u32>; 2] = [0x4e00..=0x9fff, 0xac00..=0xd7a3];

static LOW_PROPS: Lazy<Vec<Props>> = Lazy::new(|| {
    let tabled = TABLED.iter().flat_map(|r| r.clone());
    let uniform = UNIFORM.iter().map(|r| *r.start());
    tabled
        .chain(uniform)
        .map(|c| Props::of(char::from_u32(c).unwrap_or('\u{fffd}')))
        .collect()
});

impl Props {
    /// The properties from the Unicode tables.
    fn of(ch: char) -> Props {
        let none = Props {
            bits: 0,
            script: NO_SCRIPT,
            lower: None,
        };
        if is_invisible(ch) {
            return Props {
                bits: P_INVISIBLE,
                ..none
            };
        }
        if ch.is_whitespace() {
            return Props {
                bits: P_SPACE,
                ..none
            };
        }
        if !ch.is_alphanumeric() {
            return none;
        }
        let mut bits = P_ALNUM;
        let mut script = NO_SCRIPT;
        if ch.is_alphabetic() {
            bits |= P_ALPHA;
            script = lang::script_of(ch).map_or(NO_SCRIPT, |s| s as u8);
        }
        for (bit, has) in [
            (P_UPPER, ch.is_uppercase()),
            (P_LOWER, ch.is_lowercase()),
            (P_NUMERIC, ch.is_numeric()),
            (P_IDEOGRAPHIC, lang::is_ideographic(ch)),
        ] {
            if has {
                bits |= bit;
            }
        }
        let mut lc = ch.to_lowercase();
        let lower = match (lc.next(), lc.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        };
        Props {
            bits,
            script,
            lower,
        }
    }

    #[inline]
    fn has(self, bit: u8) -> bool {
        self.bits & bit != 0
    }

    /// The script index of a letter ([`lang::script_of`]).
    #[inline]
    fn script(self) -> Option<usize> {
        (self.script != NO_SCRIPT).then_some(self.script as usize)
    }

    /// [`mix_lower`] of `ch`, whose properties these are.
    #[inline]
    fn mix_lower(self, key: u64, ch: char) -> (u64, u32) {
        match self.lower {
            Some(lc) => (mix(key, lc as u32), 1),
            None => mix_lower(key, ch),
        }
    }
}

/// The [`Props`] of a character: from [`LOW_PROPS`] for the [`TABLED`] and
/// [`UNIFORM`] blocks.
#[inline]
fn props(ch: char) -> Props {
    let c = ch as u32;
    let mut at = 0;
    for r in &TABLED {
        if r.contains(&c) {
            return LOW_PROPS[(at + c - r.start) as usize];
        }
        at += r.end - r.start;
    }
    for r in &UNIFORM {
        if r.contains(&c) {
            return Props {
                lower: Some(ch),
                ..LOW_PROPS[at as usize]
            };
        }
        at += 1;
    }
    Props::of(ch)
}

/// Bits of [`RUN_CLASS`]: an ASCII letter or digit, a letter, an upper-case letter
/// (the bit values are relied on: [`ascii_run`] shifts them).
const RUN_ALNUM: u8 = 1;
const RUN_LETTER: u8 = 2;
const RUN_UPPER: u8 = 4;

/// [`RUN_ALNUM`], [`RUN_LETTER`] and [`RUN_UPPER`] of every byte (none for a byte of a
/// non-ASCII character).
static RUN_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = match ASCII_CLASS[i] {
            A_LOWER => RUN_ALNUM | RUN_LETTER,
            A_UPPER => RUN_ALNUM | RUN_LETTER | RUN_UPPER,
            A_DIGIT => RUN_ALNUM,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// What [`ascii_run`] read.
struct AsciiRun {
    /// Bytes in the run.
    len: usize,
    /// The key and the word hash with the run mixed in.
    key: u64,
    wh: u64,
    /// Letters, and upper-case letters, in the run.
    letters: u32,
    upper: u32,
    /// [`RUN_CLASS`] bits of the run's first letter (0: digits only).
    first_letter: u8,
}

/// The run of ASCII letters and digits at the start of `b`: each byte mixed into `key`
/// and `wh` as [`count`] mixes it, lower-cased (`| 0x20` keeps a digit as it is).
///
/// The mix is polynomial: the run's bytes are mixed once, into a hash that starts at 0,
/// and `key` and `wh` become `key * K^len` and `wh * K^len` plus that hash.
#[inline]
fn ascii_run(b: &[u8], key: u64, wh: u64) -> AsciiRun {
    let (mut letters, mut upper, mut first_letter) = (0u32, 0u32, 0u8);
    let mut len = 0;
    let mut run = 0u64;
    // Digits up to the first letter, then letters and digits.
    while let Some(&byte) = b.get(len) {
        let c = RUN_CLASS[byte as usize];
        if c & RUN_LETTER != 0 {
            first_letter = c;
            break;
        }
        if c & RUN_ALNUM == 0 {
            break;
        }
        run = mix(run, u32::from(byte));
        len += 1;
    }
    if first_letter != 0 {
        for &byte in &b[len..] {
            let c = RUN_CLASS[byte as usize];
            if c & RUN_ALNUM == 0 {
                break;
            }
            letters += u32::from((c >> 1) & 1);
            upper += u32::from(c >> 2);
            run = mix(run, u32::from(byte | 0x20));
            len += 1;
        }
    }
    let k = k_pow(len as u32);
    AsciiRun {
        len,
        key: key.wrapping_mul(k).wrapping_add(run),
        wh: wh.wrapping_mul(k).wrapping_add(run),
        letters,
        upper,
        first_letter,
    }
}

/// One pass over the bytes: counts, the normalised key, and (when `words` is given) the
/// hashes of the words of at least [`MIN_WORD`] letters. ASCII is classified by a table;
/// other characters are decoded one by one.
fn count(text: &str, scratch: Option<&mut Scratch>) -> Counts {
    let (mut words, mut short) = match scratch {
        Some(s) => {
            s.short.clear();
            // A line too short to vote for a language keeps no short words.
            let votes = text.len() >= lang::MIN_TEXT;
            (Some(&mut s.words), votes.then_some(&mut s.short))
        }
        None => (None, None),
    };
    // Every counter is a local (not a field of `Counts`) so that the loop keeps them in
    // registers; `Counts` is assembled at the end.
    let mut prefixes = [(0u64, 0u32); MAX_PREFIXES];
    let mut n_prefixes = 0usize;
    let (mut units, mut chars, mut n_words, mut cap_words) = (0u32, 0u32, 0u32, 0u32);
    let (mut cjk, mut letters, mut upper, mut key_len) = (0u32, 0u32, 0u32, 0u32);
    let mut ascii_digits = 0u32;
    let mut marks = 0u8;
    let mut key = 0u64;
    let mut first_case = Case::Unknown;
    let b = text.as_bytes();
    let hashed = floor_char_boundary(text, HASH_LIMIT);
    let worded = floor_char_boundary(text, WORD_LIMIT);
    let mut in_word = false;
    // The current word has had a letter already.
    let mut lettered = false;
    let mut wh: u64 = 0;
    let mut wl: u32 = 0;
    let mut script_letters = [0u32; lang::N_LANGS];
    // The last ideographic character (kana, Han, Hangul) and the byte after it.
    let (mut prev_ideo, mut ideo_end) = (0u32, usize::MAX);
    macro_rules! flush {
        () => {
            push_word(words.as_deref_mut(), wh, wl);
            lang::push_short(short.as_deref_mut(), wh, wl);
            wh = 0;
            wl = 0;
        };
    }
    macro_rules! word_start {
        () => {
            if !in_word {
                if n_words > 0 && n_prefixes < MAX_PREFIXES {
                    prefixes[n_prefixes] = (key, units);
                    n_prefixes += 1;
                }
                n_words += 1;
                in_word = true;
                lettered = false;
            }
        };
    }
    let mut i = 0;
    // The key as it stood at the end of the hashed prefix.
    let mut frozen: Option<(u64, u32)> = None;
    while i < worded {
        if i == hashed {
            frozen = Some((key, key_len));
        }
        let byte = b[i];
        if byte < 0x80 {
            let cls = ASCII_CLASS[byte as usize];
            if cls == A_SPACE {
                // A run of white space counts as one character.
                i += 1;
                chars += u32::from(in_word);
                in_word = false;
                flush!();
                continue;
            }
            word_start!();
            if cls == A_OTHER {
                marks |= MARK_BIT[byte as usize];
                // A character reference left undecoded (`&amp;`, `&#39;`) is one mark,
                // as the character it stands for would be: its name is no word.
                // (Its digits still count: the gate of `numeric_date`.)
                let limit = if i < hashed { hashed } else { worded };
                i += if byte == b'&' {
                    let n = entity_len(&b[i..limit]).max(1);
                    ascii_digits +=
                        b[i..i + n].iter().filter(|c| c.is_ascii_digit()).count() as u32;
                    n
                } else {
                    1
                };
                chars += 1;
                flush!();
                continue;
            }
            if first_case == Case::Unknown {
                first_case = match cls {
                    A_UPPER => Case::Upper,
                    A_LOWER => Case::Lower,
                    _ => Case::None,
                };
            }
            // A run of ASCII letters and digits, up to where the key freezes.
            let run_end = if i < hashed { hashed } else { worded };
            let run = ascii_run(&b[i..run_end], key, wh);
            (key, wh) = (run.key, run.wh);
            letters += run.letters;
            ascii_digits += run.len as u32 - run.letters;
            upper += run.upper;
            if !lettered && run.first_letter != 0 {
                lettered = true;
                cap_words += u32::from(run.first_letter & RUN_UPPER != 0);
            }
            i += run.len;
            let n = run.len as u32;
            chars += n;
            units += n;
            key_len += n;
            wl += n;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
        i += ch.len_utf8();
        marks |= M_NON_ASCII;
        let p = props(ch);
        if p.has(P_INVISIBLE) {
            continue;
        }
        if p.has(P_SPACE) {
            chars += u32::from(in_word);
            in_word = false;
            flush!();
            continue;
        }
        chars += 1;
        word_start!();
        if p.has(P_ALNUM) {
            if p.has(P_IDEOGRAPHIC) {
                cjk += 1;
                // Scripts without spaces between words (and Korean, whose words carry
                // their particles) share words as pairs of characters: each pair of
                // neighbours is hashed as a word, so that a headline's words are found
                // in its body.
                if ideo_end == i - ch.len_utf8()
                    && let Some(w) = words.as_deref_mut()
                {
                    push_pair(w, mix(mix(IDEO_PAIR_SEED, prev_ideo), ch as u32));
                }
                (prev_ideo, ideo_end) = (ch as u32, i);
            }
            if p.has(P_ALPHA) {
                letters += 1;
                if let Some(s) = p.script() {
                    script_letters[s] += 1;
                }
                let up = p.has(P_UPPER);
                upper += u32::from(up);
                if !lettered {
                    lettered = true;
                    cap_words += u32::from(up);
                }
                if first_case == Case::Unknown {
                    first_case = if up {
                        Case::Upper
                    } else if p.has(P_LOWER) {
                        Case::Lower
                    } else {
                        Case::None
                    };
                }
            }
            if let Some(lc) = p.lower {
                key = mix(key, lc as u32);
                units += 1;
                wh = mix(wh, lc as u32);
            } else {
                for lc in ch.to_lowercase() {
                    key = mix(key, lc as u32);
                    units += 1;
                    wh = mix(wh, lc as u32);
                }
            }
            key_len += 1;
            wl += 1;
        } else {
            flush!();
        }
    }
    push_word(words, wh, wl);
    lang::push_short(short.as_deref_mut(), wh, wl);
    let votes = short.map_or([0; lang::N_LANGS], |s| lang::votes(s, &script_letters));
    if let Some((k, len)) = frozen {
        key = k;
        key_len = len;
    }
    if worded < b.len() {
        let (c, w) = rest_counts(&b[worded..], in_word);
        chars += c;
        n_words += w;
    }
    (key, key_len) = finish_key(key, key_len, hashed, b.len());
    Counts {
        prefixes,
        n_prefixes,
        units,
        chars,
        words: n_words,
        cap_words,
        cjk,
        letters,
        upper,
        ascii_digits,
        // Past the worded prefix, any mark may follow.
        marks: Marks(if worded < b.len() { u8::MAX } else { marks }),
        key,
        key_len,
        first_case,
        lang: votes,
    }
}

/// Most words of a gallery's or a list's counter ([`counter`]).
const COUNTER_WORDS: u32 = 5;

/// Most pictures or pages a counter counts.
const COUNTER_MAX: u32 = 999;

/// Words between the two numbers of a counter (`Bild 1 von 10`, `Image 3 of 12`).
const COUNTER_OF: &[&str] = &["of", "von", "de", "di", "sur", "van", "av", "af", "z", "из"];

/// A gallery's or a pager's counter: a word or two, then `N of M` (`Bild 1 von 10`,
/// `Image 3 of 12`, `Slide 4 of 20`), N no greater than M, M under a thousand: a
/// widget, no headline.
fn counter(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(total), Some(of), Some(n)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let (Ok(total), Ok(n)) = (total.parse::<u32>(), n.parse::<u32>()) else {
        return false;
    };
    let label = words.next();
    // A year is no count of pictures (`Top 10 of 2024`).
    total <= COUNTER_MAX
        && (1..=total).contains(&n)
        && COUNTER_OF.iter().any(|w| of.eq_ignore_ascii_case(w))
        && label.is_some_and(|l| l.chars().all(char::is_alphabetic))
}

/// Most words of a line's opening label ([`Features::label`]).
const LABEL_WORDS: usize = 3;

/// The key of the label that opens `text`: a word or a few, then `: ` and more text
/// (`Weiter zur Seite: Hafen`, `Mehr zum Thema: …`), within the first 40 bytes; 0
/// when there is none. A list of links or teasers labelled alike repeats it line after
/// line (see the signals' `listed`).
fn label_key(text: &str) -> u64 {
    let b = text.as_bytes();
    let head = &b[..b.len().min(40)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return 0;
    };
    if colon == 0 || b.get(colon + 1) != Some(&b' ') || b.len() <= colon + 2 {
        return 0;
    }
    let label = &text[..colon];
    if label.split_whitespace().nth(LABEL_WORDS).is_some() {
        return 0;
    }
    let (key, n) = key_of(label);
    if n >= 3 { key } else { 0 }
}

/// Named character references a scraper may leave undecoded: marks, spaces and quotes
/// (a letter's reference, `&eacute;`, is read as printed).
const ENTITY_NAMES: &[&[u8]] = &[
    b"amp", b"quot", b"apos", b"lt", b"gt", b"nbsp", b"hellip", b"mdash", b"ndash", b"lsquo",
    b"rsquo", b"ldquo", b"rdquo", b"laquo", b"raquo", b"sbquo", b"bdquo", b"copy", b"reg",
    b"trade", b"shy", b"thinsp", b"ensp", b"emsp", b"bull", b"middot", b"euro", b"pound",
];

/// The length of the HTML character reference that `b` starts with (`&amp;`, `&#39;`,
/// `&#x2019;`, a name of [`ENTITY_NAMES`]), 0 when it starts with none.
fn entity_len(b: &[u8]) -> usize {
    let Some(rest) = b.strip_prefix(b"&") else {
        return 0;
    };
    let (body, max, digit): (&[u8], usize, fn(&u8) -> bool) = match rest {
        [b'#', b'x' | b'X', hex @ ..] => (hex, 6, u8::is_ascii_hexdigit),
        [b'#', dec @ ..] => (dec, 7, u8::is_ascii_digit),
        _ => (rest, 8, u8::is_ascii_alphabetic),
    };
    let n = body.iter().take(max + 1).take_while(|b| digit(b)).count();
    if n == 0 || n > max || body.get(n) != Some(&b';') {
        return 0;
    }
    if !rest.starts_with(b"#") && !ENTITY_NAMES.contains(&&body[..n]) {
        return 0;
    }
    b.len() - body.len() + n + 1
}

/// Keeps the hash of a pair of ideographic characters, up to [`MAX_PAIR_WORDS`] word
/// hashes per line (a pair is a short word: a line of them holds more).
#[inline]
fn push_pair(words: &mut Vec<u32>, hash: u64) {
    if words.len() < MAX_PAIR_WORDS {
        words.push((finalize(hash) >> 32) as u32 | 1);
    }
}

/// Keeps the hash of a finished word of at least [`MIN_WORD`] letters.
#[inline]
fn push_word(words: Option<&mut Vec<u32>>, hash: u64, letters: u32) {
    if letters >= MIN_WORD
        && let Some(w) = words
        && w.len() < MAX_WORDS
    {
        w.push((finalize(hash) >> 32) as u32 | 1);
    }
}

/// The normalised key of a piece of text and the letters and digits in it.
pub(crate) fn key_of(text: &str) -> (u64, u32) {
    // Text that starts with an ASCII letter (no list mark: `o ` is one) and ends with
    // ASCII that is not white space has nothing to trim or strip.
    if plainly_keyed(text) {
        return key_only(text);
    }
    key_of_marked(text)
}

/// [`key_of`] for any text: white space trimmed, a list mark or heading marks stripped.
fn key_of_marked(text: &str) -> (u64, u32) {
    let (s, e) = trim_bounds(text);
    let t = &text[s..e];
    let t = match list_mark_len(t.as_bytes()) {
        Some(n) => &t[n..],
        None => t.trim_start_matches('#'),
    };
    key_only(t)
}

/// `text` starts with an ASCII letter that opens no list mark (`o ` is one) and ends
/// with ASCII that is not white space: [`key_of`] has nothing to trim or strip, the key
/// is [`key_only`]'s.
#[inline]
fn plainly_keyed(text: &str) -> bool {
    let b = text.as_bytes();
    matches!(b, [first, .., last] | [first @ last]
        if first.is_ascii_alphabetic()
            && !(*first == b'o' && matches!(b.get(1), Some(b' ' | b'\t')))
            && last.is_ascii()
            && !last.is_ascii_whitespace())
}

/// The key and key length [`count`] computes, without its other counts: for the many
/// short pieces of text looked up in the vocabulary sets.
fn key_only(text: &str) -> (u64, u32) {
    let hashed = floor_char_boundary(text, HASH_LIMIT);
    let (mut key, mut key_len) = (0u64, 0u32);
    let head = &text[..hashed];
    let b = head.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let byte = b[i];
        if byte < 0x80 {
            if RUN_CLASS[byte as usize] & RUN_ALNUM != 0 {
                // A letter lower-cased, a digit as it is (`| 0x20` keeps it).
                key = mix(key, u32::from(byte | 0x20));
                key_len += 1;
                i += 1;
            } else if byte == b'&' {
                // As in `count`: a character reference is no word.
                i += entity_len(&b[i..]).max(1);
            } else {
                i += 1;
            }
            continue;
        }
        let ch = head[i..].chars().next().unwrap_or('\u{fffd}');
        i += ch.len_utf8();
        let p = props(ch);
        if p.has(P_ALNUM) {
            key = p.mix_lower(key, ch).0;
            key_len += 1;
        }
    }
    finish_key(key, key_len, hashed, text.len())
}

/// The final key of a text of `len` bytes whose first `hashed` went into `key`: a text
/// longer than that mixes in its length; no letters give key 0, and 0 is kept for that.
fn finish_key(key: u64, key_len: u32, hashed: usize, len: usize) -> (u64, u32) {
    let (mut key, mut key_len) = (key, key_len);
    if hashed < len {
        key = mix(key, len as u32);
        key_len += 1;
    }
    if key_len == 0 {
        (0, 0)
    } else {
        (key.max(1), key_len)
    }
}

/// Key of a title part, or 0 when the part is too short to be a headline (fewer than
/// two words or [`MIN_ECHO_KEY`] letters).
fn echo_key(text: &str) -> u64 {
    let (k, n) = key_of(text);
    let two_words = text.split_whitespace().nth(1).is_some();
    // Scripts without spaces (CJK) make one long "word".
    let unspaced = !text.is_ascii() && !text.trim().contains(' ') && n >= 6;
    if n >= MIN_ECHO_KEY && two_words || unspaced {
        k
    } else {
        0
    }
}

/// Flags from the end of the text.
///
/// A closing parenthetical credit (`… on Saturday. (AFP)`, `… (Photo: Jane Roe)`) is
/// looked through: the sentence before it decides, and the line gets [`flag::CREDIT`].
fn end_flags(text: &str) -> u64 {
    let t = text.trim_end();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
    {
        let inner = &t[open + 1..t.len() - 1];
        let label = inner.split([':', '/', ' ']).next().unwrap_or("");
        // An agency (`(AFP)`), not the initials of the words before it (`Environmental
        // Protection Agency (EPA)`); a label with a name (`(Photo: Jane Roe)`), not a
        // label alone (`… library (photos)`).
        let agency =
            AGENCY_NAMES.contains_key(&key_of(label).0) && !initials_end_with(&t[..open], label);
        let labelled = CREDIT_LABEL_KEYS.contains(&key_of(label).0)
            && inner[label.len()..].trim_matches([':', '/', ' ']).len() > 1;
        if (agency || labelled) && open > 0 {
            return flag::CREDIT | end_flags(&t[..open]);
        }
    }
    let last = text.chars().rev().find(|c| {
        !matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '*' | '_' | '“' | '„' | ' '
        )
    });
    match last {
        Some('.') if abbreviation_end(t) => 0,
        Some('…') => flag::TERMINAL | flag::ELLIPSIS,
        Some('.') if t.ends_with("...") => flag::TERMINAL | flag::ELLIPSIS,
        Some('.' | '。' | '．') => flag::TERMINAL,
        Some('!' | '?' | '！' | '？' | '؟') => flag::TERMINAL | flag::QUESTION,
        Some(',' | ';' | ':' | '،' | '、') => flag::CONTINUES,
        _ => 0,
    }
}

/// The initials of the last words of `before` (capitals that open a word or a
/// hyphenated part) spell `abbr` (`Environmental Protection Agency` and `EPA`, `Harbour
/// Workers-e-Union` and `HWU`).
fn initials_end_with(before: &str, abbr: &str) -> bool {
    if abbr.len() < 2 || !abbr.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    // Particles between the words (`of`, `e`, `de`) are skipped; a longer word in
    // lower case ends the name (`… villages in Pakistan (AP)` is no `AP`).
    let mut initials = before
        .split([' ', '-'])
        .rev()
        .filter(|w| !w.is_empty())
        .take_while(|w| !w.starts_with(char::is_lowercase) || w.chars().count() <= 3)
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .take(abbr.len());
    abbr.chars().rev().all(|a| initials.next() == Some(a))
}

/// A short line that ends in an abbreviation, not a sentence: `… – BUND e.V.`,
/// `… Alert Tues.`, `… U.S.`
fn abbreviation_end(t: &str) -> bool {
    // The last word is read from the end, and decides on most lines (a sentence ends
    // with a word in lower case): the count of words, a scan from the start, comes last.
    let Some(last) = t.split_whitespace().next_back() else {
        return false;
    };
    let word = last.trim_end_matches('.');
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let abbreviated = word.contains('.')
        || (1..=4).contains(&letters) && word.chars().next().is_some_and(char::is_uppercase);
    abbreviated && !more_words_than(t, 12)
}

/// `t` has more than `n` words between white space (`t.split_whitespace().nth(n)` is
/// some), counted bytewise: ASCII by comparison, other characters decoded. Unlike
/// [`count`], `\x1c`–`\x1f` are no white space here.
fn more_words_than(t: &str, n: usize) -> bool {
    let b = t.as_bytes();
    let (mut words, mut in_word, mut i) = (0, false, 0);
    while i < b.len() {
        let x = b[i];
        let space = if x < 0x80 {
            i += 1;
            // `char::is_whitespace` of ASCII: `\t`, `\n`, `\x0b`, `\x0c`, `\r`, ` `.
            x == b' ' || (0x09..=0x0d).contains(&x)
        } else {
            let ch = t[i..].chars().next().unwrap_or('\u{fffd}');
            i += ch.len_utf8();
            ch.is_whitespace()
        };
        if !space && !in_word {
            words += 1;
            if words > n {
                return true;
            }
        }
        in_word = !space;
    }
    false
}

/// The rest of a line that opens with an image token shaped like a URL (no spaces, one
/// of `? = / .`: a tracking pixel) and then a text browser's feed-link list
/// (`#Site » Feed …`): `[tr?id=123&ev=PageView] #Site » Feed …` gives `#Site » Feed …`.
fn after_image_token(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    if b.first() != Some(&b'[') {
        return None;
    }
    let close = memchr::memchr(b']', &b[..b.len().min(300)])?;
    let token = &b[1..close];
    if token.iter().any(|c| c.is_ascii_whitespace() || *c == b'[')
        || !token.iter().any(|c| b"?=/.".contains(c))
    {
        return None;
    }
    let rest = t.get(close + 1..)?.strip_prefix(' ')?;
    let r = rest.as_bytes();
    let mark = r.first() == Some(&b'#') && r.get(1).is_some_and(|&c| c != b'#' && c != b' ');
    (mark && rest.contains(" \u{bb} ")).then_some(rest)
}

/// `#alternate`, `#Site » Feed`, `#… RSS`: the link-relation lines a text browser prints
/// at the top of a page, not a hashtag.
fn feed_shaped(t: &str) -> bool {
    let head = &t.as_bytes()[..t.len().min(300)];
    let lower = head.to_ascii_lowercase();
    [
        "alternate",
        "feed",
        "rss",
        "atom",
        "\u{bb}",
        "comments",
        "kommentar",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// The page title in a text browser's head-link line, from its comment feed's link:
/// `#S » Feed S » L S » Title L …`, where `S` is the site and `L` the comment feed's
/// label (`Comments Feed`, `Kommentar-Feed`, `Umpan Komentar`). `None` unless the
/// line has that shape and the title ends on it.
fn feed_title(t: &str) -> Option<(usize, usize)> {
    const SEP: &str = " \u{bb} ";
    let head = &t[..floor_char_boundary(t, MAX_FEED_LINE)];
    let mut seps = head.match_indices(SEP).map(|(i, _)| i);
    let (a, b, c) = (seps.next()?, seps.next()?, seps.next()?);
    let feeds = &t[a + SEP.len()..b]; // `Feed S`
    let comments = &t[b + SEP.len()..c]; // `L S`
    // The site: the longest run of whole words both end with.
    let (mut fw, mut cw) = (feeds.split(' ').rev(), comments.split(' ').rev());
    let mut site = 0;
    while let (Some(x), Some(y)) = (fw.next(), cw.next()) {
        if x != y || x.is_empty() {
            break;
        }
        site += x.len() + 1;
    }
    let label = comments.get(..comments.len().checked_sub(site)?)?.trim();
    if site == 0 || label.is_empty() || label.split(' ').count() > 3 {
        return None;
    }
    let from = c + SEP.len();
    let end = from + memchr::memmem::find(&t.as_bytes()[from..], label.as_bytes())?;
    let title = t[from..end].trim_end();
    (title.split_whitespace().count() >= 2).then_some((from, from + title.len()))
}

/// Longest head-link line [`feed_title`] reads.
const MAX_FEED_LINE: usize = 2000;

/// A breadcrumb (two `›`, `»` or `>` marks: `Home › News › Politics`) or a line that
/// points back or on: `← Older post`, `‹ Previous`, `« Back` (no closing `»`), `< Back`,
/// `Next story ›`, `Weiter →`, `More >`.
fn nav_shaped(t: &str) -> bool {
    // Count the marks bytewise, jumping to the bytes that can start one: `>`, `›`
    // (E2 80 BA) and `»` (C2 BB).
    let b = t.as_bytes();
    let (mut marks, mut prev, mut end) = (0, 0u8, 0);
    for i in memchr::memchr3_iter(b'>', 0xe2, 0xc2, b) {
        // Each mark has its own length in bytes, which tells the marks apart.
        let mark = match &b[i..] {
            [b'>', ..] => 1,
            [0xc2, 0xbb, ..] => 2,
            [0xe2, 0x80, 0xba, ..] => 3,
            _ => continue,
        };
        // A run of one mark (`››`) counts once: the same mark right after the last.
        if mark != prev || i != end {
            marks += 1;
        }
        prev = mark;
        end = i + mark as usize;
        if marks >= 2 {
            return true;
        }
    }
    prev_next(t)
}

/// A link to the previous or next post: an arrow before (`← Older post`, `‹ Back`, `«
/// Zurück`) or after (`Next post →`, `Weiter ›`, `Suivant >>`). A guillemet right
/// before a word opens a quotation (`«Wir bleiben»`, cut short or not).
fn prev_next(t: &str) -> bool {
    let t = t.trim();
    // Every arrow below starts with `<`, `←`/`‹` (E2) or `«` (C2), or ends with `>`,
    // `→` (… 92) or `›` (… BA): a line whose ends are none of these bytes is no prompt.
    let b = t.as_bytes();
    if !matches!(b.first(), Some(b'<' | 0xe2 | 0xc2))
        && !matches!(b.last(), Some(b'>' | 0x92 | 0xba))
    {
        return false;
    }
    t.starts_with(['←', '‹'])
        || t.starts_with("« ") && !t.contains('»')
        || t.starts_with("< ")
        || t.starts_with("<< ")
        || t.ends_with(['→', '›'])
        || t.ends_with(" >")
        || t.ends_with(" >>")
}

/// The same text twice: `Harbour logoHarbour logo`, `Top story Top story`.
fn is_doubled(t: &str) -> bool {
    let n = t.len();
    if !(8..=600).contains(&n) {
        return false;
    }
    let half = n / 2;
    let same =
        |a: usize, b: usize| t.is_char_boundary(a) && t.is_char_boundary(b) && t[..a] == t[b..];
    (n.is_multiple_of(2) && same(half, half))
        || (t.as_bytes()[half] == b' ' && same(half, half + 1))
}

/// The mark of a rule: a line of one of `-=_*~` three times or more, spaces aside.
fn rule_mark(t: &str) -> Option<u8> {
    let mut marks = t.bytes().filter(|&b| b != b' ' && b != b'\t');
    let first = marks.next().filter(|b| b"-=_*~".contains(b))?;
    let mut n = 1;
    for b in marks {
        if b != first {
            return None;
        }
        n += 1;
    }
    (n >= 3).then_some(first)
}

/// A crawl's banner between its pages: a short label with a number (`Page 2`, `Article
/// 17`, `12`; four words at most) between two runs of three or more of one mark (`=`,
/// `-`, `*`, `~`; not `#`, which closes a markdown heading), a space on either side. A
/// label without a number is a heading or a notice (`=== History ===`, `--- Anzeige
/// ---`, a title printed as a banner), not a separator.
fn banner(t: &str) -> bool {
    let Some(label) = between_marks(t).filter(|_| t.len() <= 120) else {
        return false;
    };
    let mark = &t[..3];
    label.bytes().any(|x| x.is_ascii_digit())
        && label.split_whitespace().count() <= 4
        && !label.contains(mark)
}

/// The text between two runs of three or more of one mark (`=`, `-`, `*`, `~`), a space
/// on either side: `X` of `=== X ===` ([`banner`], [`address_line`]).
fn between_marks(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let &mark = b.first().filter(|m| b"=-*~".contains(m))?;
    let lead = b.iter().take_while(|&&x| x == mark).count();
    let trail = b.iter().rev().take_while(|&&x| x == mark).count();
    if lead < 3 || trail < 3 || lead + trail + 3 > b.len() {
        return None;
    }
    // The marks are ASCII: both ends are character boundaries.
    t[lead..t.len() - trail]
        .strip_prefix(' ')?
        .strip_suffix(' ')
}

/// A crawl's line with a page's address above its text: `URL: https://…` (marks before
/// it allowed), or an address between two runs of three or more of one mark (`===
/// https://… ===`), and nothing else. A bare address is no such line, nor one in angle
/// brackets or square ones (a page may end with its permalink, and a link whose text is
/// its address prints so), nor a sentence that gives one.
fn address_line(text: &str) -> bool {
    let label = text.trim_start_matches(['=', '#', '*', '-', '~', ' ']);
    let address = match label.get(..4) {
        Some(l) if l.eq_ignore_ascii_case("url:") => label[4..].trim_start(),
        _ => match between_marks(text) {
            Some(address) => address,
            None => return false,
        },
    };
    (address.starts_with("http://") || address.starts_with("https://"))
        && address.len() > "https://".len()
        && !address.contains(char::is_whitespace)
}

/// Elements that wrap one document in a corpus tool's dump: WikiExtractor's `<doc>`,
/// TREC's `<DOC>`, `<document>`. (Not HTML's `<article>`: a page of teasers prints one
/// per teaser.)
const CONTAINER_TAGS: [&str; 2] = ["doc", "document"];

/// A line that is one tag of a [`CONTAINER_TAGS`] element: `Some(true)` for an opening
/// tag (`<doc id="12" url="…" title="…">`), `Some(false)` for a closing one (`</doc>`).
fn container_tag(t: &str) -> Option<bool> {
    let inner = t.strip_prefix('<')?.strip_suffix('>')?;
    if inner.contains(['<', '>']) {
        return None;
    }
    let (opening, inner) = match inner.strip_prefix('/') {
        Some(rest) => (false, rest),
        None => (true, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_ascii_whitespace())
        .unwrap_or(inner.len());
    let (name, rest) = inner.split_at(name_end);
    let known = CONTAINER_TAGS.iter().any(|n| n.eq_ignore_ascii_case(name));
    // A closing tag has no attributes; an opening tag's attributes are `name=value`.
    let attrs_ok = if opening {
        rest.trim().is_empty() || rest.contains('=')
    } else {
        rest.trim().is_empty()
    };
    (known && attrs_ok).then_some(opening)
}

/// `*[RSS]: Really Simple Syndication`, `[3]: https://…`, `  [12]. https://…`.
fn is_footnote(t: &str) -> bool {
    let b = t.as_bytes();
    let rest = if b.starts_with(b"*[") {
        &b[2..]
    } else if b.first() == Some(&b'[') {
        &b[1..]
    } else {
        return false;
    };
    match memchr::memchr(b']', rest) {
        Some(i) if i > 0 => {
            rest[i + 1..].starts_with(b": ") || rest[i + 1..].starts_with(b". http")
        }
        _ => false,
    }
}

/// An `@handle` word (a social-media byline).
fn has_handle(t: &str) -> bool {
    memchr::memchr(b'@', t.as_bytes()).is_some()
        && t.split_whitespace().any(|w| {
            w.len() >= 3
                && w.starts_with('@')
                && w[1..].chars().all(|c| c.is_alphanumeric() || c == '_')
        })
}

/// A table row or a menu of links (`a | b | c | d`), not a title line: it starts with a
/// bar, or has three bars or more and its first cell is not the headline, a cell of four
/// words or more and the longest (`Headline: more | Section | News | Site` is a title).
fn is_table_row(text: &str) -> bool {
    if text.starts_with('|') {
        return true;
    }
    if memchr::memchr_iter(b'|', text.as_bytes()).nth(2).is_none() {
        return false;
    }
    let mut cells = text.split('|').map(str::trim);
    let first = cells.next().unwrap_or("");
    let headline =
        first.split_whitespace().nth(3).is_some() && cells.all(|c| c.len() <= first.len());
    !headline
}

/// A name and a date or time around a separator (`Jane Roe | 06.11.23`,
/// `Coast Courier / 10 hours ago`): a byline, not `Headline | Site`.
fn name_and_date(first: &str, last: &str) -> bool {
    let date = |p: &str| {
        let p = p.trim();
        p.len() <= 32
            && p.bytes().any(|b| b.is_ascii_digit())
            && (numeric_date(p.as_bytes())
                || p.split_whitespace().any(|w| {
                    let k = word_key(w);
                    MONTH_KEYS.contains(&k) || RELATIVE_KEYS.contains(&k)
                }))
    };
    let name = |p: &str| p.split_whitespace().count() <= 3;
    date(last) && name(first) || date(first) && name(last)
}

/// The title parts differ (`X – X` is a repeated link text, not a title line).
fn distinct_parts(text: &str, first: (usize, usize), last: (usize, usize)) -> bool {
    key_of(&text[..first.0]) != key_of(&text[last.1..])
}

/// Separators between the parts of a title line.
pub(crate) const SEPS: [&str; 13] = [
    " | ", " - ", " – ", " — ", " • ", " · ", " « ", " » ", " :: ", " / ", " // ", " : ", " › ",
];

/// The byte range of the first title separator at or after byte `from`: a built-in one
/// or one of `extra` (the user's), whichever starts first.
fn next_separator(text: &str, from: usize, extra: &[String]) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut best = None;
    let mut i = from;
    while i < b.len() {
        let Some(p) = memchr::memchr(b' ', &b[i..]).map(|p| i + p) else {
            break;
        };
        // Every built-in separator's second byte is one of these.
        let maybe = b
            .get(p + 1)
            .is_some_and(|c| matches!(c, b'|' | b'-' | b':' | b'/' | 0xc2 | 0xe2));
        if maybe && let Some(sep) = SEPS.iter().find(|s| b[p..].starts_with(s.as_bytes())) {
            best = Some((p, p + sep.len()));
            break;
        }
        i = p + 1;
    }
    for sep in extra {
        let hay = &b[from.min(b.len())..];
        // A valid UTF-8 needle matches valid UTF-8 at a character boundary only.
        if let Some(p) = memchr::memmem::find(hay, sep.as_bytes()).map(|p| from + p)
            && best.is_none_or(|(s, _)| p < s)
        {
            best = Some((p, p + sep.len()));
        }
    }
    best
}

/// Byte ranges of the first and last title separator, if any.
fn separators(text: &str, extra: &[String]) -> Option<((usize, usize), (usize, usize))> {
    let first = next_separator(text, 0, extra)?;
    let mut last = first;
    // The next search starts on the separator's last byte (its space), so that `a - - b`
    // finds both; and always after its first byte.
    while let Some(s) = next_separator(text, (last.1 - 1).max(last.0 + 1), extra) {
        last = s;
    }
    Some((first, last))
}

/// The headline part of a title line: trailing parts that look like a site or section
/// name are dropped (`Headline - Section | Site`), else short leading ones
/// (`Site - Section - Headline`).
fn headline_part(
    text: &str,
    first: (usize, usize),
    last: (usize, usize),
    extra: &[String],
) -> (usize, usize) {
    let words = |s: &str| s.split_whitespace().count();
    // Segment bounds: up to 8 separators.
    let mut bounds = [(0usize, 0usize); 9];
    let mut n = 0;
    let mut start = 0;
    let mut sep = Some(first);
    while let Some((a, b)) = sep {
        if n == bounds.len() - 1 {
            break;
        }
        bounds[n] = (start, a);
        n += 1;
        start = b;
        sep = if b > last.0 {
            None
        } else {
            next_separator(text, b, extra)
        };
    }
    bounds[n] = (start, text.len());
    n += 1;
    let segs = &bounds[..n];
    let (mut lo, mut hi) = (0, n);
    while hi - lo > 1 {
        let tail = &text[segs[hi - 1].0..segs[hi - 1].1];
        let head_words = words(&text[segs[lo].0..segs[hi - 2].1]);
        if head_words >= 2 && (site_like(tail) || title_case_name(tail) && words(tail) < head_words)
        {
            hi -= 1;
        } else {
            break;
        }
    }
    if hi == n {
        while hi - lo > 1 {
            let lead = &text[segs[lo].0..segs[lo].1];
            if words(lead) <= 3 && words(&text[segs[lo + 1].0..segs[hi - 1].1]) >= 4 {
                lo += 1;
            } else {
                break;
            }
        }
    }
    (segs[lo].0, segs[hi - 1].1)
}

/// Five or six capitalised words: an organisation's name (`The Syrian Observatory For
/// Human Rights`).
fn title_case_name(t: &str) -> bool {
    let n = t.split_whitespace().count();
    (5..=6).contains(&n)
        && t.split_whitespace()
            .filter(|w| {
                !w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            })
            .count()
            <= 1
        && !t.trim_end().ends_with(['.', '!', '?', ':', ','])
}

/// A site name: a few words, capitalised or a domain, no sentence end.
///
/// Every word is capitalised or a short particle (`Society of Editors`, `Die Zeit`); a
/// lower-case content word (`Fähre gesichtet`), a hashtag or a closing quote marks a
/// headline's second half instead.
fn site_like(t: &str) -> bool {
    const PARTICLES: [&str; 20] = [
        "of", "the", "and", "for", "de", "la", "le", "les", "del", "der", "die", "das", "und",
        "für", "im", "di", "da", "do", "y", "&",
    ];
    let t = t.trim();
    let words = t.split_whitespace().count();
    if words == 0 || words > 4 || t.chars().count() > 40 {
        return false;
    }
    let domain = t.contains('.') && !t.ends_with('.') && !t.contains(' ');
    if domain {
        return true;
    }
    if t.starts_with('#') || t.ends_with(['.', '!', '?', ':', ',', '\'', '’', '"', '”', '«', '»'])
    {
        return false;
    }
    t.split_whitespace().all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || first.is_numeric()
            || !first.is_alphabetic()
            || PARTICLES.contains(&w)
    })
}

fn is_form(t: &str) -> bool {
    let b = t.as_bytes();
    memchr::memchr_iter(b'(', b).any(|i| b[i..].starts_with(b"(BUTTON)"))
        || memchr::memchr_iter(b'_', b).any(|i| b[i..].starts_with(b"____"))
        || (b.first() == Some(&b'[') && b.windows(4).any(|w| w == b"    ") && t.contains(']'))
        || t.starts_with("[ ]")
        || t.starts_with("[X]")
        || t.starts_with("( )")
        || t.starts_with("(*)")
}

/// A strip of images' alt texts (a row of logos or licence badges) (`[Logo A]  [Badge B]`): brackets only,
/// whitespace between.
fn image_strip(t: &str) -> bool {
    let b = t.as_bytes();
    if b.first() != Some(&b'[') || b.last() != Some(&b']') {
        return false;
    }
    let mut depth = 0i32;
    let mut n = 0;
    for ch in t.chars() {
        match ch {
            '[' => {
                if depth != 0 {
                    return false;
                }
                depth = 1;
                n += 1;
            }
            ']' => {
                if depth != 1 {
                    return false;
                }
                depth = 0;
            }
            c if depth == 0 && !c.is_whitespace() => return false,
            _ => {}
        }
    }
    n >= 2
}

fn is_image(t: &str) -> bool {
    let b = t.as_bytes();
    (b.first() == Some(&b'[') && b.last() == Some(&b']') && !t[1..].contains('['))
        || t.starts_with("![")
        || t.starts_with("IMAGE:")
}

/// The line ends with a separator and nothing after it (`Title - Description -`): a
/// link item of a list (its description cut), not a `<title>` line.
fn dangling_separator(text: &str) -> bool {
    let t = text.trim_end();
    SEPS.iter().any(|s| t.ends_with(s.trim_end()))
}

/// Ideographs a line needs to be a run-on of link texts ([`flag::CJK_RUNON`]) …
const CJK_RUNON_MIN: u32 = 24;

/// … with the marks of headlines run together; without them, this many (a headline
/// of 24 to 40 ideographs may have no comma).
const CJK_RUNON_BARE: u32 = 40;

/// At most one word spaced apart per this many ideographs.
const CJK_RUNON_SPREAD: u32 = 8;

/// A run of ideographs (`cjk` of them) with no comma, full stop or semicolon (CJK or
/// ASCII), and either two marks that end or quote headlines (`！？“”「」"`, an
/// ideographic space) or [`CJK_RUNON_BARE`] ideographs: link texts run together.
fn cjk_run_on(text: &str, cjk: u32) -> bool {
    let mut marks = 0;
    for ch in text.chars() {
        match ch {
            '\u{3001}' | '\u{3002}' | '\u{FF0C}' | '\u{FF1B}' | ',' | '.' | ';' => return false,
            '\u{FF01}' | '\u{FF1F}' | '\u{201C}' | '\u{201D}' | '\u{300C}' | '\u{300D}'
            | '\u{3000}' | '"' => marks += 1,
            _ => {}
        }
    }
    marks >= 2 || cjk >= CJK_RUNON_BARE
}

/// Words of a line that may be a labelled address (a label, an address).
const ADDRESS_LINE_WORDS: u32 = 4;

/// Words of an address line's label (`E-mail`, `Web site`).
const ADDRESS_LABEL_WORDS: usize = 2;

/// `E-mail: name@example.org`, `Web: www.example.org`: a short label, then an address
/// (a contact line, like `Phone: …`).
fn labelled_address(t: &str) -> bool {
    // The first `: `: a byte search from colon to colon (most lines have none).
    let b = t.as_bytes();
    let Some(i) = memchr::memchr_iter(b':', b).find(|&i| b.get(i + 1) == Some(&b' ')) else {
        return false;
    };
    let (label, rest) = (&t[..i], t[i + 2..].trim());
    label.split_whitespace().count() <= ADDRESS_LABEL_WORDS
        && !rest.is_empty()
        && !rest.contains(' ')
        && (is_url(rest) || rest.contains('@') && rest.contains('.'))
}

fn is_url(t: &str) -> bool {
    if t.contains(' ') {
        return false;
    }
    t.starts_with("http://")
        || t.starts_with("https://")
        || t.starts_with("www.")
        || (t.len() <= 60
            && t.contains('.')
            && [
                ".com", ".de", ".org", ".net", ".ch", ".at", ".fr", ".es", ".it", ".uk", ".io",
                ".ru",
            ]
            .iter()
            .any(|tld| t.to_ascii_lowercase().ends_with(tld)))
}

/// The line opens with a date: a numeric date or a time (`11:11 PM …`), a month's name
/// before a number or alone (`Nov 18 …`), a day's number (`12.`, `1st`, `1er`) before
/// a month's name (`12. März 2021 …`, `12 de mayo`, `1st of May`), or a number of
/// hours or days ago (`2 hours ago | Site`). A number before other words (`5 things to
/// know about the March 15 deadline`, `100 days of …`) opens a headline, and `Jan` before
/// a name is a man's.
fn starts_with_date(t: &str) -> bool {
    let mut w = [""; 3];
    for (slot, word) in w.iter_mut().zip(t.split_whitespace()) {
        *slot = word;
    }
    let [first, second, third] = w;
    if is_month(first) {
        return second.is_empty() || second.starts_with(|c: char| c.is_ascii_digit());
    }
    let b = first.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    let time = (1..=2).contains(&digits)
        && b.get(digits) == Some(&b':')
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit);
    if time || numeric_date(b) {
        return true;
    }
    let suffix = first[digits..].trim_end_matches(['.', ',']);
    let day = digits <= 2
        && ["", "st", "nd", "rd", "th", "er", "º", "°"]
            .iter()
            .any(|s| suffix.eq_ignore_ascii_case(s));
    let of = ["de", "of", "del"]
        .iter()
        .any(|w| second.eq_ignore_ascii_case(w));
    let ago = RELATIVE_KEYS.contains(&word_key(second))
        && (third.is_empty() || third.eq_ignore_ascii_case("ago") || third == "|" || third == "·");
    day && (is_month(second) || of && is_month(third)) || ago
}

/// A month's name or abbreviation, a full stop or comma after it allowed (`Nov.`,
/// `März,`).
fn is_month(word: &str) -> bool {
    MONTH_KEYS.contains(&word_key(word))
}

/// The key of a word without a trailing full stop or comma (`Mai.`, `March,`).
fn word_key(word: &str) -> u64 {
    key_of(word.trim_end_matches(['.', ','])).0
}

/// A numeric date: `12.03.2021`, `2021-03-12`, `03/12/2021`, `12.3.21`.
///
/// A run of digits, a separator (`.`, `-` or `/`), one or two digits, the same
/// separator, digits; the first and last runs have one or two digits and two or four,
/// or four and one or two. The search jumps from separator to separator (memchr3), and
/// looks back for the first run.
fn numeric_date(b: &[u8]) -> bool {
    let n = b.len();
    let digits_from = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    memchr::memchr3_iter(b'.', b'-', b'/', b).any(|j| {
        if j == 0 || !b[j - 1].is_ascii_digit() || j + 1 >= n {
            return false;
        }
        let d1 = b[..j]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let sep = b[j];
        let k = j + 1 + digits_from(j + 1);
        let d2 = k - j - 1;
        if !(1..=2).contains(&d2) || k + 1 >= n || b[k] != sep {
            return false;
        }
        let d3 = digits_from(k + 1);
        ((1..=2).contains(&d1) && (d3 == 2 || d3 == 4)) || (d1 == 4 && (1..=2).contains(&d3))
    })
}

/// A copyright mark matched in `h[s..e]` marks a copyright line: a sign (`©`, `(c)
/// 2020`) anywhere; the word `copyright` opening the line, in a short line (`Image
/// copyright Reuters`), or before a sign or a year (`TheSite.com Copyright (c) 2020 …`)
/// — in a headline or a sentence it is a word of it (`Authors file copyright lawsuit
/// … in 2023`).
fn copyright_mark_in_place(h: &[u8], s: usize, e: usize, words: u32) -> bool {
    if !h[s].is_ascii_alphabetic() || words <= 6 || h[..s].trim_ascii().is_empty() {
        return true;
    }
    let next = h[e..].trim_ascii_start();
    next.first().is_some_and(u8::is_ascii_digit)
        || ["©", "®", "(c)", "(C)"]
            .iter()
            .any(|m| next.starts_with(m.as_bytes()))
}

/// Words a footer's credit (`Powered by …`, `Theme by …`) names after its phrase, at
/// most, unless a mark of the footer follows (`©`, `|`, `•`).
const FOOTER_CREDIT_WORDS: usize = 3;

/// The text after a footer phrase is a footer credit's end: a name of a few words, or
/// more of the footer after one of its marks.
fn footer_credit_ends(rest: &[u8], line_words: u32) -> bool {
    let marked = ["©".as_bytes(), b"|", "•".as_bytes(), b"(c)"]
        .iter()
        .any(|m| rest.windows(m.len()).any(|w| w == *m));
    let mut words = rest
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .peekable();
    // `Proudly powered` goes on with `by`.
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case(b"by")) {
        words.next();
    }
    // The maker is a name (`… powered by hydrogen fuel cells` names none), or the line
    // is short (`powered by blogmill`).
    let named = line_words <= FOOTER_CREDIT_WORDS as u32 * 2
        || words.peek().is_none_or(|w| !w[0].is_ascii_lowercase());
    marked || named && words.count() <= FOOTER_CREDIT_WORDS
}

/// A page-start phrase at `s` opens its line: nothing with a letter before it (`[12]Skip
/// to content`), or one word before a capitalised phrase (`Menu Skip to content Home
/// …`; in `Streit zum Inhalt des Vertrags` the phrase is the sentence's).
fn skip_link_opens(h: &[u8], s: usize) -> bool {
    let mut words = h[..s]
        .split(u8::is_ascii_whitespace)
        .filter(|w| w.iter().any(|b| b.is_ascii_alphabetic() || *b >= 0x80));
    match (words.next(), words.next()) {
        (None, _) => true,
        (Some(_), None) => h[s].is_ascii_uppercase(),
        _ => false,
    }
}

/// A match ending at `e` ends a word: no letter or digit follows, or the match ends
/// with a mark (`iframe:`, `(button)`).
fn ends_word(h: &[u8], e: usize) -> bool {
    e >= h.len() || e == 0 || !is_word_byte(h[e - 1]) || !is_word_byte(h[e])
}

fn word_bounded(h: &[u8], s: usize, e: usize) -> bool {
    let before_ok = s == 0 || !is_word_byte(h[s - 1]);
    let after_ok = e >= h.len() || !is_word_byte(h[e]);
    before_ok && after_ok
}

/// Most words of a line that a credit's bare name ([`vocab::CAPTION_CREDITS`] without a
/// colon: an agency, `Crédito`) opens: a credit line, not a sentence about the agency.
const CREDIT_LINE_WORDS: u32 = 8;

/// A photo credit matched in `h[s..e]` stands where a credit does. A label (`Foto:`,
/// `Crédito :`) or a mark before the name (`(Foto`, `/ dpa`) is one wherever it is, if
/// the word ends there (`(Bildung` is no `(Bild`). A bare name or word (`Getty
/// Images`, `crédito`) is one at the end of the line, after a mark (`©`, `/`, `|`,
/// `(`, `:`, a dash), or opening a short line: in running text or a headline it is a
/// word of the sentence (`líneas de crédito`, `Shutterstock opens an office in …`).
fn credit_in_place(h: &[u8], s: usize, e: usize, words: u32) -> bool {
    let found = &h[s..e];
    let after = &h[e..];
    let labelled = found.ends_with(b":") || after.trim_ascii_start().starts_with(b":");
    if !labelled && !ends_word(h, e) {
        return false;
    }
    let before = h[..s].trim_ascii_end();
    if found.starts_with(b"(") || found.starts_with(b"/") {
        return true;
    }
    if labelled {
        // A label opens the credit: at the line's start, after a sentence or a mark
        // (`… at dawn. Photo: Jane Roe`, `(Foto: …`), not after a word (`Universal
        // Credit: …`, `Viral photo: …`, `Skandal-Foto: …`).
        let spaced = h[..s].last().is_some_and(u8::is_ascii_whitespace);
        return before.is_empty()
            || before.ends_with(b"(")
            || spaced
                && (ends_with_any(before, &CREDIT_MARKS)
                    || ends_with_any(before, &[".", "!", "?"]));
    }
    // A bare word must start a word (`descrédito` holds no `crédito`); at the line's end
    // it credits after a name or a mark, not after a word of the sentence (`l'accès au
    // crédit.`).
    if s > 0 && is_word_byte(h[s - 1]) {
        return false;
    }
    let after_word = before
        .rsplit(|b| b.is_ascii_whitespace())
        .next()
        .is_some_and(|w| w.first().is_some_and(u8::is_ascii_lowercase) || w.ends_with(b"'"));
    let tail = after.iter().all(|b| b" \t)]}.,;".contains(b)) && !after_word;
    tail || ends_with_any(before, &CREDIT_MARKS) || before.is_empty() && words <= CREDIT_LINE_WORDS
}

/// The text before byte `at` is an image's alt text in brackets, alone (`[Harbour at
/// dusk] Image copyright …`: a renderer prints the picture, then its caption label).
fn after_image_alt(h: &[u8], at: usize) -> bool {
    let before = h[..at].trim_ascii_end();
    before.len() >= 2
        && before[0] == b'['
        && before.ends_with(b"]")
        && memchr::memchr(b']', before) == Some(before.len() - 1)
}

/// Marks that set a photo's credit off from the text before it.
const CREDIT_MARKS: [&str; 9] = ["©", "/", "|", "(", ":", "-", "–", "—", "•"];

/// `b` ends with one of `marks`.
fn ends_with_any(b: &[u8], marks: &[&str]) -> bool {
    marks.iter().any(|m| b.ends_with(m.as_bytes()))
}

/// A lower-case letter meets an upper-case one: two text nodes glued without a space
/// (`Zum HauptmenüZum Inhalt`). `before` is the text before the point, `at` the
/// bytes from it.
fn camel_glue(before: &str, at: &[u8]) -> bool {
    at.first().is_some_and(u8::is_ascii_uppercase)
        && before.chars().next_back().is_some_and(char::is_lowercase)
}

#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// A day number (one or two digits, not part of a longer number) within a few bytes of
/// a month name: `12. März`, `Nov 18`, `4 de mayo`. A year alone (`November 2022`)
/// does not make a date.
fn day_near(h: &[u8], s: usize, e: usize) -> bool {
    let short_number_at = |i: usize| {
        let mut a = i;
        while a > 0 && h[a - 1].is_ascii_digit() {
            a -= 1;
        }
        let mut b = i;
        while b < h.len() && h[b].is_ascii_digit() {
            b += 1;
        }
        b - a <= 2
    };
    let lo = s.saturating_sub(6);
    let hi = (e + 5).min(h.len());
    (lo..s)
        .chain(e..hi)
        .any(|i| h[i].is_ascii_digit() && short_number_at(i))
}

/// A year 1900–2099 as a four-digit number.
fn has_year(h: &[u8]) -> bool {
    h.windows(4).enumerate().any(|(i, w)| {
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && (i == 0 || !h[i - 1].is_ascii_digit())
            && h.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// The largest char boundary of `s` at or below `i`.
pub(crate) fn floor_char_boundary(s: &str, i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    let mut i = i;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Lower-case words of three letters or more that a source's name holds at most
/// (`Pressemitteilung der Stadt Hamburg vom 12.05.2024`, `Ministry of the Interior`).
const NAME_LOWER_WORDS: usize = 2;

/// `value` reads as a clause, not a name: a capitalised subject, then more lower-case
/// words than a name has (`Lakers agree to trade for …`). A note in lower case (`company
/// reports and analyst estimates`, `eigene Berechnungen`) is a source.
fn clause_like(value: &str) -> bool {
    value.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && value
            .split_whitespace()
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_lowercase))
            .nth(NAME_LOWER_WORDS)
            .is_some()
}

/// Source and dateline flags, and the credited value's span in `text`.
fn source_of(text: &str, chars: u32, marks: Marks) -> (u64, Option<(ByteRange, ValueKind)>) {
    if chars <= 200 {
        let head = &text.as_bytes()[..floor_char_boundary(text, 40)];
        // The first `:` or full-width `：` (EF BC 9A).
        let colon = marks.may_hold(M_COLON | M_NON_ASCII).then(|| {
            (0..head.len()).find(|&i| {
                head[i] == b':' || head[i] == 0xef && head[i + 1..].starts_with(&[0xbc, 0x9a])
            })
        });
        if let Some(colon) = colon.flatten() {
            let (label, n) = key_of(&text[..colon]);
            let sep = text[colon..].chars().next().map_or(1, char::len_utf8);
            let after = colon + sep;
            let v = &text[after..];
            let vs = after + (v.len() - v.trim_start().len());
            let ve = after
                + v.trim_end_matches(|c: char| c.is_whitespace() || c == '_' || c == '*')
                    .len();
            if n > 0 && SOURCE_LABEL_KEYS.contains(&label) {
                // Empty when the value is all padding (`Folgen:  *  *`).
                let mut value = text.get(vs..ve).unwrap_or_default();
                // `(Quelle: X)`: the bracket closes the line, not the value.
                if text.trim_start_matches(['_', '*']).starts_with('(') && !value.contains('(') {
                    value = value.strip_suffix(')').unwrap_or(value);
                }
                // A value of marks alone (`Quelle: (` with the name on the next line)
                // names nobody; a value that reads as a clause is a headline's
                // (`Sources: Harbour club agrees to sign new striker`).
                if value.chars().any(char::is_alphanumeric) && !clause_like(value) {
                    let span = (vs, vs + value.len());
                    return (flag::SOURCE, Some((span, ValueKind::SourceLabel)));
                }
            }
        }
        if chars <= 60
            && let Some(span) = agency_credit(text)
        {
            return (flag::SOURCE, Some((span, ValueKind::Agency)));
        }
    }
    if marks.may_hold(M_PAREN)
        && let Some(agency) = agency_dateline(text)
    {
        let s = agency.as_ptr() as usize - text.as_ptr() as usize;
        return (
            flag::DATELINE,
            Some(((s, s + agency.len()), ValueKind::Dateline)),
        );
    }
    (0, None)
}

/// `(AFP)`, `— Reuters`, `dpa/lno`, `AFP/dpa`: a line that is only an agency credit.
/// Returns the span of the first agency name.
///
/// Runs on every short line: when the padding ends in ASCII on both sides and the first
/// part is ASCII, the text is trimmed, split and the first part keyed in one pass over
/// its bytes; other lines take [`agency_credit_chars`]. The other parts are read only
/// after an agency name.
fn agency_credit(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let is_delim = |x: u8| matches!(x, b'/' | b',' | b' ');
    // All ASCII padding: nothing is left.
    let start = b.iter().position(|&x| !AGENCY_PAD[x as usize])?;
    let end = b
        .iter()
        .rposition(|&x| !AGENCY_PAD[x as usize])
        .map_or(start, |i| i + 1);
    if b[start] >= 0x80 || b[end - 1] >= 0x80 {
        return agency_credit_chars(text);
    }
    // The padding ends at `start` and `end`; the first part that is not empty
    // (`,` is no padding).
    let mut i = start;
    while i < end && is_delim(b[i]) {
        i += 1;
    }
    if i == end {
        return None;
    }
    let s = i;
    let (mut key, mut key_len, mut ascii) = (0u64, 0u32, true);
    while i < end && !is_delim(b[i]) {
        let x = b[i];
        ascii &= x < 0x80;
        if RUN_CLASS[x as usize] & RUN_ALNUM != 0 {
            key = mix(key, u32::from(x | 0x20));
            key_len += 1;
        }
        i += 1;
    }
    let first = &text[s..i];
    let key = if ascii && plainly_keyed(first) && first.len() <= HASH_LIMIT {
        finish_key(key, key_len, first.len(), first.len()).0
    } else {
        key_of(first).0
    };
    if !AGENCY_NAMES.contains_key(&key) {
        return None;
    }
    let rest_ok = text[i..end]
        .split(['/', ',', ' '])
        .filter(|p| !p.is_empty())
        .all(|part| {
            AGENCY_NAMES.contains_key(&key_of(part).0)
                || (part.len() <= 4 && part.chars().all(|c| c.is_ascii_lowercase()))
        });
    rest_ok.then_some((s, i))
}

/// [`agency_credit`] char by char.
fn agency_credit_chars(text: &str) -> Option<(usize, usize)> {
    let pad = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | ')' | '[' | ']' | '-' | '–' | '—' | '/' | '.' | '*' | '_' | '©'
            )
    };
    let t = text.trim_matches(pad);
    if t.is_empty() {
        return None;
    }
    let mut parts = t.split(['/', ',', ' ']).filter(|p| !p.is_empty());
    let first = parts.next()?;
    if !AGENCY_NAMES.contains_key(&key_of(first).0) {
        return None;
    }
    let rest_ok = parts.all(|part| {
        AGENCY_NAMES.contains_key(&key_of(part).0)
            || (part.len() <= 4 && part.chars().all(|c| c.is_ascii_lowercase()))
    });
    if !rest_ok {
        return None;
    }
    let s = first.as_ptr() as usize - text.as_ptr() as usize;
    Some((s, s + first.len()))
}

/// The ASCII bytes [`agency_credit`] trims: white space (as `char::is_whitespace`) and
/// `()[]-/.*_`.
static AGENCY_PAD: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8 as char).is_whitespace()
            || matches!(
                i as u8,
                b'(' | b')' | b'[' | b']' | b'-' | b'/' | b'.' | b'*' | b'_'
            );
        i += 1;
    }
    t
};

/// The agency of a dateline that opens a paragraph: `BERLIN (dpa) -`, `(AP) —`,
/// `Kiel (dpa/lno) –`, `Mainz (KNA/iz).`
pub(crate) fn agency_dateline(text: &str) -> Option<&str> {
    let head = &text[..floor_char_boundary(text, 80)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let inner = &head[open + 1..close];
    let agency = inner.split(['/', ' ', ',']).next()?;
    agency_name(agency)?;
    // What precedes is a place name in a few words (or nothing); what follows is a dash,
    // a colon or a full stop.
    let before = head[..open].trim();
    if before.split_whitespace().count() > 5 {
        return None;
    }
    let after = head[close + 1..].trim_start();
    if after.starts_with(['-', '–', '—', ':', '.']) {
        Some(agency)
    } else {
        None
    }
}

/// The agency a word names, in the letter case agencies write (`dpa`, `Reuters`) or in
/// capitals (`DPA`, `REUTERS`): `ePA` (a patient record) and `Afp` name none.
fn agency_name(word: &str) -> Option<&'static str> {
    let name = *AGENCY_NAMES.get(&key_of(word).0)?;
    let capitals = word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase);
    (name == word || capitals || vocab::AGENCIES.contains(&word)).then_some(name)
}

/// The agency tag that ends a paragraph, `… wie geplant. (dpa)`, `(KNA 19.11.21)`,
/// `(dpa/gem)`: its span in `text` and the agency's name. A tag beyond the phrase scan
/// of a long paragraph is found here too.
fn trailing_credit(text: &str) -> Option<((usize, usize), &'static str)> {
    let t = text.trim_end().strip_suffix(')')?;
    let tail = &t[floor_char_boundary(t, t.len().saturating_sub(40))..];
    let open = t.len() - tail.len() + tail.rfind('(')?;
    // The tag follows a sentence: `Agency (EPA)` in a heading names no source.
    let sentence = t[..open]
        .trim_end()
        .ends_with(['.', '!', '?', '"', '”', '“', '»', '«', '’']);
    if !sentence {
        return None;
    }
    let inner = &t[open + 1..];
    let mut words = inner.split(['/', ' ', ',']).filter(|w| !w.is_empty());
    let first = words.next()?;
    let name = agency_name(first)?;
    // After the agency: an editor's initials (`lno`, `gem`), a date, another agency.
    let rest_ok = words.all(|w| {
        w.len() <= 4 && w.bytes().all(|b| b.is_ascii_lowercase())
            || w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            || agency_name(w).is_some()
    });
    let s = open + 1 + (inner.len() - inner.trim_start().len());
    rest_ok.then_some(((s, s + first.len()), name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cls(s: &str) -> LineClass {
        Classifier::default().classify(s).class
    }

    /// Asserts that `flag` is set on every line of `yes` and on none of `no`.
    fn flag_on(flag: u64, yes: &[&str], no: &[&str]) {
        let c = Classifier::default();
        for line in yes {
            assert!(c.classify(line).has(flag), "should have it: {line:?}");
        }
        for line in no {
            assert!(!c.classify(line).has(flag), "should not: {line:?}");
        }
    }

    macro_rules! classes {
        ($name:ident: $($line:expr => $class:ident),* $(,)?) => {
            #[test]
            fn $name() {
                $(
                    assert_eq!(cls($line), LineClass::$class, "line {:?}", $line);
                )*
            }
        };
    }

    classes!(blank_lines:
        "" => Blank, "   " => Blank, "\u{feff}" => Blank, "\u{200b} \t" => Blank,
        "\u{a0}" => Blank,
    );

    classes!(headlines:
        "Harbour Towns Hold Ferry Coordination Meeting to Confront Winter Storms" => Headline,
        "Die Ruhe vor der Regatta" => Headline,
        "# Island Ferry Falls Short of Its Winter Timetable" => Headline,
        "Was ist Ebbe?" => Headline,
        "Gobierno acusa a la empresa de fomentar conflicto portuario" => Headline,
        "Harbour Town Votes to Keep Its Ferry | The Coast Courier" => Headline,
        // A site name in lower case before the headline part of a title.
        "harbourpost - Die Fähre fährt wieder zur Insel" => Headline,
    );

    classes!(glued_menus:
        "HomeNewsSportWeatherTraffic" => Chrome,
        "Contact UsOur TeamCareersAdvertiseWith Us" => Chrome,
        "Harbour NewsFerry NewsWeather NewsEvents" => Chrome,
        "ÜbersichtPolitikWirtschaftKultur" => Chrome,
        // Brand names glue a word or two, not a menu; a sentence may name one often.
        "YouTube and PayPal Settle a Dispute Over Fees" => Headline,
        "PlayStation, SoftBank and GitHub shares fall in Tokyo trading" => Headline,
        "When WordPress meets WordPress fans, WordPress wins." => Body,
    );

    #[test]
    fn no_break_spaces_read_as_spaces() {
        let mut spaced = Spaced::default();
        spaced_copy("a\u{a0}b\u{202f}c d", &mut spaced);
        assert_eq!(spaced.text, "a b c d");
        // `b` is at 2 in the copy, 3 in the line; `c` at 4 and 7; the end at 7 and 10.
        assert_eq!([0, 2, 4, 7].map(|p| spaced.original(p)), [0, 3, 7, 10]);
        assert_eq!(cls("vor\u{a0}3\u{a0}Tagen"), LineClass::Byline);
        assert_eq!(cls("©\u{a0}2024 Coast Courier"), LineClass::Chrome);
        let f = Classifier::default().classify("\u{a0}Ferry\u{a0}Returns Soon\u{a0}| The Courier");
        assert!(f.has(flag::TITLE_SEP));
        assert_eq!((f.text_start, f.value), (2, (2, 21)));
        assert!(!has_no_break_space("déjà vu à la carte".as_bytes()));
    }

    #[test]
    fn invisible_characters_and_space_runs_change_no_feature() {
        let c = Classifier::default();
        let plain = c.classify("Die Bundesregierung beschließt das Klimapaket");
        for variant in [
            "Die Bundes\u{ad}regierung beschließt das Klima\u{200b}paket",
            "Die Bundes\u{2060}regierung beschließt das Klima\u{200d}paket",
            "Die  Bundesregierung \t beschließt das Klimapaket",
        ] {
            let f = c.classify(variant);
            assert_eq!(
                (f.key, f.words, f.chars, f.class),
                (plain.key, plain.words, plain.chars, plain.class),
                "{variant:?}"
            );
        }
        // A decomposed letter (NFD) is read as its base letter: one character, one word.
        let f = c.classify("Bu\u{308}rger");
        assert_eq!((f.chars, f.words), (6, 1));
    }

    #[test]
    fn banners_are_labels_between_runs_of_a_mark() {
        for (line, yes) in [
            ("==== Article 2 ====", true),
            ("--- Page 3 ---", true),
            ("*** Story 4 of 12 ***", true),
            ("~~~ 12 ~~~", true),
            // A label without a number: a wiki heading, a notice, a title as a banner.
            ("=== History ===", false),
            ("--- Anzeige ---", false),
            ("*** Harbour Town Votes to Keep Its Ferry ***", false),
            (
                "==== Page 2 of the Harbour Town Council Minutes ====",
                false,
            ),
            // A markdown heading closed by its hashes, marks that differ, a table rule.
            ("### Page 2 ###", false),
            ("=== Article 2 ---", false),
            ("------ ------ ------", false),
            ("=== ===", false),
            ("==== ====", false),
            ("===Article===", false),
            ("-----", false),
        ] {
            assert_eq!(banner(line), yes, "{line:?}");
        }
        assert_eq!(cls("==== Article 2 ===="), LineClass::Chrome);
    }

    #[test]
    fn an_address_line_starts_a_page() {
        let c = Classifier::default();
        for (line, start) in [
            ("URL: https://example.org/news/ferry.html", true),
            ("url:http://example.org/a", true),
            ("URL: https://example.org/a (archived)", false),
            (
                "The report is online (URL: https://example.org/r.pdf) since Monday.",
                false,
            ),
            ("URL: ", false),
            ("=== https://example.org/news/ferry.html ===", true),
            ("# URL: https://example.org/news/ferry.html", true),
            // A bare address (a permalink ends a page too), one in brackets (a link whose
            // text is its address), marks on one side only or that differ.
            ("https://example.org/news/ferry.html", false),
            ("<https://example.org/news/ferry.html>", false),
            ("[https://example.org/news/ferry.html]", false),
            ("=== https://example.org/news/ferry.html", false),
            ("=== https://example.org/news/ferry.html ***", false),
            ("URL: https://example.org/a ===", false),
            ("=== https:// ===", false),
            ("=== ===", false),
            ("===", false),
            ("", false),
        ] {
            assert_eq!(c.classify(line).has(flag::PAGE_START), start, "{line:?}");
            assert_eq!(address_line(line), start, "{line:?}");
        }
    }

    #[test]
    fn container_tags_open_and_close_pages() {
        for (line, tag) in [
            (
                "<doc id=\"12\" url=\"https://example.org/?curid=12\" title=\"Ferry\">",
                Some(true),
            ),
            ("<DOC>", Some(true)),
            ("</doc>", Some(false)),
            ("</DOCUMENT>", Some(false)),
            ("<document id=\"7\">", Some(true)),
            // HTML's article element wraps a teaser as well as a page.
            ("<article class=\"story\">", None),
            // Not a container, a title in angle brackets, markup with text.
            ("<img height=\"1\" width=\"1\" src=\"pixel.gif\">", None),
            ("<The Palace: Tale of a Court Singer>", None),
            ("<doc>Text</doc>", None),
            ("</doc id=\"1\">", None),
            ("<page one of three>", None),
        ] {
            assert_eq!(container_tag(line), tag, "{line:?}");
        }
        let c = Classifier::default();
        let open = c.classify("<doc id=\"3\">");
        assert!(open.has(flag::PAGE_START) && open.has(flag::PAGE_TAG));
        assert!(c.classify("  </doc>").has(flag::PAGE_END));
        assert_eq!(cls("</doc>"), LineClass::Chrome);
    }

    #[test]
    fn glue_points_count_capitals_run_into_words() {
        assert_eq!(glue_points("HomeNewsSport"), 2);
        assert_eq!(glue_points("YouTube"), 1);
        for word in ["iPhone", "McDonald", "ABCNews", "t.co/AbcDefGhi", ""] {
            assert_eq!(glue_points(word), 0, "{word:?}");
        }
        assert_eq!(glue_points("TeamCareersEnter"), 2);
        assert_eq!(glue_points("ÜbersichtPolitik"), 1);
        // Menus of one-word items, of several-word items; headlines naming brands.
        assert!(glued_menu("HomeNewsSportWeather Traffic"));
        assert!(glued_menu("Auto NewsRetail NewsHealth NewsEnergy News"));
        assert!(!glued_menu("TikTok, WhatsApp and YouTube face new rules"));
        assert!(!glued_menu(
            "PlayStation maker SoftBank bets on GitHub rival"
        ));
        // Fewer than one glue point for five words: a long Title Case line.
        assert!(!glued_menu(
            "HomeNews SportWeather TrafficCams Are Big Topics For The Harbour Town Council \
             Meeting On Monday Evening Again"
        ));
    }

    classes!(body_lines:
        "Security talks between the two governments were held on Monday in the capital, officials said." => Body,
        "Der Bürgermeister sagte, man werde die Brücke im Frühjahr sanieren." => Body,
        "he said, adding that the plan was not final and would be reviewed next week by the council" => Body,
    );

    classes!(chrome_lines:
        "Media playback is unsupported on your device" => Chrome,
        "These are outside links and will open in a new window" => Chrome,
        "Copy this link" => Chrome,
        "Der Link öffnet sich in einem neuen Fenster" => Chrome,
        "Menu" => Chrome, "  * Home" => Chrome, "• Impressum" => Chrome,
        "Skip to content" => Chrome, "Zum Inhalt springen" => Chrome,
        "© 2023 Example Media Group. All rights reserved." => Chrome,
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten." => Chrome,
        "[                    ] [Search]" => Chrome, "(BUTTON) Menü" => Chrome,
        "#alternate" => Chrome, "TT" => Chrome, "---|---|---" => Chrome,
        "IFRAME: https://www.example.com/ns.html" => Chrome,
        "Перейти к контенту" => Chrome, "Aller au contenu principal" => Chrome,
    );

    classes!(more_bylines:
        "By" => Byline,
        "Jane Roe @janeroe / 2 days" => Byline,
        "vor 3 Stunden" => Byline,
        "Nov 18" => Byline,
    );

    classes!(bylines:
        "By Jane Doe" => Byline, "Von Heike Muster" => Byline,
        // A day number before a month name is a date, not a list mark.
        "14. März 2011" => Byline, "1. Februar 2022 Petra Muster" => Byline,
        "March 3, 2021 09:15AM ET" => Byline, "03.05.2021 B-Jugend" => Byline,
        "Veröffentlicht am 15/07/2014 von Hans Beispiel" => Byline,
        "Por Raúl Ejemplo 4 mayo, 2022" => Byline,
        "By staff and agencies" => Byline, "von Jan van der Berg und Eva Muster" => Byline,
    );

    // A number opens a headline as well as a date: a date opens a byline only as a date
    // (`12. März`, `Nov 18`, `03.05.2021`), not as a count or a name (`Jan` is a month).
    classes!(dated_headlines:
        "5 things to know about the March 15 tax deadline" => Headline,
        "3 Verletzte bei Unfall auf der A7 am 12. März" => Headline,
        "100 days of the new council: what has changed" => Headline,
        "Jan Brenner gesteht Betrug am 28. Juni 2006" => Headline,
    );

    // A byline's opening word is also a preposition: before a word in lower case, in a
    // line of five words or more, it opens a headline.
    classes!(preposition_headlines:
        "Von der Küste bis zum Gipfel in einem Tag" => Headline,
        "Por qué sube el precio del pan" => Headline,
        "By the numbers: the island ferry in one chart" => Headline,
    );

    // A source label before a clause opens a headline.
    classes!(labelled_headlines:
        "Sources: Harbour club agrees to sign new striker" => Headline,
        "Source: Council to name new harbour master next week" => Headline,
    );

    classes!(sources:
        "Source: Harbour Gazette" => Source, "Quelle: Stadtverwaltung" => Source,
        "Quelle: Pressemitteilung der Stadt Hafenstadt vom 12.05.2024" => Source,
        "Source: company reports and analyst estimates" => Source,
        "Quelle: eigene Berechnungen und Daten des Hafenamts" => Source,
        "Source: Ministry of the Interior" => Source,
        "Fuente: Agencias" => Source, "(AFP)" => Source, "— Reuters" => Source,
        "dpa/lno" => Source, "_Quelle: Landesamt/ls_" => Source,
        "المصدر: وكالات" => Source, "Источник: ТАСС" => Source,
    );

    classes!(more_headlines:
        "Ferry Shares Are Falling After the Storm. Why You Should Not Worry." => Headline,
        "Unser Tipp im November: Der Igel – Naturbund Küste e.V." => Headline,
        "Hafenfest-Highlights im Mai 2023" => Headline,
        "Tag der offenen Werft am 14. Juni" => Headline,
        "Results: Girls Under 14, Harbour Town, 19.5.2007 | Coast Athletics" => Headline,
    );

    classes!(more_chrome:
        "*[RSS]: Really Simple Syndication" => Chrome,
        "[3]: https://example.org/page" => Chrome,
        "Impressum" => Chrome,
    );

    classes!(captions_doubled:
        "Harbour logoHarbour logo" => Caption,
        "The Ten Best Ferries The Ten Best Ferries" => Caption,
    );

    classes!(captions:
        "[harbour-ferry.jpg]" => Caption,
        "Volunteers count seals on a sandbank near the lighthouse on Saturday. (AFP)" => Caption,
        "The mayor opens the new bridge (Photo: Jane Roe)" => Caption,
        "Die Fähre am Kai. Foto: Max Muster" => Caption,
        "A protester holds a sign outside the court. (Photo: Jane Roe/AFP via Getty Images)" => Caption,
        // A caption label, then the caption (a video's, a photo's).
        "Media caption Who runs the harbour ferry?" => Caption,
        "Image caption The new pier opened on Saturday" => Caption,
        "Bildunterschrift Die neue Fähre im Hafen" => Caption,
    );

    /// Each language's built-in vocabulary: source labels, agency datelines and credits,
    /// chrome (share, skip link, cookie banner, footer, legal link), bylines and caption
    /// credits. A line, its class, and the source credited on it if any.
    macro_rules! language {
        ($name:ident: $($line:expr => $class:ident $(, $source:expr)?);* $(;)?) => {
            #[test]
            fn $name() {
                let c = Classifier::default();
                $(
                    let line: &str = $line;
                    let f = c.classify(line);
                    assert_eq!(f.class, LineClass::$class, "line {line:?}");
                    $(
                        assert!(f.value_kind.source_rank() >= 2, "{line:?}: {:?}", f.value_kind);
                        let got = f.canon.unwrap_or(&line[f.value.0 as usize..f.value.1 as usize]);
                        assert_eq!(got, $source, "source of {line:?}");
                    )?
                )*
            }
        };
    }

    language!(english:
        "Source: Coast Courier" => Source, "Coast Courier";
        "LONDON (Reuters) - The ferry runs again from Monday, the council said." => Body, "Reuters";
        "— AP" => Source, "AP";
        "Share on Facebook" => Chrome;
        "Skip to main content" => Chrome;
        "We use cookies to improve your experience." => Chrome;
        "© 2024 Coast Courier. All rights reserved." => Chrome;
        "Privacy Policy" => Chrome;
        "Opinions stated in this column are those of its own writer and do not necessarily reflect the editorial line of this site." => Chrome;
        "By Jane Roe" => Byline;
        "Photo: Jane Roe" => Caption;
    );

    language!(german:
        "Quelle: Küstenkurier" => Source, "Küstenkurier";
        "BERLIN (dpa) - Die Fähre fährt ab Montag wieder, teilte die Stadt mit." => Body, "dpa";
        "dpa/lno" => Source, "dpa";
        "Auf Facebook teilen" => Chrome;
        "Zum Inhalt springen" => Chrome;
        "Diese Website verwendet Cookies." => Chrome;
        "© 2024 Küstenkurier. Alle Rechte vorbehalten." => Chrome;
        "Datenschutzerklärung" => Chrome;
        "Namentlich gekennzeichnete Beiträge geben nicht unbedingt die Meinung der Redaktion wieder." => Chrome;
        "Von Erika Muster" => Byline;
        "Foto: Erika Muster" => Caption;
    );

    language!(french:
        "Source : Le Courrier du Port" => Source, "Le Courrier du Port";
        "PARIS (AFP) - Le ferry reprend du service lundi, a annoncé la mairie." => Body, "AFP";
        "(AFP)" => Source, "AFP";
        "Partager sur Facebook" => Chrome;
        "Aller au contenu principal" => Chrome;
        "Ce site utilise des cookies." => Chrome;
        "© 2024 Le Courrier du Port. Tous droits réservés." => Chrome;
        "Mentions légales" => Chrome;
        "Par Jeanne Dupont" => Byline;
        "Photo : Jeanne Dupont" => Caption;
    );

    language!(spanish:
        "Fuente: El Correo del Puerto" => Source, "El Correo del Puerto";
        "MADRID (EFE) - El ferry vuelve a funcionar el lunes, informó el ayuntamiento." => Body, "EFE";
        "Compartir en Facebook" => Chrome;
        "Saltar al contenido" => Chrome;
        "Este sitio web utiliza cookies." => Chrome;
        "© 2024 El Correo del Puerto. Todos los derechos reservados." => Chrome;
        "Aviso legal" => Chrome;
        "Por Juana Pérez" => Byline;
        "Foto: Juana Pérez" => Caption;
    );

    language!(portuguese:
        "Fonte: Correio do Porto" => Source, "Correio do Porto";
        "LISBOA (Lusa) - O ferry volta a funcionar na segunda-feira, disse a câmara." => Body, "Lusa";
        "Compartilhar no Facebook" => Chrome;
        "Pular para o conteúdo" => Chrome;
        "Este site usa cookies." => Chrome;
        "© 2024 Correio do Porto. Todos os direitos reservados." => Chrome;
        "Política de privacidade" => Chrome;
        "Por João Silva" => Byline;
        "Foto: João Silva" => Caption;
    );

    language!(italian:
        "Fonte: Corriere del Porto" => Source, "Corriere del Porto";
        "ROMA (ANSA) - Il traghetto riparte lunedì, ha annunciato il comune." => Body, "ANSA";
        "Condividi su Facebook" => Chrome;
        "Vai al contenuto" => Chrome;
        "Questo sito utilizza cookie." => Chrome;
        "© 2024 Corriere del Porto. Tutti i diritti riservati." => Chrome;
        "Informativa sulla privacy" => Chrome;
        "Di Mario Rossi" => Byline;
        "Foto: Mario Rossi" => Caption;
    );

    language!(russian:
        "Источник: Портовый вестник" => Source, "Портовый вестник";
        "МОСКВА (ТАСС) - Паром снова ходит с понедельника, сообщили в мэрии." => Body, "ТАСС";
        "Поделиться в Facebook" => Chrome;
        "Перейти к содержимому" => Chrome;
        "Этот сайт использует файлы cookie." => Chrome;
        "© 2024 Портовый вестник. Все права защищены." => Chrome;
        "Политика конфиденциальности" => Chrome;
        "Автор: Иван Петров" => Byline;
        "Фото: Иван Петров" => Caption;
    );

    language!(arabic:
        "المصدر: صحيفة الميناء" => Source, "صحيفة الميناء";
        "شارك على فيسبوك" => Chrome;
        "انتقل إلى المحتوى" => Chrome;
        "يستخدم هذا الموقع ملفات تعريف الارتباط" => Chrome;
        "© 2024 صحيفة الميناء. جميع الحقوق محفوظة." => Chrome;
        "سياسة الخصوصية" => Chrome;
        "بقلم أحمد علي" => Byline;
        "تصوير: أحمد علي" => Caption;
    );

    #[test]
    fn glued_skip_links_start_a_page() {
        let c = Classifier::default();
        let glued = c.classify("Zum HauptmenüZum Inhalt");
        assert!(glued.has(flag::PAGE_START), "a skip link glued to another");
        // Inside a word (no upper-case letter after a lower-case one), a phrase is no
        // phrase.
        assert!(!c.classify("Hafenrundfahrtzum Inhalt").has(flag::PAGE_START));
    }

    #[test]
    fn the_word_copyright_in_a_headline_is_no_copyright_line() {
        let c = Classifier::default();
        let f =
            c.classify("Authors file copyright lawsuit against a software maker in 2023 test case");
        assert!(!f.has(flag::COPYRIGHT));
        assert_eq!(f.class, LineClass::Headline);
        for line in [
            "Copyright 2019 Harbour Media",
            "TheSite.com Copyright (c) 2020 by The Site Group. All Rights Reserved.",
            "Seite 2 von 5 | Copyright © 2024 Hafenblatt",
            "Alle Inhalte Copyright Hafenblatt",
        ] {
            assert!(c.classify(line).has(flag::COPYRIGHT), "{line:?}");
        }
    }

    #[test]
    fn headlines_that_open_with_a_bylines_word_are_headlines() {
        headlines_without(
            flag::BYLINE,
            &[
                "Updated COVID vaccines approved for the autumn campaign",
                "Published accounts show record losses at the harbour company",
                "Von Montag an gelten neue Regeln für Mieter",
                "Von Kiel bis Konstanz: Tausende demonstrieren für das Klima",
                "Di Rocco lascia il consiglio e fonda un nuovo partito",
                "Redaktionsnetzwerk Nord: Neue Zahlen zur Rente",
            ],
        );
        let c = Classifier::default();
        for line in [
            "By Jane Roe",
            "By Jane Roe and John Doe",
            "By JANE ROE | Coast Courier",
            "Von Hans Müller",
            "By Jane Roe On 11/13/19 at 4:00 PM EST",
            "Von Hans Müller publiziert am 30. Juli 2018",
            "Updated: 12 May 2024",
            "Veröffentlicht am 12.05.2024",
            "Published 11:11 PM EST Nov 19, 2019",
            "Published by Harbour Press",
            "Veröffentlicht von Hans Beispiel",
            "Publié par Jeanne Exemple",
            "11:11 PM EST Nov 19, 2019",
            "12 de mayo de 2024, 10:30",
            "2 hours ago | Coast Courier",
            "1st May 2024 by Jane Roe",
        ] {
            assert_eq!(c.classify(line).class, LineClass::Byline, "{line:?}");
        }
    }

    #[test]
    fn footer_credits_end_with_their_maker() {
        headlines_without(
            flag::COPYRIGHT,
            &[
                "Startup unveils heavy truck powered by hydrogen fuel cells",
                "New museum designed by a Danish firm opens on the harbour front",
            ],
        );
        flagged(
            flag::COPYRIGHT,
            None,
            &[
                "Powered by Blogmill",
                "Proudly powered by Blogmill",
                "A non-profit newsroom, powered by Coast Radio.",
                "Powered by",
                "Theme by Jane Roe | Powered by a blog engine and a lot of coffee",
            ],
            &[],
        );
    }

    #[test]
    fn widget_labels_in_headlines_are_no_widgets() {
        headlines_without(
            flag::WIDGET,
            &[
                "WhatsApp adds a button for the harbour ferry timetable",
                "Google Play lists a new app for the island ferry",
                "Polizei: Anzeige gegen Autofahrer nach Unfallflucht",
                "Sponsored sports events face new rules from the league",
                "Leserbriefe an den Hafen-Anzeiger",
            ],
        );
        flagged(
            flag::WIDGET,
            None,
            &[
                "Share this on WhatsApp",
                "-- Anzeige --",
                "Sponsored",
                "Advertisement:",
                "Share on Facebook",
                "Article continues below this advertisement",
            ],
            &[],
        );
    }

    #[test]
    fn words_of_consent_alone_make_no_cookie_banner() {
        let c = Classifier::default();
        for (line, cookie) in [
            ("Was bedeutet die DSGVO für Vereine und Verbände?", false),
            (
                "Hospital records shared without patient consent, regulator finds",
                false,
            ),
            (
                "Ohne Einwilligung der Eltern dürfen Schulen keine Fotos der Kinder veröffentlichen.",
                false,
            ),
            ("JAGDPRÜFUNG", false),
            ("Consent preferences", true),
            ("Einwilligung verwalten", true),
            (
                "We need your consent under the GDPR to store data on your device.",
                true,
            ),
            ("Diese Website verwendet Cookies.", true),
            (
                "This website uses cookies. By continuing to use this website you are giving consent to cookies being used.",
                true,
            ),
        ] {
            assert_eq!(c.classify(line).has(flag::COOKIE), cookie, "{line:?}");
        }
        let headline =
            c.classify("Hospital records shared without patient consent, regulator finds");
        assert_eq!(headline.class, LineClass::Headline);
    }

    #[test]
    fn a_skip_link_phrase_inside_running_text_is_no_page_start() {
        let c = Classifier::default();
        let sentence = "Der Rat sprach über viele Themen, die fast immer die Stadt und selten den Hafen zum Inhalt hatten, sagte die Sprecherin.";
        let f = c.classify(sentence);
        assert!(!f.has(flag::PAGE_START), "a phrase deep in a sentence");
        assert_eq!(f.class, LineClass::Body);
        let headline = c.classify("Streit zum Inhalt des Koalitionsvertrags geht weiter");
        assert!(!headline.has(flag::PAGE_START), "a phrase in a headline");
        assert_eq!(headline.class, LineClass::Headline);
        for link in [
            "Zum Inhalt springen",
            "Zum Inhalt",
            "[1]Skip to main content",
            "* Inhalt anspringen",
            "The Harbour Courier - HomepageSkip to content",
            "[123]Skip to main content Home News Sport Weather Travel Culture Opinion",
            "Menu Skip to content Home News Sport Weather Travel Culture Podcasts",
            "Przejdź do treści",
            "본문 바로가기",
            "Zum Inhalt springen Menü Startseite Nachrichten Sport Wetter Kultur Reisen Podcasts Newsletter Archiv Kontakt",
        ] {
            assert!(c.classify(link).has(flag::PAGE_START), "{link:?}");
        }
    }

    #[test]
    fn a_footer_names_the_publisher() {
        for line in [
            "Un site du groupe Exemple Média (Réseau Côte)",
            "Harbour Notes ist ein Angebot der Küstenverlag GmbH",
            // An abbreviation's full stop ends no sentence.
            "Harbour Notes ist ein Angebot der Küstenfreunde e.V.",
        ] {
            let f = Classifier::default().classify(line);
            assert!(f.has(flag::COPYRIGHT), "{line:?}");
            assert_eq!(f.class, LineClass::Chrome, "{line:?}");
        }
        // Sentences that mention an offer or a website are no footer.
        for line in [
            "Der Verein hat ein Angebot von 500 Euro abgelehnt.",
            "Es ist ein Angebot der Stadt für alle Familien im Quartier.",
            "She runs a website of recipes for busy parents.",
            "The data website of the agency was down for three days.",
            "Il dirige un site du groupe depuis 2015.",
        ] {
            let f = Classifier::default().classify(line);
            assert!(!f.has(flag::COPYRIGHT), "{line:?}");
            assert_eq!(f.class, LineClass::Body, "{line:?}");
        }
    }

    #[test]
    fn credit_words_in_running_text_are_no_credit() {
        let c = Classifier::default();
        for line in [
            "El Gobierno aprueba nuevas líneas de crédito para las pymes afectadas",
            "La banca concedió más crédito a las familias en octubre, según los datos publicados este lunes.",
            "Le crédit immobilier recule encore en France",
            "Shutterstock opens an office on the harbour front in spring",
            "Das Ministerium für Schule (Bildungsministerium) legte den Plan am Montag vor.",
            "Harbour Credit: new payment dates for ferry season tickets",
            "Viral photo: The moment a seal pup met a dog on the beach",
            "Skandal-Foto: Minister posiert mit Jagdtrophäe",
            "Harbour council writes to the Environmental Protection Agency (EPA)",
            "Inside the new city library (photos)",
            "Les banques durcissent l'accès au crédit.",
            "El consejo se hunde en el descrédito.",
        ] {
            let f = c.classify(line);
            assert!(!f.has(flag::CREDIT), "{line:?}");
            assert_ne!(f.class, LineClass::Caption, "{line:?}");
        }
        for line in [
            "Foto: Jane Roe",
            "Crédito: Jane Roe",
            "Crédit : Jane Roe",
            "Getty Images",
            "Volunteers on the north bank at dawn. Jane Roe, Getty Images",
            "Volunteers on the north bank at dawn (Getty Images)",
            "Volunteers on the north bank at dawn | imago",
            "The ferry in the harbour (Foto: Jane Roe)",
            "The ferry at dawn. Photo: Jane Roe",
            "© Foto: Jane Roe",
            "Protesters gather outside the town hall (AFP)",
            "Volunteers reach the flooded villages in the north (AP)",
            "Volunteers on the north bank. Jane Roe, Getty Images",
        ] {
            assert!(c.classify(line).has(flag::CREDIT), "{line:?}");
        }
    }

    #[test]
    fn caption_labels_open_the_line() {
        let c = Classifier::default();
        assert!(
            c.classify("Media caption Who runs the harbour ferry?")
                .has(flag::CREDIT)
        );
        // Inside a sentence, the words are no label.
        for line in [
            "The image caption said the photo was taken in 2019.",
            "Laut Verlag war die Bildunterschrift falsch, räumte die Zeitung ein.",
        ] {
            assert!(!c.classify(line).has(flag::CREDIT), "{line:?}");
        }
    }

    proptest::proptest! {
        /// Every suffix key is the key of the text from some character on: the glue
        /// pass mixes the key exactly as `count` does, whatever the characters (cases
        /// that lower-case to two characters, white space `count` reads by its table,
        /// letters without case, marks).
        #[test]
        fn suffix_keys_are_keys_of_suffixes(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Harbour", "news", "SITE", "ß", "İstanbul", "Σ", "ǅ", "\u{1c}", "\u{85}",
                    "\u{a0}", "\u{3000}", "港の橋", "جسر", "e\u{301}", "Ⅻ", "12", ".", "|", "-",
                    "'", "’", ":", " ", " ", "»", "x",
                ]),
                1..40,
            )
        ) {
            let text: String = parts.concat();
            let c = count(&text, None);
            let mut out = Vec::new();
            suffix_keys(&text, &c, true, &mut out);
            for key in out {
                let found = (0..text.len())
                    .filter(|&p| text.is_char_boundary(p))
                    .any(|p| key_only(&text[p..]).0 == key);
                proptest::prop_assert!(found, "{text:?}: key {key} is no suffix's");
            }
        }

        /// The ASCII pre-check skips only lines where the full walk finds no glue
        /// point: both give the same points on any ASCII text.
        #[test]
        fn glue_precheck_matches_full_walk(
            text in "[ a-zA-Z0-9'.,:|/()\\-\t]{0,40}"
        ) {
            let (mut fast, mut full) = ([(0, 0); MAX_GLUE], [(0, 0); MAX_GLUE]);
            let n = glue_starts(&text, &mut fast);
            proptest::prop_assert_eq!(n, glue_starts_full(&text, &mut full));
            proptest::prop_assert_eq!(fast, full);
        }
    }

    /// Texts over a mix of scripts, cases, digits, spaces and marks, some past the
    /// hashed prefix ([`HASH_LIMIT`]) and the worded one ([`WORD_LIMIT`]).
    fn mixed_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        let part = proptest::sample::select(vec![
            "(",
            ")",
            "[",
            "]",
            "@",
            "(BUTTON)",
            "____",
            " | ",
            " - ",
            "/",
            " » ",
            "：",
            "Harbour",
            "news",
            "SITE",
            "a",
            "Z",
            "x9",
            "2021",
            "12.03.2021",
            "ß",
            "İstanbul",
            "Σ",
            "ǅ",
            "\u{1c}",
            "\u{85}",
            "\u{a0}",
            "\u{202f}",
            "\u{ad}",
            "\u{200e}",
            "\u{3000}",
            "港の橋",
            "جسر",
            "e\u{301}",
            "Ⅻ",
            "١٢",
            "Über",
            "ÉTÉ",
            "Дом",
            "\u{200b}",
            "\u{fffd}",
            ".",
            "|",
            "-",
            "'",
            "’",
            ":",
            " ",
            " ",
            "\t",
            "»",
            "@",
            "_",
            "#",
            "©",
            "&amp;",
            "&#39;",
            "&#x2019;",
            "&",
            ";",
            "&amp",
            "&Eacute;",
        ]);
        let long = proptest::sample::select(vec![
            "The ferry runs again from Monday, the council said. ".repeat(10),
            "Die Fähre fährt wieder ab Montag, sagte der Rat. ".repeat(10),
            "港の新しい橋が完成した".repeat(20),
        ]);
        proptest::collection::vec(
            proptest::prop_oneof![20 => part.prop_map(str::to_string), 1 => long],
            0..120,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest::proptest! {
        /// `count` sees every mark the text holds: the checks it lets skip would have
        /// found nothing.
        #[test]
        fn marks_cover_the_text(text in mixed_text()) {
            let c = count(&text, None);
            let mut want = 0u8;
            for &b in text.as_bytes() {
                want |= if b < 0x80 { MARK_BIT[b as usize] } else { M_NON_ASCII };
            }
            proptest::prop_assert_eq!(c.marks.0 & want, want, "{:?}", text);
            if text.len() <= WORD_LIMIT {
                proptest::prop_assert_eq!(c.marks.0, want, "{:?}", text);
            }
        }
    }

    /// The table agrees with the Unicode tables of `char` for every character.
    #[test]
    fn props_are_the_unicode_properties() {
        for ch in (0..=0x10_ffffu32).filter_map(char::from_u32) {
            let p = props(ch);
            assert_eq!(p, Props::of(ch), "{ch:?}");
            let invisible = is_invisible(ch);
            assert_eq!(p.has(P_INVISIBLE), invisible, "{ch:?}");
            let ws = !invisible && ch.is_whitespace();
            let alnum = !invisible && !ws && ch.is_alphanumeric();
            assert_eq!(p.has(P_SPACE), ws, "{ch:?}");
            assert_eq!(p.has(P_ALNUM), alnum, "{ch:?}");
            if alnum {
                assert_eq!(p.has(P_ALPHA), ch.is_alphabetic(), "{ch:?}");
                assert_eq!(p.has(P_UPPER), ch.is_uppercase(), "{ch:?}");
                assert_eq!(p.has(P_LOWER), ch.is_lowercase(), "{ch:?}");
                assert_eq!(p.has(P_NUMERIC), ch.is_numeric(), "{ch:?}");
                assert_eq!(p.has(P_IDEOGRAPHIC), lang::is_ideographic(ch), "{ch:?}");
                let script = if ch.is_alphabetic() {
                    lang::script_of(ch)
                } else {
                    None
                };
                assert_eq!(p.script(), script, "{ch:?}");
                assert_eq!(p.mix_lower(7, ch), mix_lower(7, ch), "{ch:?}");
            }
        }
    }

    proptest::proptest! {
        /// The separator search of `numeric_date` agrees with the digit scan it
        /// replaced.
        #[test]
        fn numeric_date_agrees_with_reference(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1", "12", "123", "2021", "20211", "0", ".", "-", "/", ". ", "a", " ", "é",
                    "12.03.2021", "2021-03-12", "3/12/21", ":",
                ]),
                0..24,
            )
        ) {
            let text = parts.concat();
            proptest::prop_assert_eq!(
                numeric_date(text.as_bytes()),
                reference::numeric_date(text.as_bytes()),
                "{:?}", text
            );
        }
    }

    proptest::proptest! {
        /// `legal_bar`, skipped on a line without a bar mark and looking for the marks
        /// bytewise, agrees with the char search it replaced.
        #[test]
        fn legal_bar_agrees_with_reference(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Impressum", "Datenschutz", "Kontakt", "Privacy", "Imprint", "Login", "|",
                    " | ", "·", " · ", "•", " • ", "\u{b7}", "\u{2022}", "\u{2023}", "\u{b6}",
                    "\u{c2}", "¢", "⁂", " ", "a", "Über uns", "x y z w", "·•", "\u{a0}",
                ]),
                0..24,
            ),
            long in proptest::bool::weighted(0.05),
        ) {
            let mut text = parts.concat();
            if long {
                text = text.repeat(8);
            }
            let c = count(&text, None);
            proptest::prop_assert_eq!(
                legal_bar(&text, c.marks),
                reference::legal_bar(&text),
                "{:?}", text
            );
            proptest::prop_assert_eq!(
                has_bar_mark(&text),
                text.contains(['|', '·', '•']),
                "{:?}", text
            );
        }
    }

    /// Pieces of short lines around agency credits: names, padding (ASCII and not),
    /// separators, list marks, white space `char::is_whitespace` does not know.
    fn credit_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::strategy::Strategy;
        proptest::collection::vec(
            proptest::sample::select(vec![
                "AFP",
                "dpa",
                "Reuters",
                "AP",
                "KNA",
                "Keystone-SDA",
                "RIA",
                "Novosti",
                "lno",
                "iz",
                "abcde",
                "Ünal",
                "o",
                "o\t",
                "1.",
                "12) ",
                "#",
                "* ",
                "- ",
                "• ",
                "(",
                ")",
                "[",
                "]",
                "-",
                "–",
                "—",
                "/",
                ".",
                "*",
                "_",
                "©",
                ",",
                " ",
                "\t",
                "\n",
                "\u{b}",
                "\u{1c}",
                "\u{a0}",
                "\u{3000}",
                "\u{200b}",
                "\u{feff}",
                "x",
                "Z9",
                "ß",
                ":",
            ]),
            0..10,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest::proptest! {
        /// `agency_credit`'s one pass over the bytes agrees with the char search it
        /// replaced, and `key_of`'s shortcut with the trimming it skips.
        #[test]
        fn agency_credit_agrees_with_reference(text in credit_text()) {
            proptest::prop_assert_eq!(
                agency_credit(&text),
                reference::agency_credit(&text),
                "{:?}", text
            );
            proptest::prop_assert_eq!(agency_credit_chars(&text), reference::agency_credit(&text));
            proptest::prop_assert_eq!(key_of(&text), reference::key_of(&text), "{:?}", text);
        }
    }

    proptest::proptest! {
        /// `more_words_than` counts the words `split_whitespace` gives, whatever the
        /// white space (ASCII, `\x0b`, Unicode; `\x1c`–`\x1f` are none).
        #[test]
        fn more_words_than_agrees_with_split_whitespace(text in mixed_text(), n in 0usize..16) {
            proptest::prop_assert_eq!(
                more_words_than(&text, n),
                text.split_whitespace().nth(n).is_some(),
                "{:?}", text
            );
            let ws: String = text.chars().map(|c| if c == 'a' { '\u{b}' } else { c }).collect();
            proptest::prop_assert_eq!(
                more_words_than(&ws, n),
                ws.split_whitespace().nth(n).is_some(),
                "{:?}", ws
            );
        }
    }

    proptest::proptest! {
        /// The run loop of `count` agrees with the byte-by-byte loop it replaced: every
        /// count, the key, the word hashes and the short words.
        #[test]
        fn count_agrees_with_reference(text in mixed_text()) {
            let (mut a, mut b) = (Scratch::default(), Scratch::default());
            let got = count(&text, Some(&mut a));
            let want = reference::count(&text, Some(&mut b));
            proptest::prop_assert_eq!(got, want);
            proptest::prop_assert_eq!(a.words, b.words);
            proptest::prop_assert_eq!(a.short, b.short);
            proptest::prop_assert_eq!(count(&text, None), reference::count(&text, None));
        }
    }

    #[test]
    fn unspaced_scripts_share_words_as_character_pairs() {
        let c = Classifier::default();
        let words = |line: &str| {
            let mut scratch = Scratch::default();
            c.classify_words(line, &mut scratch);
            scratch.words
        };
        // A headline and a sentence of its body, in scripts without spaces between
        // words, or with particles glued to them: the body uses most of its pairs.
        for (headline, body) in [
            (
                "港の新しいフェリーが就航",
                "市は月曜日、港の新しいフェリーが来月就航すると発表した。",
            ),
            (
                "港口新渡轮下月启航",
                "市政府周一宣布，港口新渡轮将于下月启航。",
            ),
            (
                "항구의 새 여객선 다음 달 취항",
                "시는 월요일 항구의 새 여객선이 다음 달 취항한다고 밝혔다.",
            ),
        ] {
            let (h, b) = (words(headline), words(body));
            let shared = h.iter().filter(|w| b.contains(w)).count();
            assert!(shared * 2 >= h.len(), "{headline}: {shared} of {}", h.len());
        }
        // A long line of pairs keeps its later sentences' pairs too.
        let long = format!(
            "{}港の新しいフェリーが就航した。",
            "市は月曜日に新しい計画を発表し、多くの市民がその内容について話し合った。".repeat(4)
        );
        let (h, b) = (words("港の新しいフェリーが就航"), words(&long));
        assert!(h.iter().filter(|w| b.contains(w)).count() * 2 >= h.len());
        // Two unrelated lines share none.
        let (a, b) = (words("港の新しいフェリー"), words("東京の天気予報"));
        assert!(!a.iter().any(|w| b.contains(w)));
    }

    #[test]
    fn glued_text_nodes_give_suffix_keys() {
        let c = Classifier::default();
        let mut scratch = Scratch::default();
        for (line, tail) in [
            // Breadcrumb steps glued to the headline (lower-case meets upper-case).
            (
                "HomeGardenGarden: How to plant a hedge that lasts",
                "Garden: How to plant a hedge that lasts",
            ),
            // A link text glued to a dated headline (a letter meets a digit).
            (
                "Home News & more12.03.2021 - Harbour board votes on the pier",
                "12.03.2021 - Harbour board votes on the pier",
            ),
            // A site name glued to its title by a bar (a mark meets a letter).
            ("CITY NEWS|港の新しい橋が完成した", "港の新しい橋が完成した"),
        ] {
            c.classify_words(line, &mut scratch);
            let (key, _) = key_of(tail);
            assert!(
                scratch.suffixes.contains(&key),
                "{line:?} ends with {tail:?}"
            );
        }
        // A word start is still one, and a word without glue gives none inside it.
        c.classify_words("Read more about the harbourmaster's pier", &mut scratch);
        assert!(
            scratch
                .suffixes
                .contains(&key_of("the harbourmaster's pier").0)
        );
        assert!(!scratch.suffixes.contains(&key_of("master's pier").0));
    }

    #[test]
    fn k_pow_agrees_with_squaring() {
        let mut p = 1u64;
        for n in 0..5000 {
            assert_eq!(k_pow(n), p, "K^{n}");
            assert_eq!(k_pow_by_squaring(n), p, "K^{n}");
            p = p.wrapping_mul(K);
        }
        for n in [4095, 4096, 100_000, u32::MAX] {
            assert_eq!(k_pow(n), k_pow_by_squaring(n), "K^{n}");
        }
    }

    #[test]
    fn ascii_run_mixes_as_byte_by_byte() {
        // The run's key and word hash, mixed byte by byte as before the polynomial
        // shortcut: runs of every length up to past the table of powers, with digits
        // before and among the letters, ended by a mark, a space or a non-ASCII byte.
        let alphabet = b"aZq09xYk7";
        let ends: [&[u8]; 4] = [b"", b" x", b"-y", "é".as_bytes()];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in 0..80 {
            for end in ends {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let mut b: Vec<u8> = (0..len)
                    .map(|i| alphabet[((seed >> (i % 48)) as usize + i) % alphabet.len()])
                    .collect();
                b.extend_from_slice(end);
                let (key, wh) = (seed, seed.rotate_left(17));
                let run = ascii_run(&b, key, wh);
                let (mut k, mut w, mut n) = (key, wh, 0);
                let mut lettered = false;
                while let Some(&x) = b.get(n) {
                    if !x.is_ascii_alphanumeric() {
                        break;
                    }
                    lettered |= x.is_ascii_alphabetic();
                    // Digits up to the first letter are mixed as they are.
                    let lc = u32::from(if lettered { x | 0x20 } else { x });
                    (k, w, n) = (mix(k, lc), mix(w, lc), n + 1);
                }
                assert_eq!((run.len, run.key, run.wh), (n, k, w), "{b:?}");
            }
        }
    }

    #[test]
    fn key_only_agrees_with_count() {
        // Pseudo-random texts over a mix of scripts, spaces and marks, short and long
        // (past the hashed prefix and past the worded one).
        let alphabet: Vec<char> = "aZ9 _-.,|éÉßİ日本 \u{a0}\u{200b}ΣσςДд\u{fffd}\t@#"
            .chars()
            .collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for len in [0usize, 1, 2, 7, 30, 300, 600, 5000] {
            for _ in 0..40 {
                let text: String = (0..len)
                    .map(|_| {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        alphabet[(seed % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let c = count(&text, None);
                assert_eq!(key_only(&text), (c.key, c.key_len), "{text:?}");
            }
        }
    }

    /// Every line of `yes` has flag `bit` (and class `class`, when given); no line of `no`
    /// has `bit`.
    fn flagged(bit: u64, class: impl Into<Option<LineClass>>, yes: &[&str], no: &[&str]) {
        let class = class.into();
        let c = Classifier::default();
        for line in yes {
            let f = c.classify(line);
            assert!(f.has(bit), "{line}");
            if let Some(class) = class {
                assert_eq!(f.class, class, "{line}");
            }
        }
        for line in no {
            assert!(!c.classify(line).has(bit), "{line}");
        }
    }

    /// Every line of `lines` is headline-like, without flag `bit` (its vocabulary
    /// counts only where such text stands).
    fn headlines_without(bit: u64, lines: &[&str]) {
        let c = Classifier::default();
        for line in lines {
            let f = c.classify(line);
            assert!(!f.has(bit), "{line:?}");
            assert_eq!(f.class, LineClass::Headline, "{line:?}");
        }
    }

    #[test]
    fn a_caption_label_after_an_image_alt_text_is_a_credit() {
        flagged(
            flag::CREDIT,
            LineClass::Caption,
            &[
                "[Harbour ferry at dusk] Image copyright Jane Roe",
                "[Ferry] Media caption The island line runs again",
            ],
            // Words before the label, or two brackets: no image's alt text alone.
            &[
                "Town asks who holds the image copyright of its ferry",
                "[Ferry] [Island] Image copyright Jane Roe",
            ],
        );
    }

    #[test]
    fn gallery_counters_are_widgets() {
        flagged(
            flag::WIDGET,
            LineClass::Chrome,
            &[
                "Bild 1 von 10",
                "Image 3 of 12",
                "  Slide 4 of 20",
                "Foto 2 de 8",
            ],
            &[
                "Harbour Town Votes 3 of 5 Ferry Plans",
                "Top 10 of 2024",
                "Chapter 12 of 3",
                "1 of 10",
                "Day 2 of the strike: ferries stay in port",
            ],
        );
    }

    #[test]
    fn licence_notices_are_rights_lines() {
        flagged(
            flag::COPYRIGHT,
            LineClass::Chrome,
            &[
                "Content on this site is licensed under a Creative Commons Attribution 4.0 licence.",
                "Alle Texte dieses Blogs stehen unter einer Creative-Commons-Lizenz: Namensnennung 4.0",
                "Alle Fotos stehen unter einer Creative Commons Lizenz (BY-SA).",
            ],
            &["Creative Commons turns twenty, and the licences still spread"],
        );
    }

    #[test]
    fn opening_labels() {
        let label = |t: &str| label_key(t) != 0;
        assert!(label(
            "Weiter zur Seite: Hafen – Hafen und Fähre in der Stadt"
        ));
        assert!(label("Mehr zum Thema: Die Fähre fährt wieder"));
        assert!(label("Read more: Harbour votes to keep its ferry"));
        assert_eq!(
            label_key("Read more: The ferry"),
            label_key("READ MORE: The harbour")
        );
        for no in [
            "12:30 Uhr",
            "Der Rat der Stadt hat entschieden: Die Fähre bleibt",
            "Title:",
            "A: B",
            "http://example.org: a page",
            "Ferry passengers rose by a fifth, the operator said about the figures: more than ever.",
        ] {
            assert!(!label(no), "{no}");
        }
    }

    #[test]
    fn character_references_are_marks_not_words() {
        assert_eq!(entity_len(b"&amp; more"), 5);
        assert_eq!(entity_len(b"&#39;s"), 5);
        assert_eq!(entity_len(b"&#x2019;"), 8);
        assert_eq!(entity_len(b"&#8230;"), 7);
        for not_one in [
            &b"&amp"[..],
            b"& amp;",
            b"&As;",
            b"&#;",
            b"&#x;",
            b"&#12345678;",
            b"&eacute;",
            b"amp;",
        ] {
            assert_eq!(
                entity_len(not_one),
                0,
                "{:?}",
                String::from_utf8_lossy(not_one)
            );
        }
        // A title line with references left in it keys as its `<h1>` does.
        for (a, b) in [
            (
                "Rock &amp; Roll: the town's band plays on",
                "Rock & Roll: the town's band plays on",
            ),
            (
                "The town&#39;s ferry runs again",
                "The town's ferry runs again",
            ),
            (
                "The town&#x2019;s ferry runs again",
                "The town’s ferry runs again",
            ),
            (
                "Ferry &ndash; the harbour reopens",
                "Ferry – the harbour reopens",
            ),
        ] {
            assert_eq!(key_of(a), key_of(b), "{a}");
            assert_eq!(count(a, None).key, count(b, None).key, "{a}");
        }
        // Text that only looks like one is read as printed.
        assert_ne!(key_of("Q&As; the ferry"), key_of("Q the ferry"));
        assert_ne!(key_of("R&amp D"), key_of("R D"));
    }

    #[test]
    fn key_ignores_case_space_quotes_and_marks() {
        let a = key_of("Die Fähre der Insel \"Wir fahren weiter\"");
        let b = key_of("  * die fähre der INSEL „Wir  fahren weiter“");
        let c = key_of("# Die Fähre der Insel: Wir fahren weiter");
        let d = key_of(" 3. Die Fähre der Insel - Wir fahren weiter");
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a, d);
        assert_ne!(a, key_of("Die Fähre der Insel"));
    }

    #[test]
    fn title_parts_have_keys() {
        let f = Classifier::default()
            .classify("Harbour Town Votes to Keep Its Ferry | The Coast Courier");
        assert!(f.has(flag::TITLE_SEP));
        assert!(f.matches_part(key_of("Harbour Town Votes to Keep Its Ferry").0));
        let g = Classifier::default()
            .classify("Coast Courier - News - Harbour Town Votes to Keep Its Ferry");
        assert!(g.matches_part(key_of("Harbour Town Votes to Keep Its Ferry").0));
        assert!(
            !f.matches_part(key_of("The Coast Courier").0),
            "the site part does not echo"
        );
        let h = Classifier::default().classify("Harbour Town Votes to Keep Its Ferry | TCC");
        assert_eq!(h.part_keys[2], 0, "a part too short to echo gets no key");
    }

    #[test]
    fn a_titles_first_part_echoes_when_its_trailing_parts_are_no_site() {
        // The site's name is no domain or known shape (`Courier!`): the headline part
        // keeps it, and the first part, the `<h1>`, echoes too.
        let headline = "Harbour Town Votes to Keep Its Ferry";
        let f = Classifier::default().classify(&format!("{headline} - Courier! - Local News"));
        assert!(f.has(flag::TITLE_SEP));
        assert!(f.matches_part(key_of(headline).0));
        assert!(f.matches_part(key_of(&format!("{headline} - Courier!")).0));
        // A short first part (an author's name) does not.
        let g = Classifier::default().classify("Richard Roe - Courier! - Local News");
        assert!(g.matches_part(key_of("Richard Roe - Courier!").0));
        assert!(!g.matches_part(key_of("Richard Roe").0));
    }

    #[test]
    fn titles_of_head_link_lines() {
        for (line, title) in [
            (
                "#Island Weekly » Feed Island Weekly » Comments Feed Island Weekly » Seal Numbers Rise Again Comments Feed alternate",
                Some("Seal Numbers Rise Again"),
            ),
            (
                "#publisher Coast Courier » Feed Coast Courier » Kommentar-Feed Coast Courier » Fähre fährt weiter Kommentar-Feed",
                Some("Fähre fährt weiter"),
            ),
            // The title goes on on the next line: its end is not known.
            (
                "#Island Weekly » Feed Island Weekly » Comments Feed Island Weekly » Seal Numbers",
                None,
            ),
            ("#Island Weekly » Feed", None),
            ("#alternate Island Weekly » Feed alternate alternate", None),
            (
                "#Coast Courier » Feed Coast Courier » Comments Feed Coast Courier » Pier Vote Comments Feed",
                Some("Pier Vote"),
            ),
        ] {
            let f = Classifier::default().classify(line);
            assert!(f.has(flag::LINK_REL), "{line}");
            let got = (f.value_kind == ValueKind::TitlePart)
                .then(|| &line[f.value.0 as usize..f.value.1 as usize]);
            assert_eq!(got, title, "{line}");
            assert_eq!(f.has(flag::TITLE_SEP), title.is_some(), "{line}");
            // Its other parts are feed names: no site suffix comes from them.
            assert!(!f.has(flag::SITE_SUFFIX), "{line}");
        }
    }

    #[test]
    fn widget_words_in_a_titles_headline() {
        let c = Classifier::default();
        let title = c.classify("Why the App Store Turned Down the Ferry App | Coast Courier");
        assert!(!title.has(flag::WIDGET));
        assert_eq!(title.class, LineClass::Headline);
        // A widget's own label stays a widget, title separator or not.
        for widget in [
            "Download on the App Store",
            "Share on Facebook | Share on X",
        ] {
            assert!(c.classify(widget).has(flag::WIDGET), "{widget}");
        }
    }

    #[test]
    fn navigation_shapes() {
        for (line, nav) in [
            ("Home › News › Harbour Town", true),
            ("Start ›› Politik im Überblick ›› Politik", true),
            ("Home > Sport > Sailing", true),
            ("← Older post", true),
            ("‹ Zurück zur Übersicht", true),
            ("« Retour aux articles", true),
            ("Next story ›", true),
            ("Weiterlesen →", true),
            ("Mehr >", true),
            ("«Die Fähre bleibt»", false),
            // A quotation cut short (a teaser), not an arrow.
            ("«Wir bleiben noch zehn Jahre im Hafen ...", false),
            ("Harbour Town Votes to Keep Its Ferry", false),
            ("Ferry Vote › courier.example", false),
            ("Profits > costs, the council says", false),
            // One run of a mark counts once; two marks, or one mark twice with a
            // character between, make a breadcrumb.
            ("Harbour ›› Ferry", false),
            ("Harbour »» Ferry", false),
            ("Harbour ›» Ferry", true),
            ("Harbour ›—› Ferry", true),
            ("Harbour —›› Ferry", false),
        ] {
            let f = Classifier::default().classify(line);
            assert_eq!(f.has(flag::NAV_SHAPE), nav, "{line}");
        }
        let numbered = Classifier::default().classify("5. Ways to Cross the Harbour");
        assert!(numbered.has(flag::BULLET) && numbered.has(flag::NUMBERED));
        let bullet = Classifier::default().classify("* Ways to Cross the Harbour");
        assert!(bullet.has(flag::BULLET) && !bullet.has(flag::NUMBERED));
    }

    #[test]
    fn footer_links_and_menus_in_more_languages() {
        flagged(
            flag::LEGAL,
            LineClass::Chrome,
            &[
                "Privacyverklaring",
                "Personvern",
                "  * Integritetspolicy",
                "Om os",
                "Polityka prywatności",
                "Ochrana osobních údajů",
                "Gizlilik Politikası",
                "Tietosuojaseloste",
                "プライバシーポリシー",
                "隐私政策",
                "개인정보처리방침",
            ],
            // The words in a sentence or a headline are no link.
            &[
                "Personvern er viktig for alle som bruker tjenesten hver dag",
                "Regulamin nowego konkursu opublikowano w poniedziałek",
            ],
        );
        let c = Classifier::default();
        for nav in [
            "Forside",
            "Strona główna",
            "Ana Sayfa",
            "ホーム",
            "首页",
            "메뉴",
        ] {
            assert!(c.classify(nav).has(flag::NAV), "{nav}");
        }
        flagged(
            flag::COPYRIGHT,
            LineClass::Chrome,
            &[
                "© 2024 Havnebladet. Alle rettigheter forbeholdt.",
                "Copyright ⓒ Harbour Daily. 무단전재 및 재배포 금지",
                "Wszelkie prawa zastrzeżone.",
            ],
            &[],
        );
    }

    #[test]
    fn link_bars_with_legal_links_are_legal_bars() {
        let c = Classifier::default();
        for yes in [
            "Impressum | Datenschutz | Kontakt | Login",
            "Contact Us · Terms of Use · Privacy Policy",
            "About | Imprint | Privacy",
            // A credit before the links.
            "Powered by the Harbour Press CMS | Privacy Policy | Cookie Settings | Terms of Use",
            "© 2024 The Coast Courier Ltd. All rights reserved | Contact | Imprint | Privacy",
        ] {
            let f = c.classify(yes);
            assert!(f.has(flag::LEGAL_BAR) && f.has(flag::LEGAL), "{yes}");
            assert_eq!(f.class, LineClass::Chrome, "{yes}");
        }
        for no in [
            "Politik | Wirtschaft | Sport | Kultur",
            "Impressum | Datenschutz",
            "Privacy | Imprint | The council voted on Monday to keep the ferry",
            "Harbour Town Votes to Keep Its Ferry | Coast Courier",
            // A long part after the first, or one that leaves two links.
            "Privacy | The council voted on Monday to keep the ferry | Imprint | Contact",
            "Powered by the Harbour Press CMS | Privacy Policy | Imprint",
        ] {
            assert!(!c.classify(no).has(flag::LEGAL_BAR), "{no}");
        }
    }

    #[test]
    fn headline_parts_of_title_lines() {
        let c = Classifier::default();
        for (line, part) in [
            (
                "Harbour Town Votes to Keep Its Ferry | The Coast Courier",
                "Harbour Town Votes to Keep Its Ferry",
            ),
            (
                "So viel Schnee gab es lange nicht : 12.01.2024, 08.30 Uhr",
                "So viel Schnee gab es lange nicht",
            ),
            (
                "Ferry Vote Splits the Council – Politics | The Courier",
                "Ferry Vote Splits the Council",
            ),
            (
                "Knitting for Beginners - Crafts Hall - The Wool Store",
                "Knitting for Beginners",
            ),
            (
                "Courier - News - Harbour Town Votes to Keep Its Ferry",
                "Harbour Town Votes to Keep Its Ferry",
            ),
            (
                "Harbour Town Votes to Keep Its Ferry • The Society For Coastal Shipping Rights",
                "Harbour Town Votes to Keep Its Ferry",
            ),
            (
                "Harbour Town Votes to Keep Its Ferry › courier.example",
                "Harbour Town Votes to Keep Its Ferry",
            ),
            (
                "Start » Blog » Harbour Town Votes to Keep Its Ferry",
                "Harbour Town Votes to Keep Its Ferry",
            ),
        ] {
            let f = c.classify(line);
            assert_eq!(f.value_kind, ValueKind::TitlePart, "{line}");
            assert_eq!(
                &line[f.value.0 as usize..f.value.1 as usize],
                part,
                "{line}"
            );
        }
    }

    #[test]
    fn a_short_line_that_trails_off_is_headline_shaped() {
        let c = Classifier::default();
        for yes in [
            "Der Hafen wartet auf den Frühling…",
            "Harbour town waits for spring...",
        ] {
            let f = c.classify(yes);
            assert!(f.has(flag::ELLIPSIS), "{yes}");
            assert_eq!(f.class, LineClass::Headline, "{yes}");
        }
        // A widget's label, and a sentence of running text that trails off.
        assert_ne!(c.classify("Loading …").class, LineClass::Headline);
        let long = "The council voted on Monday to keep the ferry running for ten more \
                    years, and the mayor said that the money would come from…";
        assert_eq!(c.classify(long).class, LineClass::Body);
    }

    #[test]
    fn site_suffixes() {
        flag_on(
            flag::SITE_SUFFIX,
            &[
                "Harbour Town Votes to Keep Its Ferry | The Coast Courier",
                "Harbour Town Votes to Keep Its Ferry - coastcourier.example",
                "Harbour Town Votes to Keep Its Ferry – COURIER",
            ],
            &[
                "Harbour Town Votes to Keep Its Ferry - and the mayor is not happy about it at all",
                "Ferry | Courier",
            ],
        );
    }

    classes!(ui_prompts_are_chrome:
        "Passwort vergessen?" => Chrome,
        "Forgot your password?" => Chrome,
        "Recuperación de contraseña" => Chrome,
        "Jetzt spenden" => Chrome,
        "Espace publicitaire" => Chrome,
        "Clique no link para ver o vídeo" => Chrome,
        "Post was not sent - check your email addresses!" => Chrome,
        // A headline that names the same things is still one.
        "Harbour Trust Asks Islanders to Donate for the New Ferry" => Headline,
    );

    #[test]
    fn rules_and_underlines() {
        for (line, mark) in [
            ("-----", Some(b'-')),
            ("=====", Some(b'=')),
            ("* * *", Some(b'*')),
            ("  ___  ", Some(b'_')),
            ("--", None),
            ("-=-=-", None),
            ("--- Harbour ---", None),
            ("###", None),
        ] {
            assert_eq!(rule_mark(line), mark, "{line:?}");
        }
        let c = Classifier::default();
        let under = c.classify(&"=".repeat(60));
        assert!(under.has(flag::UNDERLINE) && !under.has(flag::DOUBLED));
        assert_eq!(under.class, LineClass::Chrome);
        // A rule is not an image's alt text printed twice.
        assert!(!c.classify("----------").has(flag::DOUBLED));
        assert!(c.classify("Harbour Town Harbour Town").has(flag::DOUBLED));
    }

    #[test]
    fn prompts_and_calls_to_action() {
        flag_on(
            flag::PROMPT,
            &[
                "Welcome to the Coast Courier's new reader experience",
                "Enter your email address to get the morning briefing",
                "Melde dich an und lies weiter",
                "**Bienvenue sur le site du port**",
                "Regístrate para leer más",
                // Links to the previous or next post.
                "← The Ferry Timetable for the Spring",
                "Seals Counted on the Sandbanks →",
                "« Ältere Beiträge",
            ],
            &[
                "Harbour Town Votes to Keep Its Ferry",
                "Welcome Home: The Ferry Returns After Five Years",
                "Jetzt ist es amtlich: Die Fähre bleibt",
                "Jetzt bei der Fähre: Neue Fahrpläne ab Mai",
                "Join Us for the Harbour Festival on Saturday",
                "Harbour → Island: The Ferry Runs Again",
                "«Wir bleiben»: Die Fähre fährt weiter",
            ],
        );
    }

    #[test]
    fn bylines_name_people() {
        flag_on(
            flag::BYLINE,
            &[
                "By Jane Roe",
                "Von Max Mustermann und Erika Musterfrau",
                "Von Max Mustermann, „Hafenblatt“",
            ],
            &[
                "By the sea, a new ferry pier for the island",
                "Von Fähren, Fahrplänen und «ganz normalem Alltag»",
            ],
        );
    }

    #[test]
    fn datelines_name_the_agency() {
        assert_eq!(
            agency_dateline("BERLIN (dpa) - Die Regierung hat"),
            Some("dpa")
        );
        assert_eq!(
            agency_dateline("Kiel (dpa/lno) – Trotz eines Sturms"),
            Some("dpa")
        );
        assert_eq!(
            agency_dateline("PORTLAND, Maine (AP) — About forty"),
            Some("AP")
        );
        assert_eq!(
            agency_dateline("(Reuters) — The state is investigating"),
            Some("Reuters")
        );
        assert_eq!(
            agency_dateline("Wiesbaden (KNA/iz). Der Präsident"),
            Some("KNA")
        );
        assert_eq!(agency_dateline("The party (SPD) said"), None);
        assert_eq!(agency_dateline("He told the agency (AFP) that"), None);
        // An agency's name in its own letter case or in capitals, no other.
        assert_eq!(
            agency_dateline("HAMBURG (DPA) – Der Senat hat"),
            Some("DPA")
        );
        assert_eq!(
            agency_dateline("Die elektronische Akte (ePA) – ein langer Weg"),
            None
        );
        assert_eq!(agency_name("REUTERS"), Some("Reuters"));
        assert_eq!(agency_name("Afp"), None);
    }

    #[test]
    fn agency_mentions_credit_in_their_letter_case_and_their_forms() {
        let c = Classifier::default();
        let credited = |line: &str| {
            let f = c.classify(line);
            (f.value_kind == ValueKind::Mention)
                .then_some(f.canon)
                .flatten()
        };
        // Credits: a quote given to the agency, an agency tag.
        assert_eq!(
            credited("\"We will rebuild the pier,\" the mayor told AFP on Monday."),
            Some("AFP")
        );
        assert_eq!(
            credited("The ferry runs again from Monday, the operator said (dpa)."),
            Some("dpa")
        );
        // A party's abbreviation is no agency, and naming an agency credits nothing …
        assert_eq!(
            credited("The vote went to the Democratic Party of the Coast (DPA) this time."),
            None
        );
        assert_eq!(
            credited("The mayor said in an email to The Associated Press that the pier will stay."),
            None
        );
        // … but on a copyright line it does, as the copyright's holder.
        assert_eq!(
            credited("Copyright 2024 The Associated Press. All rights reserved."),
            Some("AP")
        );
        assert_eq!(
            credited(
                "Copyright © 2024 Coast Courier Ltd. Wire stories: Copyright 2024 The Associated Press. All rights reserved."
            ),
            None
        );
        // The tag that ends a long paragraph, past the phrase scan, with a date.
        let long = format!(
            "{} The ferry company will publish a new timetable in the spring. (KNA 19.11.21)",
            "The council voted on Monday to keep the ferry running for ten more years. ".repeat(8)
        );
        assert!(long.len() > PHRASE_SCAN_LIMIT);
        assert_eq!(credited(&long), Some("KNA"));
        // A heading that spells an agency's name out is no credit.
        assert_eq!(
            credited("New Rules From the Environmental Protection Agency (EPA)"),
            None
        );
    }

    #[test]
    fn source_labels_give_their_value() {
        let c = Classifier::default();
        let value = |line: &str| {
            let f = c.classify(line);
            (f.value_kind == ValueKind::SourceLabel)
                .then(|| line[f.value.0 as usize..f.value.1 as usize].to_string())
        };
        assert_eq!(
            value("Source: Coast Courier").as_deref(),
            Some("Coast Courier")
        );
        // The bracket around the line is not part of the value.
        assert_eq!(
            value("(Quelle: Hafenamt Nord)").as_deref(),
            Some("Hafenamt Nord")
        );
        // A label whose value went to the next line names nobody; a picture's credit is
        // no source.
        assert_eq!(value("Quelle: ("), None);
        // A label followed by padding alone (it once sliced past the value's end).
        assert_eq!(value("Quelle:  *  *  *"), None);
        assert_eq!(value("(Quelle: _)"), None);
        assert_eq!(value("(BUTTON)Folgen:  *  *  *  *"), None);
        assert_eq!(value("Credit: Jane Roe / Harbour Agency"), None);
        // Labels in more languages, and a full-width colon.
        for (line, want) in [
            ("Källa: Hamnverket", "Hamnverket"),
            ("Źródło: Urząd Portowy", "Urząd Portowy"),
            ("Kaynak: Liman İdaresi", "Liman İdaresi"),
            ("出典：港湾局", "港湾局"),
            ("출처: 항만청", "항만청"),
        ] {
            assert_eq!(value(line).as_deref(), Some(want), "{line}");
        }
    }

    #[test]
    fn strips_of_alt_texts_and_back_to_top_links() {
        let c = Classifier::default();
        for (line, image) in [
            ("[Donate to the Courier]  [Creative Commons Licence]", true),
            ("[Logo] [Badge] [Seal]", true),
            ("[Donate to the Courier] and more", false),
            ("[Logo [inner]] [Badge]", false),
            ("[Only one alt text here]", true),
        ] {
            assert_eq!(c.classify(line).has(flag::IMAGE), image, "{line}");
        }
        for (line, top) in [
            ("Back to top", true),
            ("↑ Nach oben", true),
            ("Retour en haut de page", true),
            ("Scroll to top", true),
            ("Terug naar boven", true),
            ("Prices went back to top levels", false),
        ] {
            let f = c.classify(line);
            assert_eq!(f.has(flag::TO_TOP), top, "{line}");
            // A back-to-top link is navigation chrome, never a headline candidate.
            assert_eq!(f.class == LineClass::Chrome, top, "{line}: {:?}", f.class);
        }
        assert!(
            c.classify("Direktlink: Inhalt, Suche, Hauptmenü")
                .has(flag::PAGE_START)
        );
    }

    #[test]
    fn a_link_item_cut_after_its_separator_is_no_title_line() {
        let c = Classifier::default();
        for (line, title) in [
            ("Harbour Guide - Rules and Hints for Skippers -", false),
            ("Harbour Guide | Coast Courier |", false),
            ("Harbour Guide – Rules and Hints for Skippers", true),
            ("Harbour Town Votes to Keep Its Ferry | Coast Courier", true),
        ] {
            assert_eq!(c.classify(line).has(flag::TITLE_SEP), title, "{line}");
        }
    }

    #[test]
    fn a_run_of_ideographs_without_punctuation_is_a_ticker() {
        let c = Classifier::default();
        // Headlines of a ticker run together (quotes and marks, no comma or full stop).
        let ticker = "港口渡轮将继续运营十年“市长表示”海豹数量创下新纪录！志愿者完成统计工作";
        let f = c.classify(ticker);
        assert!(f.has(flag::CJK_RUNON), "{ticker}");
        assert_eq!(f.class, LineClass::Chrome);
        // A sentence has its commas and full stops.
        let sentence =
            "市议会周一投票决定，渡轮将继续运营十年，资金来自港区停车费的提高和地区补贴。";
        assert!(!c.classify(sentence).has(flag::CJK_RUNON), "{sentence}");
        // A headline is shorter than a ticker, and a long one has no marks of
        // headlines run together.
        assert!(!c.classify("港口渡轮将继续运营十年").has(flag::CJK_RUNON));
        let long = "港口管理委员会周一决定渡轮将继续运营十年资金来自停车费";
        assert!(!c.classify(long).has(flag::CJK_RUNON), "{long}");
    }

    #[test]
    fn a_labelled_address_is_an_address_line() {
        for (line, url) in [
            ("E-mail: newsroom@courier.example", true),
            ("Web: www.courier.example", true),
            ("Kontakt per Mail: info@hafen.example", false),
            ("Note: see www.courier.example for details", false),
            ("Update: the ferry runs again", false),
        ] {
            let f = Classifier::default().classify(line);
            assert_eq!(f.has(flag::URL), url, "{line}");
        }
    }

    #[test]
    fn numeric_dates() {
        for yes in ["12.03.2021", "am 2021-03-12 um", "03/12/2021", "1.2.21"] {
            assert!(numeric_date(yes.as_bytes()), "{yes}");
        }
        for no in ["3.5 GHz", "version 1.2.3.4", "2021", "12:30"] {
            assert!(!numeric_date(no.as_bytes()), "{no}");
        }
    }

    #[test]
    fn trim_bounds_handles_bom_and_zero_width() {
        let s = "\u{feff}\u{200b} Title \u{a0}";
        let (a, b) = trim_bounds(s);
        assert_eq!(&s[a..b], "Title");
    }

    #[test]
    fn a_byte_order_mark_is_no_indent() {
        // A page appended with its BOM keeps its markdown heading.
        let c = Classifier::default();
        let f = c.classify("\u{feff}# Harbour Ferry Returns to the Island");
        assert_eq!(f.indent, 0);
        assert_eq!(f.heading, 1);
        assert_eq!(c.classify("\u{200b}\t  Text").indent, 6);
    }

    #[test]
    fn copyright_marks_need_a_year_or_a_short_line() {
        let c = Classifier::default();
        assert!(c.classify("© 2021 Harbour Media").has(flag::COPYRIGHT));
        assert!(c.classify("Copyright Harbour Media").has(flag::COPYRIGHT));
        assert!(
            !c.classify("Foto: © Jane Roe / Harbour Agency")
                .has(flag::COPYRIGHT)
        );
        assert!(!c.classify("They were designed by a professor of engineering at the local university, who spent ten years on the plan.").has(flag::COPYRIGHT));
        assert!(c.classify("Powered by WordPress").has(flag::COPYRIGHT));
    }

    #[test]
    fn feed_links_are_not_hashtags() {
        let c = Classifier::default();
        assert!(c.classify("#alternate alternate").has(flag::LINK_REL));
        // A tracking pixel's image token printed before the head links.
        assert!(
            c.classify("[tr?id=123&ev=PageView&noscript=1] #Harbour Blog » Feed Harbour Blog » Comments Feed")
                .has(flag::LINK_REL)
        );
        assert!(
            !c.classify("[Photo] #1 Wooden toy train")
                .has(flag::LINK_REL)
        );
        assert!(
            !c.classify("[A photo of the ferry] #feed")
                .has(flag::LINK_REL)
        );
        // An image token that is no URL, or a hashtag that only contains a feed word.
        for line in [
            "[IMG] #Harbour Blog » Feed",
            "[photo.jpg] #Anatomy of a storm",
            "[12] #Feedback wanted on the new timetable",
        ] {
            assert!(!c.classify(line).has(flag::LINK_REL), "{line}");
        }
        assert!(
            c.classify(" #Harbour News » Feed Harbour News » Comments Feed")
                .has(flag::LINK_REL)
        );
        assert!(!c.classify("#ThanksForReading").has(flag::LINK_REL));
        assert!(!c.classify("#1 Wooden toy train").has(flag::LINK_REL));
    }

    #[test]
    fn non_ascii_phrases_match_in_any_case() {
        let c = Classifier::default();
        assert!(
            c.classify("Überspringen zu Hauptinhalt")
                .has(flag::PAGE_START)
        );
        assert!(
            c.classify("ÜBERSPRINGEN ZU HAUPTINHALT")
                .has(flag::PAGE_START)
        );
    }

    #[test]
    fn markdown_heading_levels() {
        let c = Classifier::default();
        assert_eq!(c.classify("## Was ist ein Fährplan").heading, 2);
        // A text browser draws deep list bullets as an indented `#`: not a heading.
        assert_eq!(
            c.classify("    # Counting Seals on the Sandbanks").heading,
            0
        );
        assert!(!c.classify("  # Impressum").has(flag::HEADING));
        assert_eq!(c.classify("#alternate").heading, 0);
        assert!(c.classify("#alternate").has(flag::LINK_REL));
        assert!(!c.classify("   #hashtag").has(flag::LINK_REL));
    }

    #[test]
    fn long_title_lines_are_not_table_rows() {
        for (line, table) in [
            ("| a | b |", true),
            ("Imprint | Privacy | Contact | Sitemap", true),
            (
                "Terms of Service | Privacy Policy | Cookie Policy | Blog",
                true,
            ),
            (
                "Harbour Town Votes to Keep Its Ferry | Politics | News | Coast Courier",
                false,
            ),
            (
                "Harbour Town Votes to Keep Its Ferry | Coast Courier",
                false,
            ),
        ] {
            assert_eq!(is_table_row(line), table, "{line}");
        }
        let c = Classifier::default();
        let line = "Harbour Town Votes to Keep Its Ferry | Politics | News | Coast Courier";
        let f = c.classify(line);
        assert!(f.has(flag::TITLE_SEP));
        assert_eq!(
            &line[f.value.0 as usize..f.value.1 as usize],
            "Harbour Town Votes to Keep Its Ferry"
        );
    }

    #[test]
    fn a_name_and_a_date_make_no_title_line() {
        let c = Classifier::default();
        for line in [
            "Jane Roe | 06.11.23",
            "Coast Courier / 10 hours ago",
            "Harbour Sports • 02.02.2022",
            "Nov 18, 2019 | Jane Roe",
        ] {
            assert!(!c.classify(line).has(flag::TITLE_SEP), "{line}");
        }
        for line in [
            "Harbour Ferry Keeps Running | Coast Courier",
            "Ten Years of Harbour Ferries | Coast Courier",
            "Results of the Regatta, 12.05.2024 | Coast Courier",
        ] {
            assert!(c.classify(line).has(flag::TITLE_SEP), "{line}");
        }
    }

    #[test]
    fn user_separators_split_title_lines() {
        let c = Classifier::with_rules(&[], vec![], &[" ~ ".to_string(), "::".to_string()]);
        for (line, part) in [
            (
                "Harbour Town Keeps Its Ferry ~ Coast Courier",
                "Harbour Town Keeps Its Ferry",
            ),
            (
                "Coast Courier::Harbour Town Keeps Its Ferry",
                "Harbour Town Keeps Its Ferry",
            ),
            // The built-in ones still work, and the earliest separator comes first.
            (
                "Harbour Town Keeps Its Ferry | Coast Courier",
                "Harbour Town Keeps Its Ferry",
            ),
        ] {
            let f = c.classify(line);
            assert!(f.has(flag::TITLE_SEP), "{line}");
            assert_eq!(
                &line[f.value.0 as usize..f.value.1 as usize],
                part,
                "{line}"
            );
        }
        let plain = Classifier::default().classify("Harbour Town Keeps Its Ferry ~ Coast Courier");
        assert!(!plain.has(flag::TITLE_SEP));
        // A one-byte separator cannot loop: every search moves on.
        let one = Classifier::with_rules(&[], vec![], &["~".to_string()]);
        assert!(one.classify("a~b~~c~ ~").chars > 0);
    }

    #[test]
    fn user_rules_extend_the_vocabulary() {
        let c = Classifier::with_rules(
            &["Read the e-paper".to_string()],
            vec![regex::Regex::new(r"^With material from .+$").unwrap()],
            &[],
        );
        assert_eq!(
            c.classify("Read the e-paper today").class,
            LineClass::Chrome
        );
        let line = "With material from Harbour Gazette";
        let f = c.classify(line);
        assert_eq!(f.class, LineClass::Source);
        assert!(f.has(flag::USER_SOURCE));
        assert_eq!(f.value_kind, ValueKind::SourceLabel);
        assert_eq!(
            &line[f.value.0 as usize..f.value.1 as usize],
            "With material from Harbour Gazette",
            "no group: the whole match"
        );
        let grouped = Classifier::with_rules(
            &[],
            vec![
                regex::Regex::new(r"^Wire: (\w+) / (?P<source>.+)$").unwrap(),
                regex::Regex::new(r"^Courtesy of (.+?)\.?$").unwrap(),
            ],
            &[],
        );
        for (line, source) in [
            ("Wire: desk / Harbour Gazette ", "Harbour Gazette"),
            ("Courtesy of the Coast Courier.", "the Coast Courier"),
        ] {
            let f = grouped.classify(line);
            assert_eq!(&line[f.value.0 as usize..f.value.1 as usize], source);
        }
        assert_eq!(
            Classifier::default()
                .classify("Read the e-paper today")
                .class,
            LineClass::Headline
        );
    }
}
