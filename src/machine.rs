//! The state machine that decides where articles start.
//!
//! It walks the lines once, in order, each with its final [`Evidence`]. The state is
//! plain data ([`State`]) and one pure function ([`step`]) maps a state and a line to the
//! next state and an [`Action`]. An article is in one of two phases:
//!
//! * [`Phase::Lead`]: the page has started but its text has not: chrome, the title line,
//!   the headline, captions, bylines. Four things change articles here: early in the
//!   lead, a much stronger page start moves the article's own start ([`Action::Move`]);
//!   the headline found under the line that opened the article takes its start back to
//!   an earlier printing ([`Action::Back`]); after [`LEAD_LINES`] lines a header block opens the next article with
//!   [`LEAD_MARGIN`] extra (none after a closing line); after [`OPENING_LEAD_LINES`] the
//!   file's opening chrome recurring opens it. A lead with a paragraph's worth of text
//!   ([`ADOPT_CHARS`], a brief) tracks the [`Region`] after its text as a body does; a
//!   page with a paragraph or two shows a header block the region after its headline
//!   and text ([`State::tail`]) once a page-start line or a closing line ended it
//!   ([`lead_state`]).
//! * [`Phase::Body`]: the article's text has begun. From here a **header block** opens a
//!   new article when its evidence adds up.
//!
//! The evidence for a headline-like line is a small set of named terms ([`TERMS`]), each
//! with a weight; their sum is the line's score, and the line opens an article when the
//! score reaches the threshold. The terms describe the line (echoed by an earlier title
//! line or printing, a heading, a byline and body after it, a site-name suffix or line)
//! and the stretch since the current article's last body line, the [`Region`] (page-start
//! chrome, a closing source or copyright line, a run of blank lines, how much chrome).
//!
//! When a line opens an article, the boundary goes back to the first line of the new page
//! that the evidence shows: the title line whose headline this line repeats, an earlier
//! printing of the headline or a line that ends with it, a page-start line or the end
//! of a blank run in the region; else the line itself, or a line of its header block
//! just above that came near opening and is much more a headline (a caption or a
//! widget under the headline may be what reaches the threshold). A "related articles"
//! list or a teaser prints headlines too, but without echo, page-start evidence or body
//! after them, so they stay under the threshold.

use crate::classify::{Features, LineClass, ValueKind, flag};
use crate::signals::Evidence;

/// One kind of boundary evidence, as reported in [`Boundary::signals`](crate::Boundary::signals).
///
/// Serialised in snake case, as the `segment` binary prints it:
///
/// ```
/// use article_segmenter::Signal;
///
/// assert_eq!(serde_json::to_string(&Signal::TitleEcho).unwrap(), "\"title_echo\"");
/// assert_eq!(Signal::ALL[0], Signal::InputStart);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Signal {
    /// The input starts here (the first article).
    InputStart,
    /// A title line (`Headline | Site`) whose headline recurs as a line further on.
    TitleEcho,
    /// The headline is printed twice.
    HeadlineEcho,
    /// A markdown heading (`#`).
    Heading,
    /// A byline or date right after the headline.
    Byline,
    /// Body text after the header block.
    BodyFollows,
    /// Page-start chrome before the headline: skip links, feed links, tag frames.
    PageStart,
    /// The previous article was closed by a source line or a copyright footer.
    Closing,
    /// A run of blank lines before the new article.
    BlankRun,
    /// The file's opening chrome recurs here (a site header at every article start).
    RecurringChrome,
    /// A title line with a site name (`Headline | Site`, or a site-name line under it).
    SiteName,
    /// A long stretch of chrome (footer and header) since the last body line.
    ChromeRun,
    /// The text after the headline uses words the text before it did not.
    NewTopic,
    /// A caption printed twice right after the headline.
    CaptionEcho,
    /// The body text changes language at the headline (a German page after an English
    /// one).
    LanguageChange,
    /// No evidence: the article before reached the size limit
    /// ([`SegmenterBuilder::max_article_bytes`](crate::SegmenterBuilder::max_article_bytes))
    /// and was cut at a line boundary. Such a boundary has confidence 0.
    SizeLimit,
}

impl Signal {
    /// All signals, in bit order.
    pub const ALL: [Signal; 16] = [
        Signal::InputStart,
        Signal::TitleEcho,
        Signal::HeadlineEcho,
        Signal::Heading,
        Signal::Byline,
        Signal::BodyFollows,
        Signal::PageStart,
        Signal::Closing,
        Signal::BlankRun,
        Signal::RecurringChrome,
        Signal::SiteName,
        Signal::ChromeRun,
        Signal::NewTopic,
        Signal::CaptionEcho,
        Signal::LanguageChange,
        Signal::SizeLimit,
    ];

    /// The signal's name as written in JSON output.
    pub const fn as_str(&self) -> &'static str {
        match self {
            Signal::InputStart => "input_start",
            Signal::TitleEcho => "title_echo",
            Signal::HeadlineEcho => "headline_echo",
            Signal::Heading => "heading",
            Signal::Byline => "byline",
            Signal::BodyFollows => "body_follows",
            Signal::PageStart => "page_start",
            Signal::Closing => "closing",
            Signal::BlankRun => "blank_run",
            Signal::RecurringChrome => "recurring_chrome",
            Signal::SiteName => "site_name",
            Signal::ChromeRun => "chrome_run",
            Signal::NewTopic => "new_topic",
            Signal::CaptionEcho => "caption_echo",
            Signal::LanguageChange => "language_change",
            Signal::SizeLimit => "size_limit",
        }
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of [`Signal`]s.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct Signals(u16);

impl Signals {
    pub fn with(self, s: Signal) -> Signals {
        Signals(self.0 | s.bit())
    }

    pub fn contains(self, s: Signal) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn to_vec(self) -> Vec<Signal> {
        Signal::ALL
            .into_iter()
            .filter(|s| self.contains(*s))
            .collect()
    }
}

/// Defines the [`Term`] enum and the [`TERMS`] table in one list, so that they cannot
/// drift apart.
macro_rules! terms {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $weight:expr, $signal:expr;)*) => {
        /// An evidence term: one fact about a headline-like line or the stretch before it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(usize)]
        pub(crate) enum Term {
            $($(#[$doc])* $variant),*
        }

        /// The evidence terms, in [`Term`] order: name, built-in weight, and the signal
        /// it reports when it counts for a boundary.
        pub(crate) const TERMS: &[(&str, f32, Option<Signal>)] = &[$(($name, $weight, $signal)),*];

        /// Number of evidence terms.
        pub(crate) const N_TERMS: usize = [$($name),*].len();
    };
}

terms! {
    // The line itself.
    /// It repeats the headline part of a title line after the current article's body.
    TitleBack = "title_back", 4.8, Some(Signal::TitleEcho);
    /// A second printing of the line (not a title echo).
    EchoBack = "echo_back", 0.7, Some(Signal::HeadlineEcho);
    /// … within 8 lines.
    EchoNear = "echo_near", 0.35, Some(Signal::HeadlineEcho);
    /// A first printing whose second follows within 8 lines.
    EchoFwd = "echo_fwd", 0.75, Some(Signal::HeadlineEcho);
    /// A title line whose headline part recurs further on.
    TitleFwd = "title_fwd", 4.8, Some(Signal::TitleEcho);
    /// A markdown heading of level 1 with three words or more.
    Heading1 = "heading1", 1.6, Some(Signal::Heading);
    /// A markdown heading of level 2 or 3.
    Heading2 = "heading2", -4.0, Some(Signal::Heading);
    /// A byline or date within the next four text lines.
    Byline = "byline", 1.25, Some(Signal::Byline);
    /// Two body lines or more in the lookahead.
    Body2 = "body2", 0.35, Some(Signal::BodyFollows);
    /// No running text in the lookahead: a blurb at most (a teaser card).
    NoText = "no_text", -1.5, None;
    /// The body lines ahead are teaser blurbs between headline-like lines.
    Teasers = "teasers", -1.5, None;
    /// No body line in the lookahead.
    NoBody = "no_body", -0.05, None;
    /// A title line with a site-name part.
    SiteSuffix = "site_suffix", 1.9, Some(Signal::SiteName);
    /// A line labelled as a page's title (`Title: …` in a reader API's header, `title:`
    /// in a markdown file's front matter) where a page's header shows (a page-start line
    /// before or right after it); weighed as a site-name part (no corpus case has one).
    TitleLabel = "title_label", 1.9, Some(Signal::PageStart);
    /// A site-name line under it.
    SiteLine = "site_line", 1.4, Some(Signal::SiteName);
    /// The third printing or more (a label, not a headline).
    Repeated = "repeated", -0.6, None;
    /// The body after it repeats at least 30% of its words.
    Covered = "covered", 1.65, Some(Signal::BodyFollows);
    /// The body after it repeats none of its words.
    Uncovered = "uncovered", -1.5, None;
    /// It repeats the current article's own headline.
    SelfEcho = "self_echo", -3.0, None;
    /// A caption printed twice within the next lines (the seed layout).
    CaptionEcho = "caption_echo", 1.0, Some(Signal::CaptionEcho);
    /// The file uses markdown headings and this line is not one (past an article's text,
    /// a line with a byline under it loses nothing: one site's markup says nothing of
    /// another's).
    Unheaded = "unheaded", -1.0, None;
    /// A list item (a menu entry, a related link, a breadcrumb step).
    Bullet = "bullet", -1.0, None;
    /// The body text after it is in another language than the body text before it.
    LangShift = "lang_shift", 2.0, Some(Signal::LanguageChange);
    // The region since the last body line.
    /// A page-start line (skip link, feed link) after the last closing line.
    Hint = "hint", 2.45, Some(Signal::PageStart);
    /// That page-start line is a text browser's feed-link line (`#Site » Feed`).
    FeedLink = "feed_link", 1.0, Some(Signal::PageStart);
    /// An earlier printing of the line stands where a page starts: the first line after
    /// the last body line, after a closing line, after a blank run, or a page-start line.
    EchoAtStart = "echo_at_start", 1.5, Some(Signal::HeadlineEcho);
    /// A closing line: source, copyright footer, legal links, footnote block.
    Closed = "closed", 1.95, Some(Signal::Closing);
    /// The line right before it (blank lines aside) is a source line: a credit closes
    /// an article, and what follows it starts the next.
    SourceClose = "source_close", SOURCE_CLOSE_W, Some(Signal::Closing);
    /// Three blank lines or more.
    Blank3 = "blank3", 2.0, Some(Signal::BlankRun);
    /// Two blank lines.
    Blank2 = "blank2", 0.15, Some(Signal::BlankRun);
    /// Runs of three blank lines are common in this file.
    Blank3Common = "blank3_common", -0.625, None;
    /// Ten lines of chrome or more.
    Chrome10 = "chrome10", 0.2, Some(Signal::ChromeRun);
    /// Thirty lines of chrome or more.
    Chrome30 = "chrome30", 0.95, Some(Signal::ChromeRun);
    // Right after body text (at most two chrome lines between).
    /// A site name right after body text.
    SiteAdjacent = "site_adjacent", 1.4, Some(Signal::SiteName);
    /// A headline printed twice right after body text.
    EchoAdjacent = "echo_adjacent", 0.65, Some(Signal::HeadlineEcho);
    /// A blank run right after body text.
    BlankAdjacent = "blank_adjacent", 0.2, Some(Signal::BlankRun);
    /// An echo whose first printing had a site-name line under it.
    EchoSite = "echo_site", 0.0, Some(Signal::TitleEcho);
    /// Right after body text, its words are new to the text before and used after.
    TopicShift = "topic_shift", 0.5, Some(Signal::BodyFollows);
    /// The body just before it used half of its words or more.
    CoveredBefore = "covered_before", -1.0, None;
    /// The body after it uses words the body before it did not (80% or more new).
    FreshText = "fresh_text", 0.5, Some(Signal::NewTopic);
    /// The body after it mostly reuses the words of the body before it.
    StaleText = "stale_text", 0.25, None;
    /// In a clean text, its words are new to the body before, half of them used after,
    /// and the body after it is new text ([`CLEAN_FRESH`]): a change of subject.
    CleanShift = "clean_shift", CLEAN_SHIFT_W, Some(Signal::NewTopic);
    /// A blank run in a file with hardly any blank lines (see [`FileStats::gaps_rare`]).
    RareGap = "rare_gap", RARE_GAP_W, Some(Signal::BlankRun);
    /// In a clean text (see [`FileStats::clean`]), running text follows: without page
    /// chrome, a headline-like line before running text is a headline or a subheading.
    CleanText = "clean_text", CLEAN_TEXT_W, None;
    /// It ends a line of the last few (`Home » News » Headline`, then `Headline`): a
    /// breadcrumb or kicker glued to the headline prints it a second time, as a page's
    /// header does.
    GluedEcho = "glued_echo", 1.0, Some(Signal::HeadlineEcho);
    /// A copyright footer of [`FOOTER_WORDS`] words or more stands right before it (blank
    /// lines aside), after a stretch of [`FOOTER_CHROME`] chrome lines or more: the page
    /// before ended with its footer and this line follows it directly (a photo's
    /// `© Name` inside an article, or a header's licence badge, is short or stands in
    /// text).
    FooterClose = "footer_close", 1.0, Some(Signal::Closing);
    /// Most of its words are in a title line with a site name printed since the last
    /// body line (the page's `<title>`, worded otherwise than its `<h1>`).
    TitleNear = "title_near", 2.5, Some(Signal::TitleEcho);
    /// In a main-text extract (see [`FileStats::extract`]), a title line with a site
    /// name (a site-name part, or a site-name line under it) that does not reuse the
    /// words of the text before it: an extract keeps no chrome, so a site name is the
    /// page's `<title>`, not a subheading.
    ExtractTitle = "extract_title", EXTRACT_TITLE_W, Some(Signal::SiteName);
    /// In a main-text extract, the line follows the line above with no blank line
    /// between (and is not a site-name line under a title): the extract spaces all its
    /// blocks, so a missing gap is where two pages were glued together.
    TightJoin = "tight_join", TIGHT_JOIN_W, Some(Signal::BlankRun);
}

/// Weight of [`Term::ExtractTitle`].
const EXTRACT_TITLE_W: f32 = 0.7;

/// Weight of [`Term::TightJoin`].
const TIGHT_JOIN_W: f32 = 1.5;

/// Text lines a file needs before it can count as a main-text extract …
const EXTRACT_MIN_LINES: u64 = 10;

/// … with a blank line before this share (percent) of its text lines at least …
const EXTRACT_GAPPED_PCT: u64 = 85;

/// … body lines for this share of them at least …
const EXTRACT_BODY_PCT: u64 = 20;

/// … and chrome lines for less than this share.
const EXTRACT_CHROME_PCT: u64 = 40;

/// The site-name `<h1>` ([`Region::site_h1`]) right above `e`, a level-2 or -3 heading
/// of three words or more.
fn under_site_h1(r: &Region, e: &Evidence) -> Option<usize> {
    let f = &e.f;
    r.site_h1.filter(|&l| {
        (f.heading == 2 || f.heading == 3)
            && f.words >= 3
            && e.line.saturating_sub(l) <= SITE_H1_LINES
    })
}

/// Most words of a level-1 heading that is a site's name ([`Region::site_h1`]) …
const SITE_H1_WORDS: u32 = 2;

/// … and most lines from it to the level-2 or -3 heading under it.
const SITE_H1_LINES: usize = 6;

/// Lines back within which a line that ends with this one makes it a [`Term::GluedEcho`].
const GLUED_LINES: u32 = 8;

/// Words a copyright line needs for [`Term::FooterClose`] (`© Richard Roe` is a credit).
const FOOTER_WORDS: u32 = 4;

/// Chrome lines the region needs for [`Term::FooterClose`].
const FOOTER_CHROME: u64 = 10;

/// Weight of [`Term::CleanShift`]: with `covered`, `body2`, `topic_shift` and
/// `fresh_text`, a change of subject reaches the default threshold on its own.
const CLEAN_SHIFT_W: f32 = 3.0;

/// Percentage of new words in the body ahead for [`Term::CleanShift`] (`fresh_text`
/// needs 80: a subheading's section reaches that, see `tests/regression.rs`).
const CLEAN_FRESH: u8 = 90;

/// Weight of [`Term::SourceClose`].
const SOURCE_CLOSE_W: f32 = 1.0;

/// Weight of [`Term::RareGap`].
const RARE_GAP_W: f32 = 1.5;

/// Fewer than one text line in this many follows a blank line in a file where blank
/// lines are rare …
const RARE_GAP: u64 = 20;

/// … over this many text lines at least.
const RARE_GAP_MIN_LINES: u64 = 100;

/// Weight of [`Term::CleanText`].
const CLEAN_TEXT_W: f32 = 1.0;

/// Text lines a file needs before it can count as clean (a headline and four
/// paragraphs) …
const CLEAN_MIN_LINES: u64 = 5;

/// … and the most chrome lines it may have, in percent of its text lines.
const CLEAN_CHROME_PCT: u64 = 15;

/// Score of a recurrence of the file's opening chrome.
const OPENING_SCORE: f32 = 6.0;

/// Values of the evidence terms for one line.
pub(crate) type Terms = [f32; N_TERMS];

/// The score a headline's evidence needs to open an article, by default (see
/// [`SegmenterBuilder::threshold`](crate::SegmenterBuilder::threshold)).
pub const DEFAULT_THRESHOLD: f32 = 6.0;

/// Tuning of the machine; the defaults are what the crate ships.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Params {
    /// Score a header block needs to open an article.
    pub threshold: f32,
    /// Body lines an article needs before another may open.
    pub min_body: u32,
    /// Weight of each evidence term (see [`TERMS`]).
    pub weights: [f32; N_TERMS],
}

impl Default for Params {
    fn default() -> Params {
        let mut weights = [0.0; N_TERMS];
        for (w, (_, d, _)) in weights.iter_mut().zip(TERMS.iter()) {
            *w = *d;
        }
        Params {
            threshold: DEFAULT_THRESHOLD,
            min_body: 2,
            weights,
        }
    }
}

/// Index of the evidence term called `name`.
pub(crate) fn term_index(name: &str) -> Option<usize> {
    TERMS.iter().position(|(n, _, _)| *n == name)
}

/// The phase of the current article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Before the article's text.
    Lead,
    /// In the article's text.
    Body,
}

/// A place where an article may start: a line and its first byte (`usize::MAX` when the
/// engine has to look the byte up).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cand {
    pub line: usize,
    pub byte: usize,
}

impl Cand {
    fn line_only(line: usize) -> Cand {
        Cand {
            line,
            byte: usize::MAX,
        }
    }
}

/// What the machine saw since the last line that surely belongs to the current article.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Region {
    /// First line after that line.
    pub first: usize,
    /// The first page-start line after the last closing line …
    pub hint: Option<Cand>,
    /// … and whether it is a feed-link line.
    pub feed_link: bool,
    /// … and whether a later page-start line overrides it (a tag manager's frame).
    pub weak_hint: bool,
    /// The first non-blank line after the last closing line.
    pub after_close: Option<usize>,
    /// The first non-blank line of the region.
    pub first_text: Option<usize>,
    /// The line after the longest blank run after the last closing line, and its length.
    pub blank: Option<(Cand, u32)>,
    /// The line after the first run of three blank lines or more after the last closing
    /// line.
    pub wide: Option<Cand>,
    /// Every non-blank line from [`Region::wide`] on is marks alone (empty list items, a
    /// rule): the page before's last junk, so a later wide run takes its place.
    pub wide_marks: bool,
    /// Legal links (`Imprint`, `Privacy`) seen; two or more are carried across a short
    /// text, as a closing line is.
    pub legal: u32,
    /// Non-blank lines that are not body text.
    pub chrome: u64,
    /// A short body line was seen (this one): one stray sentence (a tagline, a teaser)
    /// does not end the region; a second one, or a long one, does.
    pub stray: Option<usize>,
    /// Non-blank lines since the stray body line.
    pub stray_gap: u32,
    /// The last non-blank line, when it is a headline-like line printed again further
    /// on (`true`), or one whose words the body ahead uses (`false`): a `<title>` line
    /// that a page-start line may follow (the second kind right above it).
    pub echoing: Option<(Cand, bool)>,
    /// Blank lines before the line of [`Region::echoing`] (none when the text before used
    /// its words, or for a legal link): one there lets a blank line stand between that
    /// line and a page-start line under it.
    pub echoing_gap: u32,
    /// The last closing line (source, copyright, footnote block; it survives a reset of
    /// the region by a little text) …
    pub closed_at: Option<usize>,
    /// … and the first body line after it: the lines between stand where the page
    /// before ended and the next began ([`in_close_tail`]).
    pub tail_end: Option<usize>,
    /// The last text-browser head-link line (or a continuation of one).
    pub link_rel: Option<usize>,
    /// The first line after the last run of two blank lines or more, the non-blank
    /// lines from it on (it included), how many of them were legal links, and how many
    /// sentences (a line of the page before: no page starts at the run across one).
    pub run: Option<(Cand, u32, u32, u32)>,
    /// The last non-blank line was a footnote or abbreviation definition: the block that
    /// ends a markdown page.
    pub footnotes: bool,
    /// Characters of the stray body line.
    pub stray_chars: u32,
    /// Body text (lines, characters) read since the page-start line or closing line that
    /// this region carries over from the one before.
    pub carried: (u32, u32),
    /// The last source line (`Source: X`, `— Reuters`) of the region.
    pub last_source: Option<usize>,
    /// The last two runs of page marks, the last first: horizontal rules (`-----`,
    /// `* * *`; not a heading's underline), banners (`==== Page 2 ====`) and page-start
    /// lines (a crawl's `URL: …`, a skip link), one right under the other (blank lines
    /// aside). A page that starts at one of them, or right under the run, starts at its
    /// first. The run before the last (the last with a rule, if any) is kept for a page
    /// whose header holds marks of its own (a rule, then a title line, then skip links).
    pub marks: [Option<MarkRun>; 2],
    /// The header-block line of the region that came within [`NEAR_MARGIN`] of opening
    /// an article.
    pub near: Option<Near>,
    /// The last non-blank line was a legal link.
    pub prev_legal: bool,
    /// Non-blank lines since the last legal link that followed another: a footer's
    /// legal links printed as a list, one per line.
    pub legal_tail: Option<u32>,
    /// The last copyright footer of [`FOOTER_WORDS`] words or more (see
    /// [`Term::FooterClose`]).
    pub footer: Option<usize>,
    /// The last level-1 markdown heading of a few words (a site's name set as its `<h1>`):
    /// a level-2 or -3 heading right under it is the page's headline.
    pub site_h1: Option<usize>,
    /// A legal link or a cookie notice came after [`Region::blank`]: that run was a gap
    /// in the footer of the page before, not where the next page starts (it still
    /// counts as evidence of a page's end).
    pub blank_footer: bool,
    /// The first line after [`Region::blank`] prints again a line of the current
    /// article's text: the run was a gap in the page before (a modal, a share bar that
    /// repeats its content), not where the next page starts.
    pub blank_own: bool,
    /// The same for [`Region::wide`].
    pub wide_own: bool,
    /// A short plain line glued under the line before in a file that spaces its plain
    /// lines, after [`Region::wide`] …
    pub glued_pending: Option<Cand>,
    /// … and heading a list: a page's site name over its menu, glued under the last
    /// line of the page before (no blank run at the join).
    pub glued: Option<Cand>,
}

/// A header-block line that came close to opening an article ([`Region::near`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Near {
    pub at: Cand,
    /// Its pick as a headline.
    pub pick: Pick,
    /// The body ahead uses its words ([`covered`]).
    pub covered: bool,
}

impl Region {
    /// A closing line (source, copyright, footnote block) was seen.
    pub fn closed(&self) -> bool {
        self.closed_at.is_some()
    }

    /// Where a page placed at `at` (while judging `e`) starts: at the first of the page
    /// marks right above `at` (blank lines aside) or around it, if there are some.
    fn under_mark(&self, at: Cand, e: &Evidence) -> Cand {
        self.marks
            .iter()
            .flatten()
            .find(|m| {
                (m.first.line..=m.last).contains(&at.line) || m.next.unwrap_or(e.line) == at.line
            })
            .map_or(at, |m| m.first)
    }

    /// Line `e` goes on with the head-link line right above it (wrapped).
    fn wraps_link(&self, e: &Evidence) -> bool {
        !e.f.is_blank() && e.s.blank_before == 0 && self.link_rel.is_some_and(|l| l + 1 == e.line)
    }

    /// Follows the text browser's head-link lines: true when `e` continues one. A text
    /// browser wraps a long head-link line (`#Site » Feed …`); the lines that continue
    /// it, with no blank between, are part of it, not text.
    fn head_link(&mut self, e: &Evidence) -> bool {
        let wrapped = self.wraps_link(e);
        if e.f.has(flag::LINK_REL) || wrapped {
            self.link_rel = Some(e.line);
        }
        wrapped
    }

    fn after(line: usize) -> Region {
        Region {
            first: line,
            hint: None,
            feed_link: false,
            weak_hint: false,
            after_close: None,
            first_text: None,
            blank: None,
            wide: None,
            wide_marks: false,
            legal: 0,
            chrome: 0,
            stray: None,
            stray_gap: 0,
            echoing: None,
            echoing_gap: 0,
            closed_at: None,
            tail_end: None,
            link_rel: None,
            run: None,
            footnotes: false,
            stray_chars: 0,
            carried: (0, 0),
            last_source: None,
            marks: [None; 2],
            near: None,
            prev_legal: false,
            legal_tail: None,
            footer: None,
            site_h1: None,
            blank_footer: false,
            blank_own: false,
            wide_own: false,
            glued_pending: None,
            glued: None,
        }
    }
}

/// A run of page marks ([`Region::marks`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MarkRun {
    /// The first mark.
    pub first: Cand,
    /// The line of the last mark.
    pub last: usize,
    /// The first non-blank line after the last mark, once read (none yet: the line
    /// being judged).
    pub next: Option<usize>,
    /// A rule or a banner is in the run (not only page-start lines).
    pub ruled: bool,
}

/// Counts over the whole input so far (they survive article boundaries), 64-bit: a
/// stream of billions of lines overflows neither them nor their percentages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FileStats {
    /// Markdown heading lines seen.
    pub headings: u64,
    /// Runs of three blank lines or more seen.
    pub blank3: u64,
    /// Non-blank lines seen.
    pub text: u64,
    /// Site-chrome lines seen.
    pub chrome: u64,
    /// Non-blank lines after a blank line.
    pub gapped: u64,
    /// Body lines seen.
    pub body: u64,
    /// Non-blank lines that are not list items …
    pub plain: u64,
    /// … and those of them right under another such line, no blank line between.
    pub plain_glued: u64,
    /// The last non-blank line was a list item.
    pub last_bullet: bool,
}

impl FileStats {
    /// Blank lines are rare in this file (a dump with one text node per line): a blank
    /// line before fewer than one text line in [`RARE_GAP`], over [`RARE_GAP_MIN_LINES`].
    pub fn gaps_rare(&self) -> bool {
        self.text >= RARE_GAP_MIN_LINES && self.gapped * RARE_GAP < self.text
    }

    /// A blank line stands between almost all blocks (a renderer that spaces its
    /// blocks): nine text lines in ten follow one, over [`RARE_GAP_MIN_LINES`].
    pub fn blocks_spaced(&self) -> bool {
        self.text >= RARE_GAP_MIN_LINES && self.gapped * 10 >= self.text * 9
    }

    /// Plain lines (not list items) stand apart, a blank line between them (a renderer
    /// that spaces its blocks but not its lists): at most one in [`PLAIN_GLUE`] is glued
    /// under another, over [`PLAIN_MIN`].
    pub fn plain_spaced(&self) -> bool {
        self.plain >= PLAIN_MIN && self.plain_glued * PLAIN_GLUE <= self.plain
    }

    /// Runs of three blank lines are common: more than one per 40 text lines.
    pub fn blank3_common(&self) -> bool {
        self.blank3 >= 5 && self.blank3 * 40 > self.text
    }

    /// The text so far is clean: articles without site chrome (a main-text extractor's
    /// output, a feed dump): [`CLEAN_CHROME_PCT`] percent of chrome lines at most, over
    /// [`CLEAN_MIN_LINES`] text lines at least.
    pub fn clean(&self) -> bool {
        self.text >= CLEAN_MIN_LINES && self.chrome * 100 <= self.text * CLEAN_CHROME_PCT
    }

    /// The text so far is a main-text extract (one paragraph per line, a blank line
    /// between blocks, little chrome): see [`EXTRACT_MIN_LINES`] and the shares after it.
    pub fn extract(&self) -> bool {
        // The file's first line has no blank line before it, nor may the line being
        // judged (counted already): one line without a gap is allowed.
        self.text >= EXTRACT_MIN_LINES
            && (self.gapped + 1) * 100 >= self.text * EXTRACT_GAPPED_PCT
            && self.body * 100 >= self.text * EXTRACT_BODY_PCT
            && self.chrome * 100 < self.text * EXTRACT_CHROME_PCT
    }

    /// Counts line `e`; true when it is a plain line glued under another (no blank
    /// line between, neither a list item).
    pub(crate) fn count(&mut self, e: &Evidence) -> bool {
        // A heading's underline (setext markdown) is part of the heading, not a line of
        // its own: neither text nor chrome.
        if e.f.is_blank() || e.f.has(flag::UNDERLINE) {
            return false;
        }
        let bullet = e.f.has(flag::BULLET);
        let glued = !bullet && e.s.blank_before == 0 && !self.last_bullet && self.text > 0;
        if !bullet {
            self.plain += 1;
            self.plain_glued += u64::from(glued);
        }
        self.last_bullet = bullet;
        self.text += 1;
        if e.f.class == LineClass::Chrome {
            self.chrome += 1;
        }
        if e.f.class == LineClass::Body {
            self.body += 1;
        }
        if e.s.blank_before >= 3 {
            self.blank3 += 1;
        }
        if e.s.blank_before >= 1 {
            self.gapped += 1;
        }
        if e.f.heading > 0 {
            self.headings += 1;
        }
        glued
    }
}

/// The machine's state: plain data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct State {
    pub phase: Phase,
    /// First line of the current article.
    pub start: usize,
    /// Body lines of the current article …
    pub body: u32,
    /// … and their characters (see [`text_chars`]: teasers cut short do not count).
    pub body_chars: u32,
    /// Characters of the paragraphs read in the lead, clusters that ended included.
    pub lead_chars: u32,
    /// The first body line of the current article.
    pub first_body: Option<usize>,
    /// The current article's headline, once found.
    pub headline: Option<Pick>,
    /// A better headline seen while a cluster of body lines was still tentative: it
    /// becomes the headline if that cluster turns out to be a teaser.
    pub pending: Option<Pick>,
    /// The last byline of the lead.
    pub last_byline: Option<usize>,
    /// The last closing line (a copyright footer, a source line, a back-to-top link) of
    /// the lead: after its headline, a page without body text that has ended.
    pub lead_closing: Option<usize>,
    /// The last text line of the lead (a body line, a paragraph, a teaser cut short) …
    pub lead_text: Option<usize>,
    /// … and the last one of them that a closing line followed (see [`page_over`]).
    pub lead_closed_text: Option<usize>,
    /// Chrome lines of [`State::tail`] when its page-start line came.
    pub tail_hint_chrome: u64,
    /// Since the last body line.
    pub region: Region,
    /// In the lead: the region since the lead's headline or its last paragraph, tracked
    /// as a body's (see [`lead_state`]).
    pub tail: Region,
    /// In the lead: the first body line of the current cluster, and the non-blank lines
    /// since the last body line.
    pub cluster_start: Option<usize>,
    pub gap: u32,
    /// Counts over the input so far.
    pub file: FileStats,
    /// The score of the evidence that opened the current article, while a stronger
    /// page start in its lead may still move its boundary (see [`Action::Move`]): until
    /// its text begins or [`MOVE_LINES`] lines into its lead. `None` after that, and for
    /// the input's first article and one opened by recurring opening chrome.
    pub movable: Option<f32>,
    /// The first line the current article's start may go back to when its headline
    /// turns out to be printed before it ([`back_to_print`]): the line after the text of
    /// the article before. The start itself when the evidence showed where the page
    /// starts (a title line, a page-start line), and after a move.
    pub floor: usize,
    /// The line that opened the current article (its start, or a line below it).
    pub opener: usize,
    /// Runs of three blank lines or more in the current article so far.
    pub gaps3: u32,
    /// The last page tops: first lines after a closing line, a footer's legal links, a
    /// back-to-top link or a cookie notice, in the current article's body (`usize::MAX`:
    /// none). A page's `<title>` printed there and again as its `<h1>` within
    /// [`NEAR_ECHO`] lines starts the page there, whatever text stands between.
    pub tops: [usize; 3],
    /// Flags of the last non-blank line of the body.
    pub prev_flags: u64,
}

impl State {
    /// The state at the start of the input.
    pub fn initial() -> State {
        State::opened(0, None, FileStats::default(), None)
    }

    fn opened(
        start: usize,
        headline: Option<&Evidence>,
        file: FileStats,
        movable: Option<f32>,
    ) -> State {
        let mut st = State {
            phase: Phase::Lead,
            start,
            body: 0,
            body_chars: 0,
            lead_chars: 0,
            first_body: None,
            headline: None,
            pending: None,
            last_byline: None,
            lead_closing: None,
            lead_text: None,
            lead_closed_text: None,
            tail_hint_chrome: 0,
            region: Region::after(start),
            tail: Region::after(start),
            cluster_start: None,
            gap: 0,
            file,
            movable,
            floor: start,
            opener: start,
            gaps3: 0,
            tops: [usize::MAX; 3],
            prev_flags: 0,
        };
        if let Some(e) = headline {
            st.headline = Some(pick(&st, e, headline_score(&st, e).max(0.1)));
        }
        st
    }

    /// The article before may still change its end: a stronger page start may move this
    /// one's start ([`State::movable`]), or its headline take it back ([`State::floor`]).
    pub fn holds(&self) -> bool {
        self.movable.is_some() || self.floor < self.start
    }

    /// The current headline's score (0 without one).
    pub fn headline_score(&self) -> f32 {
        self.headline.map_or(0.0, |h| h.score)
    }

    /// The current headline's key (0 without one).
    pub fn headline_key(&self) -> u64 {
        self.headline.map_or(0, |h| h.key)
    }
}

/// The line prints an earlier line again: a title line's headline part (the `<h1>`),
/// a headline.
fn reprints(e: &Evidence) -> bool {
    e.s.title_prev > 0 || e.s.echo_prev > 0
}

/// A line chosen as an article's headline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Pick {
    pub line: usize,
    /// Its [`headline_score`].
    pub score: f32,
    /// Its key, to recognise its echoes.
    pub key: u64,
    /// Absolute byte range of its clean text: the headline part of a title line, else
    /// the line without marks.
    pub span: (usize, usize),
    /// A title line whose `<h1>` may come later and take its place.
    pub title: bool,
    /// It prints an earlier line again (see [`reprints`]).
    pub reprint: bool,
    /// Its words.
    pub words: u32,
    /// Its score without a title line's cap (see [`headline_score`]).
    pub raw: f32,
    /// For a title line: the line where its headline part recurs (its `<h1>`).
    pub h1_at: Option<usize>,
    /// For a title line whose headline part is undecided (`A | B`): the text before its
    /// last separator (absolute bytes) …
    pub head: Option<(usize, usize)>,
    /// … and the key of its last part.
    pub tail_key: u64,
    /// A breadcrumb ([`flag::NAV_SHAPE`]): it stands in until a headline-like line
    /// comes (see [`bar`]).
    pub nav: bool,
    /// A title line (`Headline | Site`): its span is its headline part.
    pub titled: bool,
}

impl Pick {
    fn of(e: &Evidence, score: f32) -> Pick {
        let f = &e.f;
        let title = e.s.title_next > 0 && e.s.title_prev == 0;
        // A line that repeats a title line's headline part is that part whole.
        let titled = f.value_kind == ValueKind::TitlePart
            && e.s.title_prev == 0
            && (title || f.has(flag::SITE_SUFFIX));
        let (a, b) = if titled {
            f.value
        } else {
            (f.text_start, f.text_end)
        };
        // An undecided title line (`A | B`, no breadcrumb): its text before the last
        // separator, should its last part turn out the site's name.
        let head = (titled
            && f.head_end > 0
            && f.value == (f.text_start, f.text_end)
            && !f.has(flag::NAV_SHAPE | flag::BULLET))
        .then(|| {
            (
                e.start + f.text_start as usize,
                e.start + f.head_end as usize,
            )
        });
        Pick {
            line: e.line,
            score,
            key: f.key,
            span: (e.start + a as usize, e.start + b as usize),
            title,
            reprint: reprints(e),
            words: f.words,
            raw: score,
            h1_at: (title && e.s.title_next > 0).then(|| e.line + e.s.title_next as usize),
            head,
            tail_key: if head.is_some() { f.part_keys[2] } else { 0 },
            nav: f.has(flag::NAV_SHAPE),
            titled,
        }
    }
}

/// [`Pick::of`], with a title line's uncapped score.
fn pick(st: &State, e: &Evidence, score: f32) -> Pick {
    let mut p = Pick::of(e, score);
    if p.title {
        p.raw = headline_eval(st, e).0.max(score);
    }
    p
}

/// The score a line must beat to replace the current headline. A title line's score is
/// capped until its `<h1>` comes (see [`headline_score`]); while that `<h1>` is still
/// ahead, it stands in with its uncapped score: a menu entry or a widget's title between
/// the two is not the page's headline. A breadcrumb stands in for none: any line that
/// looks like a headline at all replaces it (no breadcrumb was a page's headline on the
/// corpus: 0 of 10 chosen).
fn bar(st: &State, e: &Evidence) -> f32 {
    match st.headline {
        Some(h) if h.title && h.h1_at.is_some_and(|l| e.line < l) => h.raw,
        Some(h) if h.nav => 0.0,
        _ => st.headline_score(),
    }
}

/// What the lead's first headline-like line gains as a headline (fitted with the other
/// weights of [`headline_score`]).
const FIRST_CANDIDATE: f32 = 1.3;

/// What a line cut short with an ellipsis loses as a headline (one gold headline in 536
/// ends with one).
const ELLIPSIS_PENALTY: f32 = 1.5;

/// What a navigation-shaped line loses as a headline.
const NAV_PENALTY: f32 = 1.5;

/// What a line right above a menu or a skip link loses as a headline: a page header's
/// site name or tagline stands there, a headline stands above its text. (A title line
/// waiting for its `<h1>` may stand there too, and loses nothing.)
const HEADER_PENALTY: f32 = 1.5;

/// What a short line printed again far away loses as a headline.
const NAME_PENALTY: f32 = 1.5;

/// Lines within which a second printing of a line is its headline echo.
const NEAR_ECHO: u32 = 40;

/// A short line (a few words) printed again more than [`NEAR_ECHO`] lines away, and no
/// part of a title line: a site or section name that recurs with every page, not a
/// headline (a headline's echoes stand close to it).
fn name_like(e: &Evidence) -> bool {
    let s = &e.s;
    e.f.words <= 4
        && (s.echo_prev > NEAR_ECHO || s.echo_next > NEAR_ECHO)
        && s.title_prev == 0
        && s.title_next == 0
}

/// A breadcrumb, a back or next link, or an item of a bulleted list (not a numbered
/// one: `5. Ways to …` may be a headline): navigation, not the page's headline.
fn nav_like(f: &Features) -> bool {
    f.has(flag::NAV_SHAPE) || f.has(flag::BULLET) && !f.has(flag::NUMBERED)
}

/// How much a line of an article's lead looks like its headline (0: not at all). The
/// lead's best line is the headline. The weights were fitted (logistic regression over
/// the headline-like lines of every article lead the machine saw on the dev corpus):
/// the `<h1>` that repeats the article's own title line, a level-1 heading, a body that
/// repeats the line's words, a second printing nearby, a headline's length, a byline
/// after it, being the first candidate or the last one before the body. Two penalties
/// were set by hand afterwards, each checked on the whole dev corpus: a line right above
/// a menu ([`HEADER_PENALTY`]) and a short name printed again far away
/// ([`NAME_PENALTY`]).
pub(crate) fn headline_score(st: &State, e: &Evidence) -> f32 {
    headline_eval(st, e).1
}

/// The headline score without and with a title line's cap.
fn headline_eval(st: &State, e: &Evidence) -> (f32, f32) {
    // A page's prompt (`Welcome to …`, `Enter your …`) is nobody's headline.
    if !is_candidate(e) || e.f.has(flag::PROMPT) {
        return (0.0, 0.0);
    }
    let (f, s) = (&e.f, &e.s);
    let on = |c: bool| if c { 1.0 } else { 0.0 };
    // The article's own title line: in the article, or printed before its start where
    // the page may have started ([`back_to_print`]).
    let own_title = s.title_prev > 0 && e.line - s.title_prev as usize >= st.start
        || earlier_print(st, e).is_some();
    let echo = |d: u32| d > 0 && d <= NEAR_ECHO;
    // An image's text printed again right under it is the image's caption, not a
    // headline's second printing (0 of 247 such lines was a gold headline on the dev
    // corpus and its remixes).
    let echo_prev = if s.echo_image { 0 } else { s.echo_prev };
    let cover = s.coverage().unwrap_or(0.0);
    let score = 3.2 * on(own_title) + 2.6 * on(f.heading == 1)
        - 0.7 * on(f.heading == 2 || f.heading == 3)
        - 1.3 * on(f.heading >= 4)
        + 1.9 * cover
        + 0.5 * on(cover >= 0.5)
        - 1.5 * s.coverage_before().unwrap_or(0.0)
        + 1.8 * on(echo(echo_prev) || echo(s.echo_next))
        + 0.6 * on(echo_prev == 1 || s.echo_next == 1)
        + 1.8 * on((4..=20).contains(&f.words))
        - 0.9 * on(f.chars < 25)
        + 1.8 * on(s.byline_ahead)
        + FIRST_CANDIDATE * on(st.headline.is_none())
        + 1.0 * on(s.blank_before >= 2)
        + 0.9 * on(s.last_before_body)
        + 0.5 * on(s.text_ahead)
        + 0.55 * on(f.has(flag::QUESTION))
        - 0.6 * on(s.body_ahead == 0)
        - 0.7 * on(f.has(flag::DATE))
        - 0.4 * on(f.has(flag::TITLE_CASE))
        - 0.3 * on(f.has(flag::SITE_SUFFIX))
        - 1.0 * on(s.repeat >= 2)
        - 1.0 * on(f.has(flag::NAV | flag::ALL_CAPS))
        - NAV_PENALTY * on(nav_like(f))
        - HEADER_PENALTY * on(s.nav_next && s.title_next == 0)
        - NAME_PENALTY * on(name_like(e))
        // A teaser cut short (`… Die wichtigsten Änderun...`): headlines are printed whole.
        - ELLIPSIS_PENALTY * on(f.has(flag::ELLIPSIS) && !f.has(flag::QUESTION));
    // Words shared with the article's own title line (`Headline | Site`).
    let title_share = s
        .title_words
        .filter(|&(d, _)| e.line - d as usize >= st.start)
        .map_or(0.0, |(_, pct)| pct as f32 / 100.0);
    let score = score + TITLE_SHARE * title_share;
    // A title line's `<h1>` comes later and outranks it; until then it stands in. A line
    // that already repeats the article's own title line is that `<h1>`.
    let capped = if s.title_next > 0 && !own_title {
        score.min(2.0)
    } else {
        score
    };
    (score.max(0.0), capped.max(0.0))
}

/// What a step decided.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Action {
    /// Nothing new.
    None,
    /// A new article starts at `at` (at or before the current line).
    Open {
        at: Cand,
        score: f32,
        signals: Signals,
    },
    /// The current article, still without text, starts at `at` instead, with this
    /// evidence: the lines before `at` go back to the article before.
    Move {
        at: Cand,
        score: f32,
        signals: Signals,
    },
    /// The current article, still without text, starts earlier, at `line`: its headline
    /// was printed there (the page's title line), after the text of the article before.
    /// The lines from `line` on come from the article before.
    Back { line: usize },
}

/// True when the line could be the headline of a page.
pub(crate) fn is_candidate(e: &Evidence) -> bool {
    e.f.class == LineClass::Headline && e.f.key_len >= 6
}

/// The evidence terms for a candidate line in state `st`.
pub(crate) fn terms(st: &State, e: &Evidence) -> Terms {
    let (f, s, r) = (&e.f, &e.s, &st.region);
    let mut t = [0.0; N_TERMS];
    let mut set = |term: Term, on: bool| {
        if on {
            t[term as usize] = 1.0;
        }
    };
    let title_back = s.title_prev > 0 && title_line_ok(st, e);
    let echo_back = s.echo_prev > 0 && s.repeat == 1;
    let echo_fwd = s.echo_next > 0 && s.echo_next <= 8 && s.repeat == 0;
    let blanks = r.blank.map_or(0, |(_, n)| n).max(s.blank_before);
    let adjacent = r.chrome <= 2;
    let bullet = f.has(flag::BULLET);
    set(Term::TitleBack, title_back);
    set(Term::TitleNear, title_near(r, e).is_some() && !title_back);
    set(Term::EchoBack, echo_back && !title_back);
    set(Term::EchoNear, echo_back && s.echo_prev <= 8);
    set(Term::EchoFwd, echo_fwd);
    // An item of a list (bulleted, or labelled alike line after line) is no title line.
    let listed = bullet || s.listed;
    set(Term::TitleFwd, s.title_next > 0 && !listed);
    // A heading of level 2 or 3 right under a site's name set as the `<h1>` is the
    // page's headline, as a level-1 heading is elsewhere.
    let under_site_h1 = under_site_h1(r, e).is_some();
    set(
        Term::Heading1,
        (f.heading == 1 && f.words >= 3) || under_site_h1,
    );
    set(
        Term::Heading2,
        (f.heading == 2 || f.heading == 3) && !under_site_h1,
    );
    set(Term::Byline, s.byline_ahead);
    set(Term::Body2, s.body_ahead >= 2);
    // A title line stands far from its body: no penalty for the body it does not show.
    let title_line = s.title_next > 0 && !listed;
    set(Term::NoBody, s.body_ahead == 0 && !title_line);
    set(
        Term::NoText,
        s.body_ahead > 0 && !s.text_ahead && !title_line,
    );
    set(Term::SiteSuffix, f.has(flag::SITE_SUFFIX));
    set(Term::SiteLine, s.site_line);
    set(Term::Repeated, s.repeat >= 2);
    set(Term::Covered, covered(e));
    set(Term::Uncovered, s.coverage() == Some(0.0) && !title_line);
    // The `<h1>` of the current article's own title line (printed at its start or in
    // its lead, before its text) is no new page.
    let own_h1 = s.title_prev > 0 && e.line - s.title_prev as usize >= st.start && !title_back;
    set(
        Term::SelfEcho,
        st.headline_key() != 0 && f.matches_part(st.headline_key()) || own_h1,
    );
    set(Term::CaptionEcho, s.caption_echo_ahead);
    set(
        Term::SourceClose,
        r.last_source
            .is_some_and(|l| l + 1 + s.blank_before as usize == e.line),
    );
    set(Term::Teasers, s.teasers_ahead);
    // Past an article's text, a line with a byline right under it is the next page's
    // headline however that page marks it up: one site's markdown headings say nothing
    // of another's (a lead keeps the penalty: its own header repeats itself).
    set(
        Term::Unheaded,
        st.file.headings >= 5 && f.heading == 0 && !(st.phase == Phase::Body && s.byline_ahead),
    );
    set(Term::Bullet, bullet);
    set(
        Term::LangShift,
        s.lang_before.is_some() && s.lang_ahead.is_some() && s.lang_before != s.lang_ahead,
    );
    // A labelled title right above a page-start line (`Title: …` over `URL: …`, a
    // crawl's header) has that page start before its text, as a title line has its own.
    let labelled_header = f.has(flag::TITLE_LABEL) && s.start_next;
    set(Term::Hint, r.hint.is_some() || labelled_header);
    // A labelled title in running text (`Title: …` in a list of a book's details) is
    // none: the label counts where a page's header shows, a page-start line before it
    // (front matter's `---`) or right after it (a reader API's `URL Source:`).
    set(
        Term::TitleLabel,
        f.has(flag::TITLE_LABEL) && (r.hint.is_some() || s.nav_next),
    );
    set(Term::FeedLink, r.feed_link);
    let earlier = echo_back.then(|| e.line - s.echo_prev as usize);
    set(
        Term::EchoAtStart,
        earlier.is_some_and(|p| {
            at_top(st, e, p)
                || p < r.first && in_close_tail(r, p)
                || p >= r.first
                    && (Some(p) == r.first_text
                        || Some(p) == r.after_close
                        || r.hint.is_some_and(|h| h.line == p)
                        || r.blank.is_some_and(|(b, n)| b.line == p && n >= 2))
        }),
    );
    set(Term::Closed, r.closed() || r.legal >= 2);
    set(Term::Blank3, blanks >= 3);
    set(Term::Blank2, blanks == 2);
    set(Term::RareGap, blanks >= 1 && st.file.gaps_rare());
    set(Term::Blank3Common, blanks >= 3 && st.file.blank3_common());
    set(Term::Chrome10, r.chrome >= 10);
    set(Term::Chrome30, r.chrome >= 30);
    set(
        Term::SiteAdjacent,
        adjacent && (f.has(flag::SITE_SUFFIX) || s.site_line),
    );
    set(
        Term::EchoAdjacent,
        adjacent && (echo_back && s.echo_prev <= 8 || echo_fwd),
    );
    set(Term::BlankAdjacent, adjacent && blanks >= 2);
    set(Term::EchoSite, s.echo_site);
    let topic_shift =
        adjacent && st.body >= 3 && s.coverage_before().is_some_and(|c| c <= 0.1) && covered(e);
    set(Term::TopicShift, topic_shift);
    set(
        Term::CoveredBefore,
        s.coverage_before().is_some_and(|c| c >= 0.5),
    );
    set(Term::FreshText, s.fresh_ahead.is_some_and(|f| f >= 80));
    let clean = st.file.clean();
    set(Term::CleanText, clean && s.body_ahead >= 2 && s.text_ahead);
    set(
        Term::CleanShift,
        clean
            && topic_shift
            && s.coverage().is_some_and(|c| c >= 0.5)
            && s.fresh_ahead.is_some_and(|f| f >= CLEAN_FRESH),
    );
    set(Term::StaleText, s.fresh_ahead.is_some_and(|f| f <= 50));
    let extract = st.file.extract();
    // A subheading of a listicle (`Brand – Tagline`) may read as a title line: the
    // page's own title does not reuse the words of the text right before it, and the
    // text after it is new.
    let same_topic =
        s.coverage_before().is_some_and(|c| c >= 0.5) || s.fresh_ahead.is_some_and(|f| f <= 50);
    set(
        Term::ExtractTitle,
        extract && (f.has(flag::SITE_SUFFIX) || s.site_line) && !same_topic,
    );
    set(Term::TightJoin, extract && s.joined);
    set(
        Term::GluedEcho,
        (1..=GLUED_LINES).contains(&s.suffix_of) && !echo_back && !title_back,
    );
    set(
        Term::FooterClose,
        r.footer
            .is_some_and(|l| l + 1 + s.blank_before as usize == e.line)
            && r.chrome >= FOOTER_CHROME,
    );
    t
}

/// The title line with a site name, printed since the last body line, that has half of
/// this line's words or more: the page's `<title>` over an `<h1>` worded otherwise.
fn title_near(r: &Region, e: &Evidence) -> Option<usize> {
    let (d, pct) = e.s.title_words?;
    let t = e.line.checked_sub(d as usize)?;
    (pct >= 50
        && t >= r.first
        && e.s.title_prev == 0
        && e.s.echo_prev == 0
        && e.f.words >= 4
        && !e.s.listed
        && e.s.body_ahead >= 1
        && !e.f.has(flag::SITE_SUFFIX | flag::TITLE_SEP | flag::BULLET))
    .then_some(t)
}

/// Line `p` stands after the region's last closing line, before any body line after it
/// (the page before ended there, and `p` opened the next).
fn in_close_tail(r: &Region, p: usize) -> bool {
    r.closed_at.is_some_and(|c| c < p) && r.tail_end.is_none_or(|b| p < b)
}

/// The title line this line echoes lies after the current article's first body line.
fn title_line_ok(st: &State, e: &Evidence) -> bool {
    let t = e.line - e.s.title_prev as usize;
    st.first_body.is_some_and(|fb| t > fb)
}

/// Score and signals of a term vector.
pub(crate) fn score(t: &Terms, weights: &[f32; N_TERMS]) -> (f32, Signals) {
    let mut score = 0.0;
    let mut sig = Signals::default();
    for ((v, w), (_, _, s)) in t.iter().zip(weights).zip(TERMS.iter()) {
        if *v != 0.0 {
            score += v * w;
            if let Some(s) = s
                && *w > 0.0
            {
                sig = sig.with(*s);
            }
        }
    }
    (score, sig)
}

/// Words a line needs for its earlier printing at a page top to place its page there
/// (a title's length: a short label recurs anywhere).
const TOP_WORDS: u32 = 4;

/// Line `p`, which line `e` prints again, is one of the article's page tops
/// ([`State::tops`]) within [`NEAR_ECHO`] lines: the page's title printed alone at its
/// top, `e` its `<h1>`.
fn at_top(st: &State, e: &Evidence, p: usize) -> bool {
    st.tops.contains(&p) && e.line - p <= NEAR_ECHO as usize && e.f.words >= TOP_WORDS
}

/// Where the new page starts, given the headline at `e`: the title line it repeats or
/// the first page-start line, whichever is first; without either, the end of the first
/// run of [`WIDE_RUN`] blank lines, or else of the longest run of two or more (at most
/// [`MAX_BLANK_BACK`] lines back; not a run a footer's legal link or a reprint of the
/// article's own text follows); and an earlier printing of the headline in the region
/// (or at a page top, [`at_top`]) if that is earlier still. Else the headline itself;
/// but when nothing shows where the page starts, a line of the header block above that
/// came near opening and is much more a headline (the region's `near` line) starts it,
/// and is its headline (returned with it), and such a line that the text ahead covers
/// starts it too. A run of page marks right above
/// that line or around it (rules, banners, page-start lines) moves it to the run's
/// first mark.
fn placement(st: &State, e: &Evidence) -> (Cand, Option<Pick>) {
    let r = &st.region;
    let mut at = Cand {
        line: e.line,
        byte: e.start,
    };
    let mut consider = |c: Cand| {
        if c.line < at.line {
            at = c;
        }
    };
    let title = (e.s.title_prev > 0 && title_line_ok(st, e))
        .then(|| Cand::line_only(e.line - e.s.title_prev as usize))
        .or_else(|| title_near(r, e).map(Cand::line_only));
    let site_h1 = under_site_h1(r, e).map(Cand::line_only);
    // A tag manager's frame followed by a wide blank run ended the page before.
    let hint = match (r.hint, r.wide) {
        (Some(h), Some(w)) if r.weak_hint && w.line > h.line => Some(w),
        (h, _) => h,
    };
    if title.is_some() || hint.is_some() {
        title
            .into_iter()
            .chain(hint)
            .chain(site_h1)
            .for_each(&mut consider);
    } else if let Some(h) = site_h1 {
        // The site's name set as the `<h1>` tops the page (a blank run before it is
        // no better a guess).
        consider(h);
    } else if let Some(w) = r.wide
        && !r.wide_own
    {
        consider(r.glued.filter(|g| g.line > w.line).unwrap_or(w));
    } else if let Some((b, n)) = r.blank
        && n >= 2
        && !r.blank_footer
        && !r.blank_own
        && e.line - b.line <= MAX_BLANK_BACK
        && e.s.blank_before <= n
    {
        consider(b);
    }
    // An earlier printing of the headline, or a line that ends with it (`Site: Headline`,
    // a breadcrumb), since the last body line.
    let echo = (e.s.echo_prev > 0 && e.s.repeat == 1).then_some(e.s.echo_prev);
    let glued = (e.s.suffix_of > 0).then_some(e.s.suffix_of);
    for d in echo.into_iter().chain(glued) {
        let p = e.line - d as usize;
        // Before the page's first page-start line, an earlier printing is a teaser of
        // the page before.
        if (p >= r.first || in_close_tail(r, p) || at_top(st, e, p))
            && r.hint.is_none_or(|h| p >= h.line)
        {
            consider(Cand::line_only(p));
        }
    }
    // Without other evidence of where the page starts, an earlier line of the header
    // block that is much more a headline than the opener (a caption, a widget's title,
    // a tag line) and came close to opening is where it starts. A title line opens
    // where it stands (its headline score is low: its `<h1>` takes over).
    // A line of the header block that came close to opening and that the text ahead
    // covers, right above such an opener (a breadcrumb, a deck over the `<h1>`), starts
    // the page at the latest, whichever line is the headline.
    if let Some(n) = r.near
        && at.line == e.line
        && e.s.title_next == 0
        && n.at.line < at.line
        && e.line - n.at.line <= NEAR_LINES
    {
        if n.pick.score >= headline_score(st, e) + NEAR_BETTER {
            return (r.under_mark(n.at, e), Some(n.pick));
        }
        if n.covered {
            return (r.under_mark(n.at, e), None);
        }
    }
    (r.under_mark(at, e), None)
}

/// True when the line surely belongs to the article it is in (its text).
fn is_content(e: &Evidence) -> bool {
    let doubled = (1..=2).contains(&e.s.echo_prev) || (1..=2).contains(&e.s.echo_next);
    e.f.class == LineClass::Body
        && !e.f.has(flag::COOKIE | flag::WIDGET | flag::COPYRIGHT)
        && !doubled
}

/// Most body lines, and characters, a region's page-start and closing lines (and its
/// count of chrome lines with them) survive.
const CARRY_LINES: u32 = 3;
const CARRY_CHARS: u32 = 900;

/// Share of a line's words the body ahead uses for it to be covered ([`covered`]).
const COVERED: f32 = 0.3;

/// The body ahead uses [`COVERED`] of the line's words or more.
fn covered(e: &Evidence) -> bool {
    e.s.coverage().is_some_and(|c| c >= COVERED)
}

/// Share of a headline-like line's words the body ahead must use for the line, right
/// above a page-start line with no blank line between, to be the page's `<title>` line
/// (the page starts there, not at its skip link).
const TITLE_COVER: f32 = 0.3;

/// Lines from the end of a blank run to a page-start line (this one included) for the
/// page to start at the blank run, with fewer than two legal links among them (a
/// footer's list of them ends the page before; one may be a header's top bar).
const MAX_RUN_TO_HINT: u32 = 4;

/// … or up to this many, when none of them is a legal link (`Imprint`, `Privacy`: the
/// footer of the page before) and no closing line came since the blank run: a cookie
/// banner or a logo block may open a page before its skip link.
const MAX_CHROME_TO_HINT: u32 = 12;

/// Blank lines that separate pages rather than blocks of one page: without a title line
/// or page-start line, the page starts after the first such run since the last text of
/// the page before (a later, longer run is a gap in the next page's menus) and since
/// the footer's link bar (a run before it was a gap in the footer); without one, after
/// the longest run of two.
const WIDE_RUN: u32 = 3;

/// Words of a glued site-name line ([`Region::glued`]).
const GLUED_WORDS: u32 = 3;

/// At most one plain line in this many may be glued under another for the file to
/// space its plain lines ([`FileStats::plain_spaced`]) …
const PLAIN_GLUE: u64 = 10;

/// … over this many plain lines.
const PLAIN_MIN: u64 = 50;

/// Lines from a run of two blank lines back to the headline for the page to start at
/// the run: further back, it is a gap in the footer of the page before more often than
/// the start of the new page (a header of menus that long is left to the headline,
/// which is never a wrong start).
const MAX_BLANK_BACK: usize = 90;

/// Runs of three blank lines in the current article from which such runs are the
/// page's own gaps (a renderer that ends every nested list with one): a run before a
/// page-start line is then a gap in the footer of the page before, not its end, and the
/// page starts at its skip link.
const PAGE_GAPS3: u32 = 8;

/// Lines within which a page-start line printed again is a menu's skip link (one per
/// section of a mega menu), not where a page starts.
const SKIP_REPEAT: u32 = 30;

/// Non-blank lines after a footer's list of legal links (two in a row) within which a
/// wide blank run is where the page before ended.
const LEGAL_TAIL: u32 = 4;

/// Non-blank lines that may separate the body lines of one cluster (a caption, a byline,
/// a link's text in a dump with one text node per line).
const MAX_GAP: u32 = 3;

/// A body line this long counts as two: a whole paragraph.
const LONG_PARAGRAPH: u32 = 100000;

/// Weight of the share of a lead line's words found in the article's title line.
const TITLE_SHARE: f32 = 1.0;

/// After a byline, a later lead line must beat the headline by this much.
const BYLINE_MARGIN: f32 = 1.0;

/// A headline seen during a tentative body cluster must beat the lead's choice by this
/// much to wait as the pending one.
const PENDING_MARGIN: f32 = 1.0;

/// Body characters under which the headline may still change in the body …
const LATE_CHARS: u32 = 800;

/// … to a line that beats it by this much.
const LATE_MARGIN: f32 = 2.5;

/// A headline score under which the lead's choice is weak (a menu item, a fragment of
/// text) …
const WEAK_HEADLINE: f32 = 5.0;

/// … and may change in the body for this many characters (to any line that beats it
/// by [`LATE_MARGIN`]: a page whose widgets read as text before its `<h1>`).
const WEAK_LATE_CHARS: u32 = 6000;

/// The `<h1>` of the title line chosen as the headline replaces it, whatever its class
/// (a list item, a breadcrumb step), with the title line's uncapped score at least.
/// But the last part of a title line whose headline part is undecided (`A | B`),
/// printed again as a short line right under it, is the site's name (`Headline | Site`,
/// then `Site`): the title line stays, its headline the text before the separator.
fn follow_title(st: &mut State, e: &Evidence) {
    if let Some(h) = st.headline
        && h.title
        && e.s.title_prev > 0
        && e.line - e.s.title_prev as usize == h.line
        && e.f.key_len > 0
    {
        if let Some(head) = h.head
            && e.f.key == h.tail_key
            && e.f.words <= SITE_NAME_WORDS
            && e.line - h.line <= SITE_NAME_LINES
        {
            st.headline = Some(Pick {
                span: head,
                title: false,
                score: h.raw,
                h1_at: None,
                head: None,
                ..h
            });
            return;
        }
        st.headline = Some(Pick::of(e, h.raw.max(h.score).max(headline_score(st, e))));
    }
}

/// Words of a site's name printed under its title line (see [`follow_title`]) …
const SITE_NAME_WORDS: u32 = 4;

/// … and lines from the title line to it at most.
const SITE_NAME_LINES: usize = 4;

/// Extra score a line needs to replace a convincing headline right above it: a
/// headline of a few words stands above its deck (a standfirst, a subtitle), and the
/// deck, longer and closer to the text, looks much like one.
const DECK_MARGIN: f32 = 0.5;

/// A score above which a headline is convincing: enough to keep its deck under it, and
/// to keep its article when a better headline follows a short body.
const CONVINCING_HEADLINE: f32 = 2.5;

/// The headline chosen so far is the line right above this one (blank lines aside), a
/// convincing one of four words or more and not a title line, and this line does not
/// print its text again.
fn stacked_under(st: &State, e: &Evidence) -> bool {
    st.headline.is_some_and(|h| {
        h.line + 1 + e.s.blank_before as usize == e.line
            && h.score >= CONVINCING_HEADLINE
            && h.words >= 4
            && !h.title
            && h.key != e.f.key
    })
}

/// The headline chosen so far ends with this line's text: it was a breadcrumb or a
/// kicker glued to the headline, and this line is the headline alone (see
/// [`SUFFIX_SHARE`]).
fn follow_suffix(st: &mut State, e: &Evidence) {
    if let Some(h) = st.headline
        && e.s.suffix_of > 0
        && e.line - e.s.suffix_of as usize == h.line
        && e.f.words >= 2
        && (h.tail_key == 0 || e.f.key != h.tail_key)
        && !e.f.has(flag::COPYRIGHT | flag::CREDIT)
        && (h.nav || e.f.words * SUFFIX_SHARE.1 >= h.words * SUFFIX_SHARE.0)
    {
        st.headline = Some(Pick::of(e, h.score.max(headline_score(st, e))));
    }
}

/// Share of the headline's words (numerator, denominator) a line it ends with must
/// have to be the headline alone, unless the headline was a breadcrumb: a kicker glued
/// before a headline is shorter than the headline, while a headline's last words on a
/// line of their own are a place or a topic tag under it (`Five Walks Along the Harbour
/// Wall`, then `Harbour Wall`). A photo credit (`© Name`) is no headline.
const SUFFIX_SHARE: (u32, u32) = (2, 5);

/// This line ends with the headline chosen so far (a breadcrumb after the headline).
fn ends_with_headline(st: &State, e: &Evidence) -> bool {
    st.headline
        .is_some_and(|h| e.s.contains_prev > 0 && e.line - e.s.contains_prev as usize == h.line)
}

/// An article with less body text than this, and no convincing headline or no text
/// at all but teasers cut short …
const ADOPT_CHARS: u32 = 400;

/// … takes a later headline that outscores its own by this much as its own.
const ADOPT_MARGIN: f32 = 1.5;

/// Extra score a header block needs to open an article while the current one is still
/// in its lead (a page without body text), unless a closing line followed the lead's
/// headline, its page is over ([`page_over`]), or a main-text extract's lead has a
/// paragraph.
const LEAD_MARGIN: f32 = 4.0;

/// Lines an article's lead must have before the file's opening chrome recurring in it
/// opens the next article (a menu printed twice stays in its page).
const OPENING_LEAD_LINES: usize = 100;

/// Body characters with which a lead (a page with a paragraph or two and no more) ...
const SHORT_PAGE_CHARS: u32 = 200;

/// ... lets the next page open before [`LEAD_LINES`], with this much more than the
/// threshold.
const SHORT_PAGE_MARGIN: f32 = 2.0;

/// Lines an article's lead must have before a header block in it is considered.
const LEAD_LINES: usize = 40;

/// The state a header block in the current article's lead is judged in. A lead with
/// less than [`ADOPT_CHARS`] of text tracks no region (its own header's blank runs,
/// menus and skip links would count for the next page); but a page with a paragraph
/// or two ([`SHORT_PAGE_CHARS`]) that a page-start line or a closing line ended shows
/// the region after its headline and text ([`State::tail`]): where the next page
/// starts; so does any lead with less text whose page is over ([`page_over`]). A
/// blank run or a run of chrome ends nothing alone (a teaser list, a page's own menus).
pub(crate) fn lead_state(st: &State) -> State {
    let mut judged = *st;
    let t = &st.tail;
    if st.phase == Phase::Lead
        && ((SHORT_PAGE_CHARS..ADOPT_CHARS).contains(&st.lead_chars)
            && (t.hint.is_some() || t.closed())
            || st.lead_chars < ADOPT_CHARS && page_over(st))
    {
        judged.region = *t;
    }
    judged
}

/// The lead's page is over, however little text it had (a video, a gallery, a code
/// listing, a teaser): under its headline came text, and after that text a closing
/// line, or a page-start line that is no part of the page's own header (the page's
/// chrome, [`FOOTER_CHROME`] lines or more, stood between). The next header block is
/// judged as after a body: with the region after that text, no margin, and it is
/// another page's headline, not the lead's own (no adoption). A closing line or a
/// page-start line right under the headline, before any text, ends nothing (a page's
/// header prints a photo credit, a menu's copyright line, its skip links).
///
/// Under a title line (`Headline | Site`), text is its page's own header (a
/// standfirst above the `<h1>`), not text under a headline: the page is never over
/// while a title line is its headline (its `<h1>` would open a second article).
fn page_over(st: &State) -> bool {
    let Some(h) = st.headline else {
        return false;
    };
    let under = |t: usize| t > h.line;
    st.phase == Phase::Lead
        && !h.titled
        && (st.lead_closed_text.is_some_and(under)
            || st.lead_chars < ADOPT_CHARS
                && st.lead_text.is_some_and(|t| {
                    under(t)
                        && !st.tail.weak_hint
                        && st.tail.hint.is_some_and(|p| p.line > t)
                        && st.tail_hint_chrome >= PAGE_OVER_CHROME
                }))
}

/// Chrome lines between a lead's headline and a page-start line after its text for
/// that line to end the page ([`page_over`]): the page's own header has fewer.
const PAGE_OVER_CHROME: u64 = 10;

/// One step: moves the state past line `e`, and says what to do.
pub(crate) fn step(st: &mut State, e: &Evidence, p: &Params) -> Action {
    let glued = st.file.count(e) && st.file.plain_spaced();
    if !e.f.is_blank() && e.s.blank_before >= WIDE_RUN {
        st.gaps3 += 1;
    }
    // How the file and the article lay out their blocks, for tracking regions.
    let (spaced, gappy) = (st.file.blocks_spaced(), st.gaps3 >= PAGE_GAPS3);
    // A dump's own markup (`<doc id="…">`): a page starts there, whatever follows.
    if e.f.has(flag::PAGE_TAG) && e.line > st.start {
        return replace(st, open_here(st, e, Signal::PageStart));
    }
    match st.phase {
        Phase::Lead => {
            // The file's opening chrome recurring far into a lead: the page had no text,
            // the next one starts.
            if e.s.opening
                && e.line >= st.start + OPENING_LEAD_LINES
                && OPENING_SCORE >= p.threshold
            {
                return replace(st, open_here(st, e, Signal::RecurringChrome));
            }
            // Early in a lead without text, a much stronger page start than the one that
            // opened the article is where it starts: the opener was chrome at the end of
            // the page before (an address, a footer link).
            if is_candidate(e)
                && let Some(moved) = try_move(st, e, p)
            {
                return replace(st, moved);
            }
            // A page without body text: a header block with overwhelming evidence far
            // enough into the lead opens the next article anyway, and after that page's
            // footer the usual evidence does. A page with a paragraph (a teaser, a
            // brief) gives way at once to such a header block, and with less evidence
            // once it has a paragraph or two.
            let ended = st
                .lead_closing
                .is_some_and(|c| st.headline.is_some_and(|h| c > h.line));
            let some_text = st.lead_chars >= SHORT_PAGE_CHARS;
            // A main-text extract keeps no chrome: a paragraph in a lead is its page's
            // text, and the next title needs no margin.
            let over = page_over(st);
            let margin = if ended || over || st.lead_chars >= ADOPT_CHARS && st.file.extract() {
                0.0
            } else if some_text {
                SHORT_PAGE_MARGIN
            } else {
                LEAD_MARGIN
            };
            if is_candidate(e)
                && (e.line >= st.start + LEAD_LINES || st.lead_chars > 0)
                && st.headline.is_some()
                && let Ok((mut next, action)) = try_open(&lead_state(st), e, p, margin, !over)
            {
                if action == Action::None {
                    // Taken as the lead's headline: the lead keeps its own region.
                    next.region = st.region;
                }
                return replace(st, (next, action));
            }
            // The headline: the lead's line that looks most like one. While a cluster of
            // body lines is tentative, a better line waits: the cluster may be a teaser.
            let h = headline_score(st, e);
            // Past a byline, the header block is over: a later line (a standfirst, a
            // caption, a pull quote) needs to be clearly better.
            let byline_after = st
                .headline
                .is_some_and(|h| st.last_byline.is_some_and(|b| b > h.line));
            let mut past = 0.0;
            if byline_after {
                past += BYLINE_MARGIN;
            }
            if stacked_under(st, e) {
                past += DECK_MARGIN;
            }
            if st.cluster_start.is_none()
                && h > 0.0
                && h > bar(st, e) + past
                && !ends_with_headline(st, e)
            {
                st.headline = Some(pick(st, e, h));
            } else if st.cluster_start.is_some()
                && h > bar(st, e) + PENDING_MARGIN
                && st.pending.is_none_or(|p| h > p.score)
            {
                st.pending = Some(pick(st, e, h));
            }
            follow_title(st, e);
            follow_suffix(st, e);
            let back = back_to_print(st, e);
            if let Some(line) = back {
                st.start = line;
                st.floor = line;
                st.movable = None;
            }
            if e.f.class == LineClass::Byline {
                st.last_byline = Some(e.line);
            }
            // A back-to-top link ends a page as its footer does.
            if closes(e) || e.f.has(flag::TO_TOP) {
                st.lead_closing = Some(e.line);
                if st.lead_text.is_some() {
                    st.lead_closed_text = st.lead_text;
                }
            }
            // The text begins with a cluster of body lines: a teaser or a tagline between
            // menus is a body line alone, and does not end the lead; nor does a wrapped
            // head-link line.
            // A page with text (a brief, a teaser page of a paragraph or two) ends as a
            // body does: past its text, the evidence of the region (closing lines,
            // page-start lines, chrome runs) counts for the next page's header block.
            // The tail starts over under the lead's headline: the page's own header above
            // it (its skip links, its blank runs) says nothing of where the next starts.
            // Once the lead tracks its region (a brief), the tail is read no more.
            if st.headline.is_some_and(|h| h.line == e.line) {
                st.tail = Region::after(e.line + 1);
            } else if st.lead_chars < ADOPT_CHARS {
                let hint = st.tail.hint.map(|c| c.line);
                track(&mut st.tail, e, spaced, gappy, glued);
                if st.tail.hint.is_some() && st.tail.hint.map(|c| c.line) != hint {
                    st.tail_hint_chrome = st.tail.chrome;
                }
            }
            let wrapped_link = if st.lead_chars >= ADOPT_CHARS {
                let wrapped = st.region.wraps_link(e);
                track(&mut st.region, e, spaced, gappy, glued);
                wrapped
            } else {
                track_marks(&mut st.region, e);
                st.region.head_link(e)
            };
            if is_content(e) && !wrapped_link {
                st.lead_text = Some(e.line);
                let first = *st.cluster_start.get_or_insert(e.line);
                st.body += if e.f.chars >= LONG_PARAGRAPH { 2 } else { 1 };
                st.body_chars += text_chars(e);
                if e.f.is_paragraph() {
                    st.lead_chars = st.lead_chars.saturating_add(text_chars(e));
                }
                st.gap = 0;
                if st.body >= p.min_body {
                    st.first_body = Some(first);
                    st.phase = Phase::Body;
                    st.region = Region::after(e.line + 1);
                    // A waiting line takes the headline when the lead has none, or when
                    // it prints the title again (the `<h1>`) and is much more the
                    // headline than the lead's choice, as it would early in the body (a
                    // teaser's headline keeps waiting in vain).
                    if let Some(w) = st.pending.take()
                        && (st.headline.is_none()
                            || w.reprint && w.score >= st.headline_score() + LATE_MARGIN)
                    {
                        st.headline = Some(w);
                    }
                }
            } else if closes(e) && st.body > 0 {
                // A source line or a footer after some text: the article is complete,
                // with the headline that waited for its text (a photo's credit line
                // may close a lead whose `<h1>` waited).
                if let Some(w) = st.pending.take() {
                    st.headline = Some(w);
                }
                st.first_body = st.cluster_start;
                st.phase = Phase::Body;
                st.region = Region::after(e.line);
                track(&mut st.region, e, spaced, gappy, glued);
            } else if !e.f.is_blank() {
                st.gap += 1;
                if st.gap > MAX_GAP {
                    st.body = 0;
                    st.body_chars = 0;
                    st.cluster_start = None;
                    if let Some(p) = st.pending.take() {
                        st.headline = Some(p);
                    }
                }
            }
            // Text, or a lead past its first lines: the boundary stays where it is.
            if st.phase == Phase::Body
                || st.body_chars > 0
                || st.cluster_start.is_some()
                || e.line + 1 >= st.start + MOVE_LINES
            {
                st.movable = None;
            }
            if st.phase == Phase::Body
                || st.body_chars > 0
                || st.cluster_start.is_some()
                || e.line + 1 >= st.opener + MOVE_LINES
            {
                st.floor = st.start;
            }
            back.map_or(Action::None, |line| Action::Back { line })
        }
        Phase::Body => {
            // Site chrome that opened the input recurs: a new page, whatever follows.
            if e.s.opening && OPENING_SCORE >= p.threshold {
                return replace(st, open_here(st, e, Signal::RecurringChrome));
            }
            if is_candidate(e) {
                match try_open(st, e, p, 0.0, true) {
                    Ok(open) => return replace(st, open),
                    Err(score) => note_near(st, e, score, p),
                }
            }
            // Early in the text, a line that is much more the headline than the lead's
            // choice takes its place (the lead ended at a teaser before the `<h1>`); after
            // a weak choice (a menu item, a fragment) for longer.
            let late = if st.headline_score() < WEAK_HEADLINE {
                WEAK_LATE_CHARS
            } else {
                LATE_CHARS
            };
            if st.body_chars < late {
                let h = headline_score(st, e);
                if h >= bar(st, e) + LATE_MARGIN && !ends_with_headline(st, e) {
                    st.headline = Some(pick(st, e, h));
                }
                follow_title(st, e);
            }
            let first = st.region.first;
            let was_legal = st.region.prev_legal && st.region.legal >= 2;
            track(&mut st.region, e, spaced, gappy, glued);
            // A page top: the first line after a closing line, a footer's legal links, a
            // back-to-top link or a cookie notice.
            if !e.f.is_blank()
                && (st.region.after_close == Some(e.line)
                    || was_legal && !e.f.has(flag::LEGAL)
                    || st.prev_flags & flag::TO_TOP != 0
                    || st.prev_flags & flag::COOKIE != 0 && !e.f.has(flag::COOKIE))
            {
                st.tops = [e.line, st.tops[0], st.tops[1]];
            }
            mark_own(st, e);
            if !e.f.is_blank() {
                st.prev_flags = e.f.flags;
            }
            if is_content(e) && st.region.first > first {
                st.body += 1;
                st.body_chars += text_chars(e);
            }
            Action::None
        }
    }
}

/// Words a reprint needs to be one of the article's own lines (a short label recurs on
/// every page).
const OWN_WORDS: u32 = 3;

/// Notes whether the line right after the region's blank run prints again a line of
/// the current article's text (see [`Region::blank_own`]).
fn mark_own(st: &mut State, e: &Evidence) {
    let own = e.s.echo_prev > 0
        && matches!(e.f.class, LineClass::Headline | LineClass::Body)
        && e.f.words >= OWN_WORDS
        && st
            .first_body
            .is_some_and(|fb| e.line - e.s.echo_prev as usize >= fb);
    if st.region.blank.is_some_and(|(b, _)| b.line == e.line) {
        st.region.blank_own = own;
    }
    if st.region.wide.is_some_and(|w| w.line == e.line) {
        st.region.wide_own = own;
    }
}

/// Takes the state of an opening (or of a return to the lead) and passes its action on.
fn replace(st: &mut State, (next, action): (State, Action)) -> Action {
    *st = next;
    action
}

/// Opens an article at `e` whatever its evidence (a recurrence of the file's opening
/// chrome, a dump's page tag), with `signal` and [`OPENING_SCORE`].
fn open_here(st: &State, e: &Evidence, signal: Signal) -> (State, Action) {
    let here = Cand {
        line: e.line,
        byte: e.start,
    };
    let at = st.region.under_mark(here, e);
    let signals = Signals::default().with(signal);
    (
        State::opened(at.line, None, st.file, None),
        Action::Open {
            at,
            score: OPENING_SCORE,
            signals,
        },
    )
}

/// Opens an article at the header block `e` when its score reaches the threshold plus
/// `margin`; else gives the score back (`Err`), for [`note_near`]. When the current
/// article has hardly any text and no convincing headline, a much better headline is
/// its own (its "text" was teasers in the page's menus): the article goes back to its
/// lead with that headline instead, when `adopt` allows it (not once the lead's page is
/// over, see [`page_over`]).
fn try_open(
    st: &State,
    e: &Evidence,
    p: &Params,
    margin: f32,
    adopt: bool,
) -> Result<(State, Action), f32> {
    let t = terms(st, e);
    let (score, signals) = score(&t, &p.weights);
    if score < p.threshold + margin - 1e-4 {
        return Err(score);
    }
    let h = headline_score(st, e);
    if adopt
        && st.body_chars < ADOPT_CHARS
        && (st.headline_score() < CONVINCING_HEADLINE || st.body_chars == 0)
        && h >= st.headline_score() + ADOPT_MARGIN
    {
        let mut back = *st;
        back.headline = Some(Pick::of(e, h));
        back.phase = Phase::Lead;
        back.body = 0;
        back.body_chars = 0;
        back.cluster_start = None;
        back.gap = 0;
        back.prev_flags = 0;
        back.tail = Region::after(e.line + 1);
        back.tail_hint_chrome = 0;
        return Ok((back, Action::None));
    }
    let (at, next) = opened_at(st, e, score).ok_or(score)?;
    Ok((next, Action::Open { at, score, signals }))
}

/// A header block's line may come close to opening an article, and a later line of the
/// block (a caption, a widget's title, a tag line) open it: the block's headline is the
/// earlier line.
const NEAR_MARGIN: f32 = 1.5;

/// Lines from the near line to the line that opens.
const NEAR_LINES: usize = 8;

/// Headline score a near line needs (a sentence of the footer comes near too).
const NEAR_HEADLINE: f32 = 4.0;

/// Headline score the near line needs over the opener's to take the start.
const NEAR_BETTER: f32 = 1.0;

/// Notes line `e`, which scored `score` without opening, as the region's near line.
fn note_near(st: &mut State, e: &Evidence, score: f32, p: &Params) {
    if score < p.threshold - NEAR_MARGIN {
        return;
    }
    let h = headline_score(st, e);
    // The best line of the last NEAR_LINES: an older one cannot take the start.
    let stale = |c: Cand| e.line - c.line > NEAR_LINES;
    if h >= NEAR_HEADLINE
        && st
            .region
            .near
            .is_none_or(|n| stale(n.at) || h > n.pick.score)
    {
        st.region.near = Some(Near {
            at: Cand {
                line: e.line,
                byte: e.start,
            },
            pick: Pick::of(e, h),
            covered: covered(e),
        });
    }
}

/// Where the article that `e` opens with `score` starts ([`placement`]), and its state;
/// `None` when that is not after the current article's start.
fn opened_at(st: &State, e: &Evidence, score: f32) -> Option<(Cand, State)> {
    let (at, near) = placement(st, e);
    (at.line > st.start).then(|| {
        let mut next = State::opened(at.line, Some(e), st.file, Some(score));
        next.opener = e.line;
        // Placed at the line itself, a blank run or an echo (no title line, no
        // page-start line): the page may have started further up, after the text of the
        // page before.
        if e.s.title_prev == 0 && st.region.hint.is_none() {
            next.floor = st.region.first.max(st.start + 1).min(at.line);
        }
        // Placed at the header block's near line: that line is the headline.
        if near.is_some() {
            next.headline = near;
        } else if let Some(n) = near_in_lead(st, e, at) {
            next.headline = Some(n);
        }
        (at, next)
    })
}

/// Lines from a near line to the opener within which the near line, placed in the new
/// article by other evidence, is the first line of its lead (see [`near_in_lead`]).
const NEAR_LEAD_LINES: usize = 12;

/// The region's near line when the article that `e` opens starts at `at` or before it
/// (a title line, a page-start line or a blank run placed the start above both lines)
/// and it is the better headline: it was read while the article before was still open,
/// but it is the first headline-like line of the new article's lead, and keeps the
/// headline as such a line does (with [`FIRST_CANDIDATE`]) unless the opener beats it
/// by as much. A title line opens for its `<h1>`, and an opener that ends with the near
/// line's text makes it a breadcrumb or a kicker glued to the headline
/// ([`follow_suffix`]): neither gives way.
fn near_in_lead(st: &State, e: &Evidence, at: Cand) -> Option<Pick> {
    let Near { at: c, pick: n, .. } = st.region.near?;
    (c.line >= at.line
        && c.line < e.line
        && e.line - c.line <= NEAR_LEAD_LINES
        && !n.nav
        && e.s.title_next == 0
        && e.s.suffix_of as usize != e.line - c.line
        && n.score + FIRST_CANDIDATE > headline_score(st, e))
    .then(|| {
        let score = n.score + FIRST_CANDIDATE;
        Pick {
            score,
            raw: score,
            ..n
        }
    })
}

/// Lines into a lead, without body text, in which a stronger page start moves the
/// article's boundary.
const MOVE_LINES: usize = LEAD_LINES;

/// Score a page start needs above the one that opened the article to move its boundary.
const MOVE_MARGIN: f32 = 3.0;

/// Moves the current article's start to the page start at `e` when the article has no
/// text yet, `e` is early in its lead, and its evidence beats the opener's by
/// [`MOVE_MARGIN`] (and reaches the threshold). The lead tracks no region (but its page
/// marks, [`track_marks`]), so it is the line's own evidence that must do it (a title
/// line and its `<h1>`, a byline and body ahead, a change of language, blank lines
/// right before it), not the chrome, closing lines or page-start lines before it.
fn try_move(st: &State, e: &Evidence, p: &Params) -> Option<(State, Action)> {
    let opener = st.movable?;
    let (score, signals) = score(&terms(st, e), &p.weights);
    // A closing line after the opener (a footer's copyright): the opener was the page
    // before's, and the threshold alone moves the start.
    let footer_after = st.lead_closing.is_some_and(|c| c > st.opener);
    let need = if footer_after {
        p.threshold
    } else {
        p.threshold.max(opener + MOVE_MARGIN)
    };
    if score < need - 1e-4 {
        return None;
    }
    let (at, mut next) = opened_at(st, e, score)?;
    next.floor = at.line;
    Some((next, Action::Move { at, score, signals }))
}

/// The line `e`, just chosen as the headline of a lead that has no text yet, was
/// printed before the article's start, after the text of the article before (from
/// [`State::floor`]) and after any page-start line: the page starts at that earlier
/// printing, its `<title>` line, as [`placement`] would have put it had the headline
/// opened the article itself (a menu item or a caption above the headline may reach the
/// threshold first).
fn back_to_print(st: &State, e: &Evidence) -> Option<usize> {
    if st.headline.is_none_or(|h| h.line != e.line) {
        return None;
    }
    earlier_print(st, e)
}

/// An earlier printing of line `e` (an echo, or a title line whose headline part it
/// repeats) between [`State::floor`] and the article's start.
fn earlier_print(st: &State, e: &Evidence) -> Option<usize> {
    if st.floor >= st.start {
        return None;
    }
    let s = &e.s;
    let d = if s.title_prev > 0 {
        s.title_prev
    } else if s.echo_prev > 0 && s.repeat == 1 {
        s.echo_prev
    } else {
        return None;
    };
    let p = e.line.checked_sub(d as usize)?;
    (p >= st.floor && p < st.start).then_some(p)
}

/// Characters a body line adds to its article's text: none for a teaser cut short
/// (`…`, `...`), which stands in a page's menus, not in an article.
fn text_chars(e: &Evidence) -> u32 {
    if e.f.has(flag::ELLIPSIS) {
        0
    } else {
        e.f.chars
    }
}

/// A line that closes an article: a source line, a copyright footer, a footnote block,
/// a dump's closing page tag (`</doc>`);
/// not an image or a photo credit (a logo's alt text, `© Photographer`).
fn closes(e: &Evidence) -> bool {
    (e.f.class == LineClass::Source || e.f.has(flag::COPYRIGHT | flag::FOOTNOTE | flag::PAGE_END))
        && !e.f.has(flag::IMAGE | flag::CREDIT)
}

/// Follows the runs of page marks ([`Region::marks`]) past line `e`, in a lead as in a
/// body.
fn track_marks(r: &mut Region, e: &Evidence) {
    if e.f.is_blank() {
        return;
    }
    if let Some(MarkRun {
        next: next @ None, ..
    }) = &mut r.marks[0]
    {
        *next = Some(e.line);
    }
    if is_content(e) {
        return;
    }
    // A tag manager's frame (a weak page start) stands where a page's body starts as
    // often as where its header does: no mark.
    if e.f.has(flag::RULE | flag::BANNER | flag::PAGE_START)
        && !e.f.has(flag::UNDERLINE | flag::WEAK_START)
    {
        // A mark right under the last one (blank lines aside) goes on with it: the page
        // starts at the first (a rule, then the page's address). Another starts a run.
        let ruled = e.f.has(flag::RULE | flag::BANNER);
        let [last, before] = &mut r.marks;
        match last {
            Some(m) if m.next == Some(e.line) => {
                m.last = e.line;
                m.next = None;
                m.ruled |= ruled;
            }
            _ => {
                let run = MarkRun {
                    first: Cand {
                        line: e.line,
                        byte: e.start,
                    },
                    last: e.line,
                    next: None,
                    ruled,
                };
                // The run before is the last one with a rule, or else the last one: a
                // rule that separated the pages outlives the skip links of the page.
                let older = last.replace(run);
                if older.is_some_and(|o| o.ruled) || before.is_none_or(|b| !b.ruled) {
                    *before = older;
                }
            }
        }
    }
}

/// Moves the region past line `e`.
fn track(r: &mut Region, e: &Evidence, spaced: bool, gappy: bool, glued: bool) {
    track_marks(r, e);
    if !e.f.is_blank()
        && let Some(c) = r.glued_pending.take()
        && e.f.has(flag::BULLET)
        && e.s.blank_before <= 1
        && r.glued.is_none()
    {
        r.glued = Some(c);
    }
    let wrapped_link = r.head_link(e);
    // A rule is no text of a page, though a long one (w3m prints `<hr>` as a line of
    // 299 dashes) is classed as body text.
    if is_content(e) && !wrapped_link && !e.f.has(flag::RULE) {
        // A paragraph ends the region on its own; a shorter body line needs a second.
        if e.f.is_paragraph() || r.stray.is_some() {
            let mut next = Region::after(e.line + 1);
            // A little text between the end of a page and the start of the next (a
            // contact line, a tagline, an alert banner) does not hide where the page
            // ended or the next one started, nor how much chrome stands between.
            let lines = r.carried.0 + 1 + u32::from(r.stray.is_some());
            let chars = r.carried.1 + e.f.chars + r.stray_chars;
            // A footer's legal links (two or more) end a page as a closing line does.
            let legal_closed = r.legal >= 2;
            if (r.hint.is_some() || r.closed() || legal_closed)
                && lines <= CARRY_LINES
                && chars <= CARRY_CHARS
            {
                if legal_closed {
                    next.legal = r.legal;
                }
                next.hint = r.hint;
                next.feed_link = r.feed_link;
                next.weak_hint = r.weak_hint;
                next.chrome = r.chrome;
                next.closed_at = r.closed_at;
                next.tail_end = r.tail_end.or(r.closed_at.map(|_| e.line));
                next.carried = (lines, chars);
            }
            *r = next;
            return;
        }
        if r.closed_at.is_some() {
            r.tail_end.get_or_insert(e.line);
        }
        r.stray = Some(e.line);
        r.stray_gap = 0;
        r.stray_chars = e.f.chars;
        return;
    }
    if e.f.is_blank() {
        return;
    }
    r.chrome += 1;
    r.first_text.get_or_insert(e.line);
    if e.f.heading == 1 && e.f.words <= SITE_H1_WORDS {
        r.site_h1 = Some(e.line);
    }
    if e.f.class == LineClass::Source {
        r.last_source = Some(e.line);
    }
    r.stray_gap += 1;
    if r.stray_gap > MAX_GAP {
        // A teaser between menus: body text alone.
        r.stray = None;
    }
    let here = Cand {
        line: e.line,
        byte: e.start,
    };
    if glued
        && r.wide.is_some()
        && r.glued.is_none()
        && e.f.words <= GLUED_WORDS
        && !e.f.has(flag::TERMINAL | flag::BULLET)
    {
        r.glued_pending = Some(here);
    }
    let echoing = e.f.class == LineClass::Headline && (e.s.echo_next > 0 || e.s.title_next > 0);
    let covered =
        e.f.class == LineClass::Headline && e.s.coverage().is_some_and(|c| c >= TITLE_COVER);
    let before = std::mem::replace(
        &mut r.echoing,
        (echoing || covered).then_some((here, echoing)),
    );
    // A line the text before used (a footer's credit) or a legal link is the page
    // before's: it keeps the strict rule below.
    let own = !e.s.coverage_before().is_some_and(|c| c >= 0.5) && !e.f.has(flag::LEGAL);
    let gap_before = std::mem::replace(&mut r.echoing_gap, if own { e.s.blank_before } else { 0 });
    // A title line that does not echo starts the page only right above its skip link
    // (a blank line between counts as none when the file spaces its blocks, or when one
    // stands above the title line as well).
    let allowed = u32::from(spaced).max(gap_before.min(1));
    let before = before
        .filter(|&(_, echoes)| echoes || e.s.blank_before <= allowed)
        .map(|(c, _)| c);
    r.run = if e.s.blank_before >= 2 {
        Some((here, 1, 0, 0))
    } else {
        r.run.map(|(c, n, legal, said)| (c, n + 1, legal, said))
    };
    // A sentence (not a cookie notice, nor a title and tagline) is text of the page
    // before: a footer's credit, an ad.
    if e.f.has(flag::TERMINAL)
        && e.f.words >= 3
        && !e
            .f
            .has(flag::COOKIE | flag::PAGE_START | flag::TITLE_SEP | flag::ELLIPSIS)
        && let Some(run) = &mut r.run
    {
        run.3 += 1;
    }
    let after_footnotes = std::mem::replace(&mut r.footnotes, e.f.has(flag::FOOTNOTE));
    if closes(e) {
        if e.f.has(flag::COPYRIGHT) && e.f.words >= FOOTER_WORDS {
            r.footer = Some(e.line);
        }
        r.echoing = None;
        r.run = None;
        r.closed_at = Some(e.line);
        r.tail_end = None;
        r.hint = None;
        r.weak_hint = false;
        r.feed_link = false;
        r.blank = None;
        r.wide = None;
        r.glued = None;
        r.after_close = None;
        return;
    }
    if r.closed() {
        r.after_close.get_or_insert(e.line);
    }
    if e.f.has(flag::LEGAL) {
        r.legal += 1;
        if let Some(run) = &mut r.run {
            run.2 += 1;
        }
    }
    if r.hint.is_none() && after_footnotes {
        // A markdown page ends with its footnote block: the next line starts a page.
        r.hint = Some(here);
    }
    // A tag manager's frame may stand at the end of the page before: a real page-start
    // line after it starts the page.
    let open_hint = r.hint.is_none() || r.weak_hint && !e.f.has(flag::WEAK_START);
    // A skip link printed again within a few lines is a menu's (one per section).
    let menu_skip =
        (1..=SKIP_REPEAT).contains(&e.s.echo_next) || (1..=SKIP_REPEAT).contains(&e.s.echo_prev);
    if open_hint && e.f.has(flag::PAGE_START | flag::LINK_REL) && !menu_skip {
        // The page's `<title>` line printed right before its skip link starts the page,
        // and so do the few lines after a blank run right before it.
        let mut at = before.unwrap_or(here);
        if let Some((c, n, legal, 0)) = r.run
            && (n <= MAX_RUN_TO_HINT && legal < 2 || n <= MAX_CHROME_TO_HINT && legal == 0)
            && c.line < at.line
            && !gappy
        {
            at = c;
        }
        r.hint = Some(at);
        r.feed_link = e.f.has(flag::LINK_REL);
        r.weak_hint = e.f.has(flag::WEAK_START);
    } else if !r.feed_link && e.f.has(flag::LINK_REL) {
        // A text browser prints the links of a page's head before anything of its body:
        // page-start chrome before them ended the page before.
        r.hint = Some(here);
        r.feed_link = true;
    }
    // A back-to-top link ends the page's text: blank runs before it were gaps in it.
    // (The run right before it stays, anchored at the link: moved to the line after the
    // link, it placed pages in the footer that follows such a link on the dev corpus.)
    if e.f.has(flag::TO_TOP) {
        r.blank = None;
        r.wide = None;
        r.glued = None;
    }
    let n = e.s.blank_before;
    if n >= 2 && r.blank.is_none_or(|(_, m)| n > m) {
        r.blank = Some((here, n));
        r.blank_footer = false;
        r.blank_own = false;
    }
    if e.f.has(flag::LEGAL)
        && !e.f.has(flag::LEGAL_BAR)
        && r.blank.is_some_and(|(b, _)| b.line < e.line)
    {
        r.blank_footer = true;
    }
    // The footer's link bar: a wide run before it was a gap in the footer of the page
    // before.
    if e.f.has(flag::LEGAL_BAR) {
        r.wide = None;
        r.glued = None;
    } else if n >= WIDE_RUN
        && (r.wide.is_none() || r.wide_marks || r.legal_tail.is_some_and(|t| t <= LEGAL_TAIL))
    {
        // The first wide run; or one right after a footer's legal links printed as a
        // list, or after nothing but marks: the page before ended there, whatever
        // earlier run its footer had.
        r.wide = Some(here);
        r.wide_own = false;
        r.glued = None;
        r.wide_marks = e.f.has(flag::SYMBOLIC);
    } else {
        r.wide_marks &= e.f.has(flag::SYMBOLIC);
    }
    let legal = e.f.has(flag::LEGAL);
    r.legal_tail = if legal && r.prev_legal {
        Some(0)
    } else {
        r.legal_tail.map(|t| t + 1)
    };
    r.prev_legal = legal;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signals_set_round_trip() {
        let s = Signals::default()
            .with(Signal::TitleEcho)
            .with(Signal::BlankRun);
        assert!(s.contains(Signal::TitleEcho));
        assert!(!s.contains(Signal::Heading));
        assert_eq!(s.to_vec(), vec![Signal::TitleEcho, Signal::BlankRun]);
        for sig in Signal::ALL {
            assert!(!sig.as_str().is_empty());
        }
    }

    #[test]
    fn a_short_page_shows_its_tail_once_a_page_start_or_footer_ended_it() {
        let mut st = State::initial();
        st.lead_chars = 250;
        st.tail = Region::after(10);
        // Without a page-start line or a closing line, the lead's own region stands.
        assert_eq!(lead_state(&st).region, st.region);
        st.tail.hint = Some(Cand { line: 12, byte: 0 });
        assert_eq!(lead_state(&st).region, st.tail);
        let mut footer = st;
        footer.tail.hint = None;
        footer.tail.closed_at = Some(11);
        assert_eq!(lead_state(&footer).region, footer.tail);
        // Less text (a page without a paragraph), or a brief that tracks its region
        // anyway, or a body: the state as it is.
        for (chars, phase) in [
            (100, Phase::Lead),
            (ADOPT_CHARS, Phase::Lead),
            (250, Phase::Body),
        ] {
            let mut other = st;
            other.lead_chars = chars;
            other.phase = phase;
            assert_eq!(lead_state(&other).region, other.region);
        }
    }

    #[test]
    fn an_extract_spaces_its_blocks_has_text_and_little_chrome() {
        let stats = |text, gapped, body, chrome| FileStats {
            text,
            gapped,
            body,
            chrome,
            ..FileStats::default()
        };
        assert!(stats(20, 19, 10, 2).extract());
        // The first line and the line judged may lack a gap: 18 of 20 is 90%.
        assert!(stats(20, 18, 10, 2).extract());
        assert!(!stats(20, 15, 10, 2).extract(), "blocks not spaced");
        assert!(!stats(20, 19, 3, 2).extract(), "hardly any text");
        assert!(!stats(20, 19, 10, 8).extract(), "chrome");
        assert!(!stats(9, 9, 9, 0).extract(), "too short to tell");
    }

    #[test]
    fn score_adds_weights_and_reports_positive_signals() {
        let mut t = [0.0; N_TERMS];
        let idx = |name: &str| TERMS.iter().position(|(n, _, _)| *n == name).unwrap();
        t[idx("title_back")] = 1.0;
        t[idx("no_body")] = 1.0;
        let p = Params::default();
        let (s, sig) = score(&t, &p.weights);
        assert_eq!(s, TERMS[idx("title_back")].1 + TERMS[idx("no_body")].1);
        assert_eq!(sig.to_vec(), vec![Signal::TitleEcho]);
    }
}
