//! The state machine that decides where articles start.
//!
//! It walks the lines once, in order, each with its final [`Evidence`]. The state is
//! plain data ([`State`]) and one pure function ([`step`]) maps a state and a line to the
//! next state and an [`Action`]. An article is in one of two phases:
//!
//! * [`Phase::Lead`]: the page has started but its text has not: chrome, the title line,
//!   the headline, captions, bylines. Nothing here opens another article.
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
//! printing of the headline, a page-start line or the end of a blank run in the region;
//! else the line itself. A "related articles" list or a teaser prints headlines too, but
//! without echo, page-start evidence or body after them, so they stay under the threshold.

use crate::classify::{LineClass, flag};
use crate::signals::Evidence;

/// One kind of boundary evidence (a bit in [`Signals`]).
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
}

impl Signal {
    /// All signals, in bit order.
    pub const ALL: [Signal; 13] = [
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
        Signal::ALL.into_iter().filter(|s| self.contains(*s)).collect()
    }
}

/// Number of evidence terms.
pub(crate) const N_TERMS: usize = 29;

/// The evidence terms: name, weight, and the signal it reports.
pub(crate) const TERMS: [(&str, f32, Option<Signal>); N_TERMS] = [
    // The line itself.
    ("title_back", 4.8, Some(Signal::TitleEcho)),
    ("echo_back", -0.05, Some(Signal::HeadlineEcho)),
    ("echo_near", 0.1, Some(Signal::HeadlineEcho)),
    ("echo_fwd", 0.25, Some(Signal::HeadlineEcho)),
    ("title_fwd", 4.3, Some(Signal::TitleEcho)),
    ("heading1", 1.35, Some(Signal::Heading)),
    ("heading2", -2.5, Some(Signal::Heading)),
    ("byline", 1.0, Some(Signal::Byline)),
    ("body2", 0.35, Some(Signal::BodyFollows)),
    ("no_body", -0.8, None),
    ("site_suffix", 1.9, Some(Signal::SiteName)),
    ("site_line", 0.9, Some(Signal::SiteName)),
    ("repeated", -0.6, None),
    ("covered", 1.65, Some(Signal::BodyFollows)),
    ("uncovered", -1.5, None),
    // The region since the last body line.
    ("hint", 2.2, Some(Signal::PageStart)),
    ("closed", 1.7, Some(Signal::Closing)),
    ("blank3", 1.5, Some(Signal::BlankRun)),
    ("blank2", 0.65, Some(Signal::BlankRun)),
    ("chrome10", 0.2, Some(Signal::ChromeRun)),
    ("chrome30", 0.95, Some(Signal::ChromeRun)),
    // Right after body text (only blank lines between).
    ("site_adjacent", 1.15, Some(Signal::SiteName)),
    ("echo_adjacent", 0.4, Some(Signal::HeadlineEcho)),
    ("blank_adjacent", 0.2, Some(Signal::BlankRun)),
    ("echo_site", 0.0, Some(Signal::TitleEcho)),
    ("topic_shift", 0.5, Some(Signal::BodyFollows)),
    ("covered_before", -1.5, None),
    ("fresh_text", 0.75, Some(Signal::NewTopic)),
    ("stale_text", -0.5, None),
];

/// Score of a recurrence of the file's opening chrome.
const OPENING_SCORE: f32 = 6.0;

/// Values of the evidence terms for one line.
pub(crate) type Terms = [f32; N_TERMS];

/// Score a header block needs to open an article, by default.
pub(crate) const DEFAULT_THRESHOLD: f32 = 6.0;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// First line after that line.
    pub first: usize,
    /// The first page-start line after the last closing line.
    pub hint: Option<Cand>,
    /// The line after the longest blank run after the last closing line, and its length.
    pub blank: Option<(Cand, u32)>,
    /// A closing line (source, copyright) was seen.
    pub closed: bool,
    /// Non-blank lines that are not body text.
    pub chrome: u32,
}

impl Region {
    fn after(line: usize) -> Region {
        Region {
            first: line,
            hint: None,
            blank: None,
            closed: false,
            chrome: 0,
        }
    }
}

/// The machine's state: plain data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct State {
    pub phase: Phase,
    /// First line of the current article.
    pub start: usize,
    /// Body lines of the current article.
    pub body: u32,
    /// The first body line of the current article.
    pub first_body: Option<usize>,
    /// The current article's headline line, once found.
    pub headline: Option<usize>,
    /// Since the last body line.
    pub region: Region,
}

impl State {
    /// The state at the start of the input.
    pub fn initial() -> State {
        State::opened(0, None)
    }

    fn opened(start: usize, headline: Option<usize>) -> State {
        State {
            phase: Phase::Lead,
            start,
            body: 0,
            first_body: None,
            headline,
            region: Region::after(start),
        }
    }
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
}

/// True when the line could be the headline of a page.
pub(crate) fn is_candidate(e: &Evidence) -> bool {
    e.f.class == LineClass::Headline && e.f.key_len >= 6
}

/// The evidence terms for a candidate line in state `st`.
pub(crate) fn terms(st: &State, e: &Evidence) -> Terms {
    let (f, s, r) = (&e.f, &e.s, &st.region);
    let b = |c: bool| if c { 1.0 } else { 0.0 };
    let title_back = s.title_prev > 0 && title_line_ok(st, e);
    let echo_back = s.echo_prev > 0 && s.repeat == 1;
    let blanks = r.blank.map_or(0, |(_, n)| n).max(s.blank_before);
    let adjacent = r.chrome <= 2;
    [
        b(title_back),
        b(echo_back && !title_back),
        b(echo_back && s.echo_prev <= 8),
        b(s.echo_next > 0 && s.echo_next <= 8 && s.repeat == 0),
        b(s.title_next > 0),
        b(f.heading == 1),
        b(f.heading == 2 || f.heading == 3),
        b(s.byline_ahead),
        b(s.body_ahead >= 2),
        b(s.body_ahead == 0),
        b(f.has(flag::SITE_SUFFIX)),
        b(s.site_line),
        b(s.repeat >= 2),
        b(s.coverage().is_some_and(|c| c >= 0.3)),
        b(s.coverage() == Some(0.0)),
        b(r.hint.is_some()),
        b(r.closed),
        b(blanks >= 3),
        b(blanks == 2),
        b(r.chrome >= 10),
        b(r.chrome >= 30),
        b(adjacent && (f.has(flag::SITE_SUFFIX) || s.site_line)),
        b(adjacent && (echo_back && s.echo_prev <= 8 || s.echo_next > 0 && s.echo_next <= 8 && s.repeat == 0)),
        b(adjacent && blanks >= 2),
        b(s.echo_site),
        b(adjacent
            && st.body >= 3
            && s.coverage_before().is_some_and(|c| c <= 0.1)
            && s.coverage().is_some_and(|c| c >= 0.3)),
        b(s.coverage_before().is_some_and(|c| c >= 0.5)),
        b(s.fresh_ahead.is_some_and(|f| f >= 80)),
        b(s.fresh_ahead.is_some_and(|f| f <= 50)),
    ]
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
            if let Some(s) = s {
                if *w > 0.0 {
                    sig = sig.with(*s);
                }
            }
        }
    }
    (score, sig)
}

/// Where the new page starts, given the headline at `e`.
fn placement(st: &State, e: &Evidence) -> Cand {
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
    if e.s.title_prev > 0 && title_line_ok(st, e) {
        consider(Cand::line_only(e.line - e.s.title_prev as usize));
    }
    if e.s.echo_prev > 0 && e.s.repeat == 1 {
        let p = e.line - e.s.echo_prev as usize;
        if p >= r.first {
            consider(Cand::line_only(p));
        }
    }
    if let Some(h) = r.hint {
        consider(h);
    }
    if let Some((b, n)) = r.blank {
        if n >= 2 {
            consider(b);
        }
    }
    at
}

/// True when the line surely belongs to the article it is in (its text).
fn is_content(e: &Evidence) -> bool {
    e.f.class == LineClass::Body && !e.f.has(flag::COOKIE | flag::WIDGET | flag::COPYRIGHT)
}

/// One step: the state after line `e`, and what to do.
pub(crate) fn step(state: State, e: &Evidence, p: &Params) -> (State, Action) {
    let mut st = state;
    match st.phase {
        Phase::Lead => {
            if st.headline.is_none() && is_candidate(e) && e.s.body_ahead > 0 {
                st.headline = Some(e.line);
            }
            if is_content(e) {
                st.body += 1;
                st.first_body.get_or_insert(e.line);
                if st.body >= p.min_body {
                    st.phase = Phase::Body;
                    st.region = Region::after(e.line + 1);
                }
            }
            (st, Action::None)
        }
        Phase::Body => {
            // Site chrome that opened the input recurs: a new page, whatever follows.
            if e.s.opening && OPENING_SCORE >= p.threshold {
                let at = Cand {
                    line: e.line,
                    byte: e.start,
                };
                let signals = Signals::default().with(Signal::RecurringChrome);
                return (
                    State::opened(e.line, None),
                    Action::Open {
                        at,
                        score: OPENING_SCORE,
                        signals,
                    },
                );
            }
            if is_candidate(e) {
                let t = terms(&st, e);
                let (score, signals) = score(&t, &p.weights);
                if score >= p.threshold - 1e-4 {
                    let at = placement(&st, e);
                    return (
                        State::opened(at.line, Some(e.line)),
                        Action::Open { at, score, signals },
                    );
                }
            }
            st.region = track(st.region, e);
            if is_content(e) {
                st.body += 1;
            }
            (st, Action::None)
        }
    }
}

/// The region after line `e`.
fn track(r: Region, e: &Evidence) -> Region {
    let mut r = r;
    if is_content(e) {
        return Region::after(e.line + 1);
    }
    if e.f.is_blank() {
        return r;
    }
    r.chrome += 1;
    let here = Cand {
        line: e.line,
        byte: e.start,
    };
    if e.f.class == LineClass::Source || e.f.has(flag::COPYRIGHT) {
        r.closed = true;
        r.hint = None;
        r.blank = None;
        return r;
    }
    if r.hint.is_none() && e.f.has(flag::PAGE_START | flag::LINK_REL) {
        r.hint = Some(here);
    }
    let n = e.s.blank_before;
    if n >= 2 && r.blank.is_none_or(|(_, m)| n > m) {
        r.blank = Some((here, n));
    }
    r
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
