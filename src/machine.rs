//! The state machine that decides where articles start.
//!
//! It walks the lines once, in order, each with its final [`Evidence`]. The state is
//! plain data ([`State`]) and one pure function ([`step`]) maps a state and a line to the
//! next state and an [`Action`]. An article is in one of two phases:
//!
//! * [`Phase::Lead`]: the page has started but its text has not: chrome, the title line,
//!   the headline, captions, bylines. Nothing here opens another article, except site
//!   chrome that recurs at every article start after a long lead.
//! * [`Phase::Body`]: the article's text has begun. From here a **header block** opens a
//!   new article when its evidence adds up: a headline that is echoed (title line and
//!   `<h1>`, a headline printed twice), a markdown heading, a byline and body after it;
//!   and in the stretch since the last body line, page-start chrome (skip links, feed
//!   links), a closing line (a source, a copyright) or a run of blank lines.
//!
//! Inside [`Phase::Body`] the machine keeps a [`Region`]: what it saw since the last line
//! that surely belongs to the current article. When a new article opens, the boundary
//! goes to the first line of the new page that the region shows (a page-start line, the
//! end of a blank run after the last closing line, an earlier printing of the headline),
//! else to the headline itself. A "related articles" list or a teaser prints headlines
//! too, but without echo, without page-start evidence and without a body after them; so
//! their score stays under the threshold and the article is not cut.

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
    /// A title line whose headline part recurs as a line further on.
    TitleEcho,
    /// A headline printed twice within a few lines.
    HeadlineEcho,
    /// A markdown heading (`#`).
    Heading,
    /// A byline or date right after the headline.
    Byline,
    /// Body text right after the header block.
    BodyFollows,
    /// Page-start chrome before the headline: skip links, feed links, tag frames.
    PageStart,
    /// The previous article was closed by a source line or a copyright footer.
    Closing,
    /// A run of blank lines before the new article.
    BlankRun,
    /// The file's opening chrome recurs here (a site header at every article start).
    RecurringChrome,
}

impl Signal {
    /// All signals, in bit order.
    pub const ALL: [Signal; 10] = [
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

/// Tuning of the machine; the defaults are what the crate ships.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Params {
    /// Score a header block needs to open an article.
    pub threshold: f32,
    /// Body lines an article needs before another may open.
    pub min_body: u32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            threshold: 3.0,
            min_body: 2,
        }
    }
}

/// The phase of the current article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Before the article's text.
    Lead,
    /// In the article's text.
    Body,
}

/// A place where an article may start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cand {
    pub line: usize,
    pub byte: usize,
}

/// What the machine saw since the last line that surely belongs to the current article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// First line after that line.
    pub first: Cand,
    /// The first page-start line after the last closing line.
    pub hint: Option<Cand>,
    /// The line after the longest blank run after the last closing line, and its length.
    pub blank: Option<(Cand, u32)>,
    /// A closing line (source, copyright) was seen.
    pub closed: bool,
}

impl Region {
    fn after(line: usize, byte: usize) -> Region {
        Region {
            first: Cand { line, byte },
            hint: None,
            blank: None,
            closed: false,
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
    /// The current article's headline line, once found.
    pub headline: Option<usize>,
    /// Lines since the article started.
    pub region: Region,
}

impl State {
    /// The state at the start of the input.
    pub fn initial() -> State {
        State {
            phase: Phase::Lead,
            start: 0,
            body: 0,
            headline: None,
            region: Region::after(0, 0),
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

/// How strongly a line looks like the headline of a new page.
fn anchor_score(e: &Evidence) -> (f32, Signals) {
    let (f, s) = (&e.f, &e.s);
    let mut score = 0.0;
    let mut sig = Signals::default();
    let title_like = matches!(f.class, LineClass::Headline) || f.has(flag::LINK_REL) && s.title_next > 0;
    if !title_like {
        return (0.0, sig);
    }
    if s.title_next > 0 {
        score += 3.0;
        sig = sig.with(Signal::TitleEcho);
    } else if s.echo_next > 0 && s.echo_next <= 12 {
        score += 2.0;
        sig = sig.with(Signal::HeadlineEcho);
    }
    match f.heading {
        1 => {
            score += 1.5;
            sig = sig.with(Signal::Heading);
        }
        2 | 3 => {
            score += 0.5;
            sig = sig.with(Signal::Heading);
        }
        _ => {}
    }
    if s.byline_ahead {
        score += 1.0;
        sig = sig.with(Signal::Byline);
    }
    if s.body_ahead >= 2 {
        score += 0.5;
        sig = sig.with(Signal::BodyFollows);
    } else if s.title_next == 0 {
        // A headline with no text after it is a teaser or a list entry.
        return (0.0, Signals::default());
    }
    (score, sig)
}

/// Evidence from the region before a header block.
fn region_score(r: &Region, e: &Evidence) -> (f32, Signals) {
    let mut score = 0.0;
    let mut sig = Signals::default();
    if r.hint.is_some() {
        score += 2.0;
        sig = sig.with(Signal::PageStart);
    }
    if r.closed {
        score += 1.0;
        sig = sig.with(Signal::Closing);
    }
    let blanks = r.blank.map_or(0, |(_, n)| n).max(e.s.blank_before);
    if blanks >= 3 {
        score += 1.0;
        sig = sig.with(Signal::BlankRun);
    } else if blanks == 2 {
        score += 0.5;
        sig = sig.with(Signal::BlankRun);
    }
    (score, sig)
}

/// Where the new page starts, given the header block at `e`.
fn placement(r: &Region, e: &Evidence) -> Cand {
    let mut at = Cand {
        line: e.line,
        byte: e.start,
    };
    if let Some(h) = r.hint {
        if h.line < at.line {
            at = h;
        }
    }
    if let Some((b, n)) = r.blank {
        if n >= 2 && b.line < at.line {
            at = b;
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
            if st.headline.is_none() && anchor_score(e).0 > 0.0 {
                st.headline = Some(e.line);
            }
            if is_content(e) {
                st.body += 1;
                if st.body >= p.min_body {
                    st.phase = Phase::Body;
                    st.region = Region::after(e.line + 1, 0);
                }
            }
            (st, Action::None)
        }
        Phase::Body => {
            // Site chrome that opened the input recurs: a new page, whatever follows.
            if e.s.opening {
                let at = Cand {
                    line: e.line,
                    byte: e.start,
                };
                return open(at, 4.0, Signals::default().with(Signal::RecurringChrome), e);
            }
            let (a, asig) = anchor_score(e);
            if a > 0.0 {
                let (r, rsig) = region_score(&st.region, e);
                let score = a + r;
                if score >= p.threshold {
                    let at = placement(&st.region, e);
                    let at = earliest_echo(&st.region, e, at);
                    return open(at, score, Signals(asig.0 | rsig.0), e);
                }
            }
            // Track the region.
            if is_content(e) || e.f.class == LineClass::Headline && e.s.body_ahead >= 2 {
                st.body += u32::from(is_content(e));
                st.region = Region::after(e.line + 1, 0);
            } else if e.f.class == LineClass::Source || e.f.has(flag::COPYRIGHT) {
                st.region.closed = true;
                st.region.hint = None;
                st.region.blank = None;
            } else if !e.f.is_blank() {
                let here = Cand {
                    line: e.line,
                    byte: e.start,
                };
                if st.region.hint.is_none() && e.f.has(flag::PAGE_START | flag::LINK_REL) {
                    st.region.hint = Some(here);
                }
                let n = e.s.blank_before;
                if n >= 2 && st.region.blank.is_none_or(|(_, m)| n > m) {
                    st.region.blank = Some((here, n));
                }
            }
            (st, Action::None)
        }
    }
}

/// An earlier printing of the headline inside the region moves the boundary back to it
/// (a breadcrumb or an image alt text that repeats the headline).
fn earliest_echo(r: &Region, e: &Evidence, at: Cand) -> Cand {
    let d = e.s.echo_prev as usize;
    if d > 0 && e.line >= d && e.line - d >= r.first.line && e.line - d < at.line {
        // The byte offset of that line is not known here; the engine resolves it.
        Cand {
            line: e.line - d,
            byte: usize::MAX,
        }
    } else {
        at
    }
}

fn open(at: Cand, score: f32, signals: Signals, e: &Evidence) -> (State, Action) {
    let mut st = State::initial();
    st.start = at.line;
    st.headline = (e.f.class == LineClass::Headline).then_some(e.line);
    (st, Action::Open { at, score, signals })
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
}
