//! The public API: [`Segmenter`], [`Segmentation`], [`Article`], [`Boundary`].
//!
//! The [`Engine`] drives the pipeline one line at a time: classify it, hand it to the
//! signal window, and feed every line whose evidence is final to the state machine. It
//! types each line (headline, echo, caption, …) as the machine passes it and collects
//! the typed spans, headline and source of the article being read. The same engine runs
//! the batch API ([`Segmenter::segment`]) and the streaming API, which is why both give
//! the same articles.

use crate::classify::{Classifier, LineClass, Scratch, ValueKind, flag};
use crate::config::{SegmenterBuilder, SegmenterConfig};
use crate::error::Error;
use crate::lines::LineIter;
use crate::machine::{self, Action, Cand, Params, Phase, Signal, Signals, State};
use crate::signals::{self, Evidence};
use crate::span::{LineSpan, Span, SpanKind, TypedSpan};
use crate::wrap::{self, Joiner, PhysMap, Shape};
use std::borrow::Cow;
use std::collections::VecDeque;

/// Splits concatenated scrapes into articles.
///
/// Build it once ([`Segmenter::new`] or [`Segmenter::builder`]) and use it for any number
/// of texts, from any number of threads: it is `Clone + Send + Sync` and segmenting
/// does not mutate it.
///
/// ```
/// use article_segmenter::Segmenter;
/// let text = "Harbour Town Votes to Keep Its Ferry\n\n\
///             The council voted on Monday to keep the ferry running for ten more years.\n\n\
///             The vote was close, and the mayor said the money would come from parking fees.\n\n\
///             Source: Coast Courier\n";
/// let out = Segmenter::new().segment(text);
/// assert_eq!(out.len(), 1);
/// let a = &out.articles()[0];
/// assert_eq!(a.headline(), Some("Harbour Town Votes to Keep Its Ferry"));
/// assert_eq!(a.source(), Some("Coast Courier"));
/// assert_eq!(a.as_str(), text);
/// ```
#[derive(Clone, Debug)]
pub struct Segmenter {
    classifier: Classifier,
    params: Params,
    window: usize,
    config: SegmenterConfig,
}

impl Default for Segmenter {
    fn default() -> Segmenter {
        Segmenter::new()
    }
}

/// Confidence of a boundary with the given evidence score, in `[0, 1)`.
pub(crate) fn confidence_of(score: f32) -> f32 {
    (1.0 - (-score / 4.0).exp()).max(0.0)
}

/// The score a boundary needs for confidence `c` (inverse of [`confidence_of`]).
pub(crate) fn score_for_confidence(c: f32) -> f32 {
    if c >= 1.0 {
        f32::INFINITY
    } else if c <= 0.0 {
        0.0
    } else {
        -4.0 * (1.0 - c).ln()
    }
}

impl Segmenter {
    /// A segmenter with the default settings, tuned for real scrapes.
    pub fn new() -> Segmenter {
        let config = SegmenterConfig::default();
        Segmenter {
            classifier: Classifier::default(),
            params: Params::default(),
            window: config.window,
            config,
        }
    }

    /// A builder for non-default settings.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::new()
    }

    pub(crate) fn from_parts(
        classifier: Classifier,
        params: Params,
        window: usize,
        config: SegmenterConfig,
    ) -> Segmenter {
        Segmenter {
            classifier,
            params,
            window,
            config,
        }
    }

    /// The settings this segmenter was built with.
    pub fn config(&self) -> &SegmenterConfig {
        &self.config
    }

    /// Every line with its class, kind and evidence, and where articles open: what the
    /// segmenter saw, for debugging rules and configurations. The lines of a hard-wrapped
    /// paragraph, read as one, have one entry. Costs more than
    /// [`segment`](Segmenter::segment) and holds a record per line.
    pub fn trace(&self, text: &str) -> Vec<LineTrace> {
        let mut engine = Engine::new(self);
        engine.trace = Some(Vec::new());
        for line in LineIter::new(text, 0, self.config.max_line_bytes) {
            engine.push(line.start, line.end, line.content(text));
        }
        engine.finish();
        let mut trace = engine.trace.take().unwrap_or_default();
        let mut starts = std::collections::HashSet::new();
        // A line's kind is final once its article is: the headline is picked among the
        // article's headline-like lines only then, the others become echoes.
        while let Some(article) = engine.pop() {
            starts.insert(article.lines.start);
            for s in &article.spans {
                // Entries are in line order; a joined line has one entry.
                let from = trace.partition_point(|t| t.line < s.lines.start);
                let to = trace.partition_point(|t| t.line < s.lines.end);
                for t in &mut trace[from..to] {
                    t.kind = s.kind;
                }
            }
        }
        // An opening that a stronger page start moved is not where an article opens.
        for t in &mut trace {
            if t.opens.is_some_and(|(l, _)| !starts.contains(&l)) {
                t.opens = None;
            }
        }
        trace
    }

    /// Splits `text` into articles. Never fails: any `&str` is valid input, and the
    /// articles tile it exactly (an empty text has no article).
    pub fn segment<'h>(&self, text: &'h str) -> Segmentation<'h> {
        Segmentation {
            text,
            articles: self.articles(text).collect(),
        }
    }

    /// The articles of `text`, lazily: each is yielded as soon as its end is certain,
    /// once `window` lines past the next article's start have been read and that start
    /// can no longer move (the next article has text, or is 40 lines or 1 MiB into its
    /// lead: until then a stronger page start may move it), holding only a bounded
    /// window of lines.
    /// Collected, they equal [`segment`](Segmenter::segment)'s.
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// let seg = Segmenter::new();
    /// let text = "Ferry News\n\nThe ferry runs again on Monday.\n";
    /// let lazy: Vec<_> = seg.articles(text).collect();
    /// assert_eq!(lazy, seg.segment(text).into_articles());
    /// ```
    pub fn articles<'s, 'h>(&'s self, text: &'h str) -> Articles<'s, 'h> {
        Articles {
            engine: Engine::new(self),
            lines: LineIter::new(text, 0, self.config.max_line_bytes),
            text,
            done: false,
        }
    }

    /// Splits bytes that must be UTF-8 into articles.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8) when `bytes` is not valid
    /// UTF-8; [`Error::utf8_offset`] gives the offset of the first invalid byte.
    ///
    /// ```
    /// use article_segmenter::{ErrorKind, Segmenter};
    /// let seg = Segmenter::new();
    /// assert_eq!(seg.segment_bytes(b"Ferry News\n\nThe ferry runs.\n").unwrap().len(), 1);
    /// let err = seg.segment_bytes(b"Ferry\n\xff\xfe").unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
    /// assert_eq!(err.utf8_offset(), Some(6));
    /// ```
    pub fn segment_bytes<'h>(&self, bytes: &'h [u8]) -> Result<Segmentation<'h>, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::utf8(e.valid_up_to()))?;
        Ok(self.segment(text))
    }
}

/// One line as the segmenter saw it: for debugging rules and configurations
/// ([`Segmenter::trace`]).
///
/// ```
/// use article_segmenter::{LineClass, Segmenter, SpanKind};
///
/// let text = "Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
///             The ferry to the island runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n";
/// let trace = Segmenter::new().trace(text);
/// assert_eq!(trace.len(), 7, "one entry per line");
/// assert_eq!(trace[0].kind, SpanKind::HeadlineEcho, "the title line");
/// assert_eq!(trace[2].kind, SpanKind::Headline, "the <h1> line");
/// assert_eq!(trace[6].class, LineClass::Source);
/// assert!(trace[0].evidence.contains("title>2"), "{}", trace[0].evidence);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineTrace {
    /// Line index (0-based). A hard-wrapped paragraph read as one line (see
    /// [`SegmenterBuilder::join_wrapped_lines`]) has one entry, at its first line.
    pub line: usize,
    /// The context-free class.
    pub class: LineClass,
    /// The span kind the line got in its article (as in [`Article::spans`]).
    pub kind: SpanKind,
    /// True once the article's text has begun (the machine's body phase).
    pub in_body: bool,
    /// The evidence on this line, compactly: `echo<3` (printed 3 lines before),
    /// `echo>5`, `title>40` (its headline part recurs 40 lines on), `blank3`, `body4`
    /// (body lines ahead), `opening`, and the line's flags.
    pub evidence: String,
    /// When an article opens because of this line: its first line and the confidence.
    pub opens: Option<(usize, f32)>,
    /// For a headline-like line: its evidence score.
    pub score: Option<f32>,
    /// For a headline-like line: the evidence terms that are not zero, with their values.
    pub terms: Vec<(String, f32)>,
    /// For a headline-like line: how much it looks like its article's headline.
    pub headline_score: Option<f32>,
}

/// The articles of a text, yielded as their ends become certain
/// ([`Segmenter::articles`]).
///
/// The same articles as [`Segmenter::segment`], without holding them all: each one is
/// yielded once the window has passed its end and the next article's start is final.
///
/// ```
/// use article_segmenter::Segmenter;
///
/// let text = "Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
///             The ferry to the island runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n\
///             Seal Count Breaks Its Record | Island Weekly\n\nSeal Count Breaks Its Record\n\n\
///             Volunteers counted more grey seals on the sandbanks than ever before.\n";
/// let seg = Segmenter::new();
/// let headlines: Vec<_> = seg.articles(text).filter_map(|a| a.headline().map(str::to_owned)).collect();
/// assert_eq!(headlines, ["Harbour Ferry Runs Again", "Seal Count Breaks Its Record"]);
/// assert_eq!(seg.articles(text).collect::<Vec<_>>(), seg.segment(text).into_articles());
/// ```
pub struct Articles<'s, 'h> {
    engine: Engine<'s>,
    lines: LineIter<'h>,
    text: &'h str,
    done: bool,
}

impl std::fmt::Debug for Articles<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Articles")
            .field("engine", &self.engine)
            .field("done", &self.done)
            .finish()
    }
}

impl<'h> Iterator for Articles<'_, 'h> {
    type Item = Article<'h>;

    fn next(&mut self) -> Option<Article<'h>> {
        loop {
            if let Some(raw) = self.engine.pop() {
                return Some(raw.into_article(self.text, 0));
            }
            if self.done {
                return None;
            }
            match self.lines.next() {
                Some(line) => self
                    .engine
                    .push(line.start, line.end, line.content(self.text)),
                None => {
                    self.engine.finish();
                    self.done = true;
                }
            }
        }
    }
}

impl std::iter::FusedIterator for Articles<'_, '_> {}

/// Why an article starts where it does.
///
/// ```
/// use article_segmenter::{Segmenter, Signal};
///
/// let text = "Harbour Ferry Runs Again\n\nThe ferry runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n\n\n\
///             Seal Count Breaks Its Record | Island Weekly\n\nSeal Count Breaks Its Record\n\n\
///             Volunteers counted more grey seals on the sandbanks than ever before.\n";
/// let out = Segmenter::new().segment(text);
/// assert_eq!(out.articles()[0].boundary().signals, [Signal::InputStart]);
/// let second = out.articles()[1].boundary();
/// assert!(second.signals.contains(&Signal::TitleEcho));
/// assert!(second.signals.contains(&Signal::Closing), "the source line closed the first");
/// assert!(second.confidence > 0.5);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Boundary {
    /// Confidence in `[0, 1]`; the first article of a text has 1.
    pub confidence: f32,
    /// The evidence that fired, in a fixed order.
    pub signals: Vec<Signal>,
}

/// One article: a byte and line range of the input with its headline, source and typed
/// spans.
///
/// It borrows from the segmented text ([`into_owned`](Article::into_owned) detaches it).
///
/// ```
/// use article_segmenter::{Segmenter, SpanKind};
///
/// let text = "Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
///             The ferry to the island runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n";
/// let out = Segmenter::new().segment(text);
/// let a = &out.articles()[0];
/// assert_eq!(a.as_str(), text);
/// assert_eq!((a.lines().start, a.lines().end), (0, 7));
/// assert_eq!(a.headline(), Some("Harbour Ferry Runs Again"));
/// assert_eq!(a.headline_line(), Some(2));
/// assert_eq!(a.source(), Some("Coast Courier"));
/// let kinds: Vec<SpanKind> = a.spans().iter().map(|s| s.kind).collect();
/// assert_eq!(kinds[..3], [SpanKind::HeadlineEcho, SpanKind::Blank, SpanKind::Headline]);
/// assert_eq!(a.body(), "The ferry to the island runs again from Monday, the council said.");
/// assert!(a.clean_text().starts_with("Harbour Ferry Runs Again\n\nThe ferry"));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Article<'h> {
    #[cfg_attr(feature = "serde", serde(borrow))]
    text: Cow<'h, str>,
    span: Span,
    lines: LineSpan,
    #[cfg_attr(feature = "serde", serde(borrow))]
    headline: Option<Cow<'h, str>>,
    headline_line: Option<usize>,
    #[cfg_attr(feature = "serde", serde(borrow))]
    source: Option<Cow<'h, str>>,
    source_line: Option<usize>,
    spans: Vec<TypedSpan>,
    boundary: Boundary,
}

impl<'h> Article<'h> {
    /// The article's text, exactly as in the input (`&input[self.span().range()]`).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Byte range in the input.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Line range in the input (0-based, end exclusive).
    pub fn lines(&self) -> LineSpan {
        self.lines
    }

    /// The clean headline: the `<h1>` text rather than a `Headline | Site` title line.
    pub fn headline(&self) -> Option<&str> {
        self.headline.as_deref()
    }

    /// The line the headline was taken from (0-based, in the input).
    pub fn headline_line(&self) -> Option<usize> {
        self.headline_line
    }

    /// The credited source or agency (`AFP`, `Reuters`, the value of a `Source:` line).
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// The line that credits the source (0-based, in the input).
    pub fn source_line(&self) -> Option<usize> {
        self.source_line
    }

    /// Typed spans: whole lines of one kind each, in order, tiling the article.
    pub fn spans(&self) -> &[TypedSpan] {
        &self.spans
    }

    /// Why the article starts here.
    pub fn boundary(&self) -> &Boundary {
        &self.boundary
    }

    /// The article with its own copies of its text, headline and source: not tied to
    /// the input's lifetime.
    pub fn into_owned(self) -> Article<'static> {
        let own = |c: Cow<'_, str>| Cow::Owned(c.into_owned());
        Article {
            text: own(self.text),
            span: self.span,
            lines: self.lines,
            headline: self.headline.map(own),
            headline_line: self.headline_line,
            source: self.source.map(own),
            source_line: self.source_line,
            spans: self.spans,
            boundary: self.boundary,
        }
    }

    /// The text of a typed span of this article.
    pub fn span_text(&self, s: &TypedSpan) -> &str {
        let a = s.span.start.saturating_sub(self.span.start);
        let b = s.span.end.saturating_sub(self.span.start);
        self.text.get(a..b).unwrap_or("")
    }

    /// The article's clean text: the headline (its clean form, not `Headline | Site`)
    /// first, then bylines, each caption once, the body paragraphs and the source line,
    /// in their order. Boilerplate, echoes and blank lines are left out; a line break
    /// joins lines that were adjacent, a blank line separates the others. Each line is
    /// trimmed.
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// let text = "Harbour News | Coast Courier\nMenu\n\nHarbour News\n\n\
    ///             The ferry runs again on Monday, the council said.\n\n\
    ///             Tickets cost the same as last year.\n\nShare this article\n";
    /// let out = Segmenter::new().segment(text);
    /// assert_eq!(
    ///     out.articles()[0].clean_text(),
    ///     "Harbour News\n\nThe ferry runs again on Monday, the council said.\n\n\
    ///      Tickets cost the same as last year."
    /// );
    /// ```
    pub fn clean_text(&self) -> String {
        let keep = |k: SpanKind| {
            matches!(
                k,
                SpanKind::Headline
                    | SpanKind::Byline
                    | SpanKind::Caption
                    | SpanKind::Body
                    | SpanKind::Source
            )
        };
        self.join_lines(keep, true)
    }

    /// The article's body paragraphs alone, trimmed, joined as in
    /// [`clean_text`](Article::clean_text).
    pub fn body(&self) -> String {
        self.join_lines(|k| k == SpanKind::Body, false)
    }

    fn join_lines(&self, keep: impl Fn(SpanKind) -> bool, headline_first: bool) -> String {
        let mut out = String::new();
        let mut last_line: Option<usize> = None;
        if headline_first && let Some(h) = self.headline.as_deref().map(str::trim) {
            out.push_str(h);
            // Whatever follows is a new paragraph.
            last_line = Some(usize::MAX - 1);
        }
        for sp in &self.spans {
            if !keep(sp.kind) || headline_first && sp.kind == SpanKind::Headline {
                continue;
            }
            let text = self.span_text(sp);
            for (i, line) in text.lines().enumerate() {
                let n = sp.lines.start + i;
                let line = line.trim();
                if line.is_empty() {
                    continue;
                }
                match last_line {
                    Some(l) if l + 1 == n => out.push('\n'),
                    Some(_) => out.push_str("\n\n"),
                    None => {}
                }
                out.push_str(line);
                last_line = Some(n);
            }
        }
        out
    }
}

/// The articles of one text, in order ([`Segmenter::segment`]).
///
/// ```
/// use article_segmenter::Segmenter;
///
/// let text = "Harbour Ferry Runs Again\n\nThe ferry runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n\n\n\
///             Seal Count Breaks Its Record | Island Weekly\n\nSeal Count Breaks Its Record\n\n\
///             Volunteers counted more grey seals on the sandbanks than ever before.\n";
/// let out = Segmenter::new().segment(text);
/// assert_eq!(out.len(), 2);
/// assert_eq!(out.boundaries(), [7], "the line where each later article starts");
/// assert_eq!(out.text(), text);
/// assert!(Segmenter::new().segment("").is_empty());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Segmentation<'h> {
    text: &'h str,
    articles: Vec<Article<'h>>,
}

impl<'h> Segmentation<'h> {
    /// The segmented text.
    pub fn text(&self) -> &'h str {
        self.text
    }

    /// The articles, in input order.
    pub fn articles(&self) -> &[Article<'h>] {
        &self.articles
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// True for an empty input.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Start lines of every article after the first (the corpus' `boundaries`).
    pub fn boundaries(&self) -> Vec<usize> {
        self.articles
            .iter()
            .skip(1)
            .map(|a| a.lines.start)
            .collect()
    }

    /// The articles, consuming the segmentation.
    pub fn into_articles(self) -> Vec<Article<'h>> {
        self.articles
    }
}

/// An article as the engine produces it: offsets and typed spans, no text.
#[derive(Clone, Debug)]
pub(crate) struct RawArticle {
    pub span: Span,
    pub lines: LineSpan,
    pub headline: Option<(usize, Span)>,
    pub source: Option<(usize, SourceValue)>,
    pub spans: Vec<TypedSpan>,
    pub confidence: f32,
    pub signals: Signals,
}

/// Where a source's text is: in the input, or a canonical agency name.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SourceValue {
    Text(Span),
    Name(&'static str),
}

impl RawArticle {
    /// The article with the input's line numbers for the pipeline's logical ones.
    fn in_lines(mut self, phys: &PhysMap) -> RawArticle {
        let p = |l: usize| phys.physical(l);
        self.lines = LineSpan::new(p(self.lines.start), p(self.lines.end));
        for sp in &mut self.spans {
            sp.lines = LineSpan::new(p(sp.lines.start), p(sp.lines.end));
        }
        if let Some((l, _)) = &mut self.headline {
            *l = p(*l);
        }
        if let Some((l, _)) = &mut self.source {
            *l = p(*l);
        }
        self
    }

    /// The article over `text`, whose first byte is at absolute offset `base`.
    pub(crate) fn into_article(self, text: &str, base: usize) -> Article<'_> {
        let slice = |s: Span| -> &str { text.get(s.start - base..s.end - base).unwrap_or("") };
        Article {
            text: Cow::Borrowed(slice(self.span)),
            span: self.span,
            lines: self.lines,
            headline: self.headline.map(|(_, s)| Cow::Borrowed(slice(s))),
            headline_line: self.headline.map(|(l, _)| l),
            source: self.source.map(|(_, v)| {
                Cow::Borrowed(match v {
                    SourceValue::Text(s) => slice(s),
                    SourceValue::Name(n) => n,
                })
            }),
            source_line: self.source.map(|(l, _)| l),
            spans: self.spans,
            boundary: Boundary {
                confidence: self.confidence,
                signals: self.signals.to_vec(),
            },
        }
    }
}

/// What the engine accumulates for the article being read.
#[derive(Debug)]
struct Acc {
    start: Cand,
    headline: Option<(usize, Span)>,
    /// Key of the headline, for typing its echoes.
    headline_key: u64,
    source: Option<(usize, SourceValue, u8)>,
    spans: Vec<TypedSpan>,
    /// Headline-like lines, with their keys: those typed as the headline while it was
    /// still being chosen, and those read as text before the article was found to start
    /// above them (a page's `<title>` line above its `<h1>`).
    provisional: Vec<(usize, u64, [u64; 3])>,
    confidence: f32,
    signals: Signals,
}

impl Acc {
    fn new(start: Cand, confidence: f32, signals: Signals) -> Acc {
        Acc {
            start,
            headline: None,
            headline_key: 0,
            source: None,
            spans: Vec::new(),
            provisional: Vec::new(),
            confidence,
            signals,
        }
    }

    fn add(&mut self, kind: SpanKind, line: usize, span: Span) {
        self.push(TypedSpan {
            kind,
            span,
            lines: LineSpan::new(line, line + 1),
        });
    }

    /// Appends a span, merged into the last one when it continues it with the same kind.
    fn push(&mut self, sp: TypedSpan) {
        if let Some(last) = self.spans.last_mut()
            && last.kind == sp.kind
            && last.lines.end == sp.lines.start
            && last.span.end == sp.span.start
        {
            last.lines.end = sp.lines.end;
            last.span.end = sp.span.end;
            return;
        }
        self.spans.push(sp);
    }

    /// Moves the spans from line `at` on into a new list (they belong to the next article).
    fn split_spans(&mut self, at: usize) -> Vec<TypedSpan> {
        let mut moved = Vec::new();
        while let Some(last) = self.spans.last_mut() {
            if last.lines.start >= at {
                moved.push(self.spans.pop().expect("non-empty"));
            } else {
                if last.lines.end > at {
                    // Split the run: lines `at..` move. Byte offsets of the split come
                    // from the caller's line-start lookup.
                    moved.push(TypedSpan {
                        kind: last.kind,
                        span: Span::new(usize::MAX, last.span.end),
                        lines: LineSpan::new(at, last.lines.end),
                    });
                    last.lines.end = at;
                    last.span.end = usize::MAX;
                }
                break;
            }
        }
        moved.reverse();
        moved
    }

    fn finish(mut self, end: Cand) -> RawArticle {
        // Lines typed as the headline before a better one was found: an echo of the
        // final headline, or lead chrome. A line read as text before the article was
        // found to start above it, printing the headline (its `<title>` line): an echo.
        let final_line = self.headline.map(|(l, _)| l);
        let key = self.headline_key;
        for sp in &mut self.spans {
            let retype = match sp.kind {
                SpanKind::Headline => Some(sp.lines.start) != final_line,
                SpanKind::Body => {
                    final_line.is_some_and(|h| sp.lines.start < h)
                        && sp.lines.end == sp.lines.start + 1
                }
                _ => false,
            };
            if !retype {
                continue;
            }
            let echo = self.provisional.iter().any(|&(l, k, parts)| {
                l == sp.lines.start && key != 0 && (k == key || parts.contains(&key))
            });
            if echo {
                sp.kind = SpanKind::HeadlineEcho;
            } else if sp.kind == SpanKind::Headline {
                sp.kind = SpanKind::Boilerplate;
            }
        }
        RawArticle {
            span: Span::new(self.start.byte, end.byte),
            lines: LineSpan::new(self.start.line, end.line),
            headline: self.headline,
            source: self.source.map(|(l, v, _)| (l, v)),
            spans: self.spans,
            confidence: self.confidence,
            signals: self.signals,
        }
    }
}

/// Lines whose start bytes the engine keeps for boundaries placed back: as many as the
/// signals look back (an echo or a title line at most that far).
fn recent_lines(seg: &Segmenter) -> usize {
    seg.window.max(crate::signals::LOOKAHEAD + 1) + 1
}

/// Bytes of a new article's lead after which the article before it is final even if the
/// machine could still move the new one's start (it then opens a further article).
const MAX_HELD_LEAD_BYTES: usize = 1 << 20;

/// The incremental pipeline: lines in, articles out.
pub(crate) struct Engine<'s> {
    seg: &'s Segmenter,
    signals: signals::Signals,
    state: State,
    acc: Acc,
    /// Buffers of the line being pushed (reused).
    scratch: Scratch,
    /// Start bytes of the last lines the machine saw, for boundaries placed back.
    recent: VecDeque<(usize, usize)>,
    /// End of the last line the machine saw.
    pending_end: Option<usize>,
    /// Line records, when tracing.
    trace: Option<Vec<LineTrace>>,
    /// Articles whose end is certain, not yet taken.
    ready: VecDeque<RawArticle>,
    /// The article before the current one, while the machine may still move the
    /// current one's start (see [`Action::Move`] and [`Action::Back`]): its end is not
    /// certain yet.
    held: Option<Acc>,
    /// The input has ended.
    finished: bool,
    /// Joins the lines of hard-wrapped paragraphs ([`crate::wrap`]).
    joiner: Joiner,
    /// The input's line numbers of the logical lines the pipeline counts.
    phys: PhysMap,
}

impl std::fmt::Debug for Engine<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine")
            .field("signals", &self.signals)
            .field("state", &self.state)
            .field("held", &self.held.as_ref().map(|h| h.start))
            .finish()
    }
}

impl<'s> Engine<'s> {
    pub fn new(seg: &'s Segmenter) -> Engine<'s> {
        Engine {
            seg,
            signals: signals::Signals::new(seg.window, seg.config.max_lookahead_bytes),
            state: State::initial(),
            acc: Acc::new(
                Cand { line: 0, byte: 0 },
                1.0,
                Signals::default().with(Signal::InputStart),
            ),
            scratch: Scratch::default(),
            recent: VecDeque::with_capacity(recent_lines(seg) + 1),
            pending_end: None,
            trace: None,
            ready: VecDeque::new(),
            held: None,
            finished: false,
            joiner: Joiner::default(),
            phys: PhysMap::default(),
        }
    }

    /// Adds one line: its absolute start and end (terminator included) and its content.
    /// A full line of a hard-wrapped file waits for the next one, which may continue it
    /// ([`crate::wrap`]).
    pub fn push(&mut self, start: usize, end: usize, content: &str) {
        if !self.seg.config.join_wrapped_lines {
            self.push_logical(start, end, content, 1);
            return;
        }
        let chars = wrap::columns(content);
        self.joiner.width.observe(chars);
        let terminated = end - start > content.len();
        if self.joiner.is_pending() {
            let shape = Shape::of(content);
            // A joined line is no longer than a line, nor than an article may be.
            let max = (self.seg.config.max_line_bytes).min(self.seg.config.max_article_bytes);
            if self.joiner.continues(&shape, end - start, max) {
                self.joiner.append(start, end, content, &shape);
                if !self.joiner.may_continue(chars, terminated) {
                    self.flush_joined();
                }
                return;
            }
            self.flush_joined();
        }
        if self.joiner.may_continue(chars, terminated) {
            self.joiner.begin(start, end, content, &Shape::of(content));
        } else {
            self.push_logical(start, end, content, 1);
        }
    }

    /// Passes the logical line being joined on, if any.
    fn flush_joined(&mut self) {
        if let Some(p) = self.joiner.take() {
            self.push_logical(p.start, p.end, &p.text, p.lines);
            self.joiner.give_back(p.text);
        }
    }

    /// Classifies a logical line of `lines` input lines and feeds what is certain on.
    fn push_logical(&mut self, start: usize, end: usize, content: &str, lines: usize) {
        self.phys.record(self.signals.lines_seen(), lines);
        let f = self
            .seg
            .classifier
            .classify_words(content, &mut self.scratch);
        self.signals.push(start, end, f, &self.scratch);
        while let Some(e) = self.signals.pop(false) {
            self.feed(&e);
        }
    }

    /// An article whose end is certain, in the input's line numbers.
    fn emit(&mut self, raw: RawArticle) {
        let raw = raw.in_lines(&self.phys);
        self.ready.push_back(raw);
        let oldest = self
            .held
            .as_ref()
            .map_or(self.acc.start.line, |h| h.start.line);
        self.phys.forget_before(oldest.min(self.acc.start.line));
    }

    /// Ends the input: the remaining lines go through and the last article is emitted.
    /// Idempotent.
    pub fn finish(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        self.flush_joined();
        while let Some(e) = self.signals.pop(true) {
            self.feed(&e);
        }
        let lines = self.signals.lines_seen();
        if lines == 0 {
            return;
        }
        self.release();
        let end = Cand {
            line: lines,
            byte: self.pending_end.unwrap_or(self.acc.start.byte),
        };
        let last = std::mem::replace(&mut self.acc, Acc::new(end, 0.0, Signals::default()));
        self.emit(last.finish(end));
    }

    /// The next article whose end is certain.
    pub fn pop(&mut self) -> Option<RawArticle> {
        self.ready.pop_front()
    }

    fn byte_of(&self, line: usize) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .find(|(l, _)| *l == line)
            .map(|(_, b)| *b)
    }

    fn feed(&mut self, e: &Evidence) {
        if self.recent.len() > recent_lines(self.seg) {
            self.recent.pop_front();
        }
        self.recent.push_back((e.line, e.start));
        // The state before the step, for the trace only (a copy per line otherwise).
        // The state before the step with the line counted in the file's statistics, as
        // the step counts it before it weighs the line.
        let before = self.trace.is_some().then(|| {
            let mut st = self.state;
            st.file.count(e);
            st
        });
        let action = machine::step(&mut self.state, e, &self.seg.params);
        let mut opened = None;
        if let Action::Open { at, score, signals } | Action::Move { at, score, signals } = action {
            let at = if at.byte == usize::MAX {
                match self.byte_of(at.line) {
                    Some(b) => Cand {
                        line: at.line,
                        byte: b,
                    },
                    None => Cand {
                        line: e.line,
                        byte: e.start,
                    },
                }
            } else {
                at
            };
            if at.line > self.acc.start.line {
                // A move that would take the article before past the size limit opens an
                // article instead (and so does one with nothing held).
                let limit = self.seg.config.max_article_bytes;
                match self.held.take() {
                    Some(held)
                        if matches!(action, Action::Move { .. })
                            && at.byte - held.start.byte <= limit =>
                    {
                        self.relocate(held, at, score, signals);
                    }
                    held => {
                        self.held = held;
                        self.open(at, score, signals);
                    }
                }
                opened = Some((at.line, confidence_of(score)));
            } else {
                // The article was cut at the size limit after the machine's boundary: the
                // cut stays, with the machine's evidence.
                self.acc.confidence = confidence_of(score);
                self.acc.signals = signals;
            }
        }
        if let Action::Back { line } = action {
            match self.back_to(line) {
                Some(at) => opened = Some((at.line, self.acc.confidence)),
                // The lines are no longer there to take back: the machine keeps the
                // start the engine has.
                None => {
                    self.state.start = self.acc.start.line;
                    self.state.floor = self.acc.start.line;
                }
            }
        }
        if opened.is_none()
            && e.line > self.acc.start.line
            && e.end - self.acc.start.byte > self.seg.config.max_article_bytes
        {
            let at = Cand {
                line: e.line,
                byte: e.start,
            };
            self.open(
                at,
                f32::NEG_INFINITY,
                Signals::default().with(Signal::SizeLimit),
            );
            // A cut is final: no move takes lines back across it.
            self.release();
            opened = Some((at.line, 0.0));
        }
        // The article before is final once the machine can no longer move this one's
        // start, or this one's lead has grown past a bound (memory stays bounded).
        if !self.state.holds() || e.end - self.acc.start.byte > MAX_HELD_LEAD_BYTES {
            self.release();
        }
        self.note_headline();
        self.note_source(e);
        let kind = self.kind_of(e);
        if kind == SpanKind::Headline || e.f.class == LineClass::Headline {
            self.acc.provisional.push((e.line, e.f.key, e.f.part_keys));
        }
        self.acc.add(kind, e.line, Span::new(e.start, e.end));
        self.pending_end = Some(e.end);
        if let (Some(t), Some(before)) = (self.trace.as_mut(), before) {
            let (score, terms) = if machine::is_candidate(e) {
                let v = machine::terms(&machine::lead_state(&before), e);
                let terms = v
                    .iter()
                    .zip(machine::TERMS.iter())
                    .filter(|(x, _)| **x != 0.0)
                    .map(|(x, (n, _, _))| (n.to_string(), *x))
                    .collect();
                (Some(machine::score(&v, &self.seg.params.weights).0), terms)
            } else {
                (None, Vec::new())
            };
            let hs = machine::is_candidate(e).then(|| machine::headline_score(&before, e));
            t.push(LineTrace {
                score,
                terms,
                headline_score: hs,
                line: self.phys.physical(e.line),
                class: e.f.class,
                kind,
                in_body: self.state.phase == Phase::Body,
                evidence: describe(e),
                opens: opened.map(|(l, c)| (self.phys.physical(l), c)),
            });
        }
    }

    /// Splits the current article's spans at `at`: the spans from it on, byte offsets
    /// of a run split at `at` fixed.
    fn split_at(&mut self, at: Cand) -> Vec<TypedSpan> {
        let mut moved = self.acc.split_spans(at.line);
        if let Some(last) = self.acc.spans.last_mut()
            && last.span.end == usize::MAX
        {
            last.span.end = at.byte;
        }
        if let Some(first) = moved.first_mut()
            && first.span.start == usize::MAX
        {
            first.span.start = at.byte;
        }
        moved
    }

    /// The held article's end is certain: it is ready.
    fn release(&mut self) {
        if let Some(held) = self.held.take() {
            let raw = held.finish(self.acc.start);
            self.emit(raw);
        }
    }

    /// The current article starts at `at` instead: the lines before it go back to the
    /// article before it, `held`, which stays held. They keep the kinds they got in the
    /// current article's lead (chrome, echoes); a headline picked among them becomes
    /// boilerplate or an echo when `held` is finished.
    fn relocate(&mut self, mut held: Acc, at: Cand, score: f32, signals: Signals) {
        let moved = self.split_at(at);
        let mut next = Acc::new(at, confidence_of(score), signals);
        next.spans = moved;
        let old = std::mem::replace(&mut self.acc, next);
        if old.headline.is_some_and(|(l, _)| l >= at.line) {
            self.acc.headline = old.headline;
            self.acc.headline_key = old.headline_key;
        }
        match old.source {
            Some((l, _, _)) if l >= at.line => self.acc.source = old.source,
            Some((_, _, rank)) if held.source.is_none_or(|(_, _, r)| r < rank) => {
                held.source = old.source;
            }
            _ => {}
        }
        for p in old.provisional {
            if p.0 >= at.line {
                self.acc.provisional.push(p);
            } else {
                held.provisional.push(p);
            }
        }
        for sp in old.spans {
            held.push(sp);
        }
        self.held = Some(held);
    }

    /// The current article starts at `line`, before its start: the lines from there on
    /// come from the article before (`held`, which stays held), with the kinds they got
    /// there; the current article's headline makes an echo of a printing of it among
    /// them when it is finished. `None`, and nothing changes here, when that line is not
    /// between the two articles' starts any more (the article before was released, or
    /// cut): the caller puts the machine's start back.
    fn back_to(&mut self, line: usize) -> Option<Cand> {
        let byte = self.byte_of(line)?;
        let held = self.held.as_mut()?;
        if line <= held.start.line || line >= self.acc.start.line {
            return None;
        }
        let at = Cand { line, byte };
        let mut moved = held.split_spans(line);
        if let Some(last) = held.spans.last_mut()
            && last.span.end == usize::MAX
        {
            last.span.end = byte;
        }
        if let Some(first) = moved.first_mut()
            && first.span.start == usize::MAX
        {
            first.span.start = byte;
        }
        let from = held.provisional.partition_point(|p| p.0 < line);
        let mut provisional = held.provisional.split_off(from);
        provisional.append(&mut self.acc.provisional);
        self.acc.provisional = provisional;
        if held.headline.is_some_and(|(l, _)| l >= line) {
            held.headline = None;
            held.headline_key = 0;
        }
        if let Some((l, _, rank)) = held.source
            && l >= line
        {
            if self.acc.source.is_none_or(|(_, _, r)| r < rank) {
                self.acc.source = held.source;
            }
            held.source = None;
        }
        moved.append(&mut self.acc.spans);
        for sp in moved {
            self.acc.push(sp);
        }
        self.acc.start = at;
        Some(at)
    }

    /// Ends the current article at `at` (holding it: see `held`) and starts the next.
    fn open(&mut self, at: Cand, score: f32, signals: Signals) {
        self.release();
        let moved = self.split_at(at);
        let conf = confidence_of(score);
        let mut next = Acc::new(at, conf, signals);
        next.spans = moved;
        // The headline-like lines from `at` on go with their spans.
        let from = self.acc.provisional.partition_point(|p| p.0 < at.line);
        next.provisional = self.acc.provisional.split_off(from);
        if let Some((l, _, _)) = self.acc.source
            && l >= at.line
        {
            next.source = self.acc.source.take();
        }
        // A headline chosen in what turned out to be the next page's lead is not this
        // article's.
        if self.acc.headline.is_some_and(|(l, _)| l >= at.line) {
            self.acc.headline = None;
            self.acc.headline_key = 0;
        }
        self.held = Some(std::mem::replace(&mut self.acc, next));
    }

    /// Follows the machine's choice of headline.
    fn note_headline(&mut self) {
        match self.state.headline {
            Some(p)
                if self.acc.headline.map(|(l, s)| (l, s.start, s.end))
                    != Some((p.line, p.span.0, p.span.1))
                    && p.line >= self.acc.start.line =>
            {
                self.acc.headline = Some((p.line, Span::new(p.span.0, p.span.1)));
                self.acc.headline_key = p.key;
            }
            _ => {}
        }
    }

    fn note_source(&mut self, e: &Evidence) {
        let rank = e.f.value_kind.source_rank();
        if rank == 0 || self.acc.source.is_some_and(|(_, _, r)| r >= rank) || photo_credit(e) {
            return;
        }
        let v = match e.f.canon {
            Some(name) => SourceValue::Name(name),
            None => SourceValue::Text(Span::new(
                e.start + e.f.value.0 as usize,
                e.start + e.f.value.1 as usize,
            )),
        };
        self.acc.source = Some((e.line, v, rank));
    }

    /// The span kind of a line, in the context of the article being read.
    fn kind_of(&self, e: &Evidence) -> SpanKind {
        let (f, s) = (&e.f, &e.s);
        if let Some((h, _)) = self.acc.headline
            && h == e.line
        {
            return SpanKind::Headline;
        }
        let echo_of_headline = self.acc.headline_key != 0 && f.matches_part(self.acc.headline_key);
        let near_echo = |d: u32| d > 0 && d <= 4;
        // A caption printed earlier in this article (the seed layout prints its captions
        // twice before the headline and twice after it).
        let printed_before =
            s.echo_prev > 0 && e.line - s.echo_prev as usize >= self.acc.start.line;
        let caption = |again: bool| {
            if again {
                SpanKind::CaptionEcho
            } else {
                SpanKind::Caption
            }
        };
        match f.class {
            LineClass::Blank => SpanKind::Blank,
            LineClass::Source => SpanKind::Source,
            LineClass::Byline => SpanKind::Byline,
            _ if s.title_next > 0 || echo_of_headline => SpanKind::HeadlineEcho,
            LineClass::Caption => caption(near_echo(s.echo_prev) || printed_before),
            LineClass::Body if near_echo(s.echo_prev) => SpanKind::CaptionEcho,
            // The same headline-like line twice in a row: a caption (alt text and caption).
            LineClass::Headline if s.echo_prev == 1 => SpanKind::CaptionEcho,
            LineClass::Headline if s.echo_next == 1 => caption(printed_before),
            LineClass::Body if near_echo(s.echo_next) => caption(printed_before),
            LineClass::Body if f.has(flag::COOKIE | flag::COPYRIGHT | flag::WIDGET) => {
                SpanKind::Boilerplate
            }
            // Printed for the third time or more: site chrome that recurs with every
            // page (a republished story is printed twice, not three times).
            LineClass::Body | LineClass::Headline if s.repeat >= 2 => SpanKind::Boilerplate,
            LineClass::Body => SpanKind::Body,
            LineClass::Headline if self.state.phase == Phase::Body => SpanKind::Body,
            LineClass::Headline | LineClass::Chrome => SpanKind::Boilerplate,
        }
    }
}

/// The compact evidence string of [`LineTrace::evidence`].
fn describe(e: &Evidence) -> String {
    use std::fmt::Write;
    let s = &e.s;
    let mut out = String::new();
    let mut put = |cond: bool, args: std::fmt::Arguments<'_>| {
        if cond {
            let _ = write!(out, "{args} ");
        }
    };
    put(s.echo_prev > 0, format_args!("echo<{}", s.echo_prev));
    put(s.echo_next > 0, format_args!("echo>{}", s.echo_next));
    put(s.title_prev > 0, format_args!("title<{}", s.title_prev));
    put(s.title_next > 0, format_args!("title>{}", s.title_next));
    put(s.suffix_of > 0, format_args!("suffix<{}", s.suffix_of));
    put(
        s.contains_prev > 0,
        format_args!("ends<{}", s.contains_prev),
    );
    put(s.blank_before > 0, format_args!("blank{}", s.blank_before));
    put(s.body_ahead > 0, format_args!("body{}", s.body_ahead));
    put(s.byline_ahead, format_args!("byline>"));
    put(s.last_before_body, format_args!("last>"));
    put(s.text_ahead, format_args!("text>"));
    if let Some(c) = s.coverage() {
        put(true, format_args!("cover{:.0}%", c * 100.0));
    }
    if let Some(c) = s.coverage_before() {
        put(c > 0.0, format_args!("before{:.0}%", c * 100.0));
    }
    if let Some(f) = s.fresh_ahead {
        put(true, format_args!("fresh{f}%"));
    }
    put(s.opening, format_args!("opening"));
    if let (Some(a), Some(b)) = (s.lang_before, s.lang_ahead) {
        let name = |i: u8| crate::classify::lang::LANGS[i as usize];
        put(a != b, format_args!("lang:{}>{}", name(a), name(b)));
    }
    put(e.f.heading > 0, format_args!("h{}", e.f.heading));
    for (bit, name) in flag::NAMES {
        put(e.f.has(*bit), format_args!("{name}"));
    }
    out.pop();
    out
}

/// A credit that names a picture's source, not the article's: an image line (`[Logo
/// of the agency (epd)]`), a caption (`… in Nogales, Ariz. (AP)`) unless a paragraph's
/// length and printed once (the paragraph that ends an agency's story, `… (dpa)`), or
/// an agency's name as an item of a list (a tag, a link to the agency's page).
fn photo_credit(e: &Evidence) -> bool {
    let echoed = (1..=2).contains(&e.s.echo_prev) || (1..=2).contains(&e.s.echo_next);
    e.f.has(flag::IMAGE)
        || e.f.class == LineClass::Caption && (!e.f.is_paragraph() || echoed)
        || e.f.has(flag::BULLET) && e.f.value_kind == ValueKind::Agency
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seed layout: title line, caption twice, a stray chrome line, headline again,
    /// captions again, body, source line, disclaimer.
    const SEED_LAYOUT: &str = "Harbour Ferry Keeps Running\n\n\
        The ferry Marianne leaves the harbour at dawn (AFP)\n\
        The ferry Marianne leaves the harbour at dawn (AFP)\n\
        TT\n\n\
        Harbour Ferry Keeps Running\n\n\
        The ferry Marianne leaves the harbour at dawn (AFP)\n\
        The ferry Marianne leaves the harbour at dawn (AFP)\n\n\
        By Jane Roe\n\n\
        The council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\
        The money will come from higher parking fees in the harbour district.\n\n\
        Share on Facebook\n\n\
        Source: Coast Courier\n\n\
        The views expressed in this article do not necessarily reflect those of this site.\n";

    #[test]
    fn clean_text_keeps_one_of_each_and_drops_chrome() {
        let out = Segmenter::new().segment(SEED_LAYOUT);
        assert_eq!(out.len(), 1);
        let a = &out.articles()[0];
        assert_eq!(
            a.clean_text(),
            "Harbour Ferry Keeps Running\n\n\
             The ferry Marianne leaves the harbour at dawn (AFP)\n\n\
             By Jane Roe\n\n\
             The council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\
             The money will come from higher parking fees in the harbour district.\n\n\
             Source: Coast Courier"
        );
        assert_eq!(
            a.body(),
            "The council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\
             The money will come from higher parking fees in the harbour district."
        );
        assert_eq!(a.source(), Some("Coast Courier"));
    }

    #[test]
    fn clean_text_uses_the_clean_headline() {
        let text = "Harbour Ferry Keeps Running | Coast Courier\n\n\
                    The council voted on Monday to keep the ferry running, the mayor said.\n";
        let a = Segmenter::new().segment(text).into_articles().remove(0);
        assert_eq!(a.headline(), Some("Harbour Ferry Keeps Running"));
        assert!(
            a.clean_text()
                .starts_with("Harbour Ferry Keeps Running\n\nThe council")
        );
        assert_eq!(Segmenter::new().segment("").len(), 0);
        let blank = Segmenter::new().segment("\n\n").into_articles().remove(0);
        assert_eq!(
            (blank.clean_text(), blank.body()),
            (String::new(), String::new())
        );
    }

    #[test]
    fn a_line_printed_with_every_page_is_boilerplate() {
        let page = |h: &str| {
            format!(
                "{h}\n\nThe council voted on Monday to keep the {h} running, the mayor said.\n\n\
                 Our newsroom relies on readers like you to keep reporting every day.\n\n"
            )
        };
        let text = ["Ferry", "Library", "Harbour Bridge"].map(page).concat();
        let trace = Segmenter::new().trace(&text);
        let kinds: Vec<SpanKind> = trace
            .iter()
            .filter(|t| {
                text.lines()
                    .nth(t.line)
                    .is_some_and(|l| l.starts_with("Our newsroom"))
            })
            .map(|t| t.kind)
            .collect();
        assert_eq!(
            kinds,
            [SpanKind::Body, SpanKind::Body, SpanKind::Boilerplate],
            "the third printing shows the line recurs"
        );
    }

    #[test]
    fn a_change_of_language_is_evidence_of_a_new_page() {
        let text = "Harbour Town Votes to Keep Its Ferry\n\n\
            The town council voted on Monday to keep the ferry to the island running for ten more years, and the mayor said that the money would come from higher parking fees.\n\n\
            Opponents had argued that a smaller boat would be enough for the few passengers in winter, but the council was not convinced by their plan.\n\n\n\n\
            Neue Radwege für die Innenstadt\n\n\
            Der Stadtrat hat am Montag beschlossen, dass die Innenstadt neue Radwege bekommt, und die Bürgermeisterin sagte, dass die Arbeiten im Frühjahr beginnen.\n\n\
            Die Gegner der Pläne hatten gefordert, dass die Parkplätze erhalten bleiben, aber der Rat folgte ihnen nicht und stimmte mit großer Mehrheit für die Radwege.\n";
        let out = Segmenter::new().segment(text);
        assert_eq!(out.boundaries(), [8]);
        assert!(
            out.articles()[1]
                .boundary()
                .signals
                .contains(&Signal::LanguageChange)
        );
        // The same second page in English is not evidence enough.
        let english = text.replace(
            "Der Stadtrat hat am Montag beschlossen, dass die Innenstadt neue Radwege bekommt, und die Bürgermeisterin sagte, dass die Arbeiten im Frühjahr beginnen.",
            "The city council decided on Monday that the town centre will get new cycle lanes, and the mayor said that the work would begin in spring.",
        ).replace(
            "Die Gegner der Pläne hatten gefordert, dass die Parkplätze erhalten bleiben, aber der Rat folgte ihnen nicht und stimmte mit großer Mehrheit für die Radwege.",
            "Opponents of the plan had asked for the parking places to stay, but the council did not follow them and voted for the cycle lanes.",
        );
        let trace = Segmenter::new().trace(&english);
        assert!(trace.iter().all(|t| !t.evidence.contains("lang:")));
    }

    #[test]
    fn shared_types_cross_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Segmenter>();
        send_sync::<Segmentation<'static>>();
        send_sync::<Article<'static>>();
        let seg = Segmenter::new();
        let text = "Ferry Runs Again\n\nThe ferry runs again on Monday, the council said.\n";
        let lens: Vec<usize> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..2)
                .map(|_| s.spawn(|| seg.segment(text).len()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or(0)).collect()
        });
        assert_eq!(lens, [1, 1]);
    }
}
