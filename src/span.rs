//! Byte spans, line spans and the kinds of typed spans.

use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the caller's text.
///
/// Offsets are 0-based and always fall on `char` boundaries of the text they were
/// computed from, so `&text[span]` never panics for a span this crate returned.
///
/// ```
/// use article_segmenter::Span;
/// let text = "héllo world";
/// let span = Span::new(0, 6);
/// assert_eq!(&text[span], "héllo");
/// assert_eq!(span.len(), 6);
/// assert_eq!(span.range(), 0..6);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no byte.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Range<usize> {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for String {
    type Output = str;
    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A half-open range of lines `start..end`.
///
/// Lines are numbered from **0**, the way Rust's [`str::lines`] yields them: split on
/// `\n`, a trailing `\r` belongs to the terminator, and a final `\n` does not open an
/// extra empty line. `end` is exclusive.
///
/// ```
/// use article_segmenter::LineSpan;
/// let lines = LineSpan::new(3, 7);
/// assert_eq!(lines.len(), 4);
/// assert!(lines.contains(6) && !lines.contains(7));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct LineSpan {
    /// First line (0-based).
    pub start: usize,
    /// One past the last line.
    pub end: usize,
}

impl LineSpan {
    /// Lines `start..end` (0-based, end exclusive).
    #[inline]
    pub const fn new(start: usize, end: usize) -> LineSpan {
        LineSpan { start, end }
    }

    /// The line indices as a `Range<usize>`.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of lines covered.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no line.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when line `line` lies inside the span.
    #[inline]
    pub const fn contains(&self, line: usize) -> bool {
        self.start <= line && line < self.end
    }
}

impl From<Range<usize>> for LineSpan {
    fn from(r: Range<usize>) -> LineSpan {
        LineSpan::new(r.start, r.end)
    }
}

impl From<LineSpan> for Range<usize> {
    fn from(s: LineSpan) -> Range<usize> {
        s.range()
    }
}

impl fmt::Display for LineSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// What a typed span inside an article holds.
///
/// ```
/// use article_segmenter::{Segmenter, SpanKind};
///
/// let text = "Ferry Runs Again After Storm\n\nThe ferry runs again from Monday, the council said.\n\n\
///             Share on Facebook\n\n(AFP)\n";
/// let out = Segmenter::new().segment(text);
/// let kinds: Vec<&str> = out.articles()[0].spans().iter().map(|s| s.kind.as_str()).collect();
/// assert_eq!(
///     kinds,
///     ["headline", "blank", "body", "blank", "boilerplate", "blank", "source"]
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpanKind {
    /// The line the article's headline was taken from
    /// ([`Article::headline_line`](crate::Article::headline_line)).
    Headline,
    /// Another printing of the headline, before or after it (a `Headline | Site` title
    /// line before the `<h1>`, a breadcrumb that ends in the headline, a second
    /// printing).
    HeadlineEcho,
    /// A photo caption or image alt text.
    Caption,
    /// A caption printed again (the same caption a second time).
    CaptionEcho,
    /// A byline or dateline: author, date, place.
    Byline,
    /// A source or credit line: `Source: X`, `(AFP)`, `— Reuters`, `BERLIN (dpa) -`.
    Source,
    /// Site chrome and boilerplate: menus, share widgets, cookie banners, footers.
    Boilerplate,
    /// Article text.
    Body,
    /// Blank lines.
    Blank,
}

impl SpanKind {
    /// The kind's name as written in JSON output (`"headline_echo"`, …).
    pub const fn as_str(&self) -> &'static str {
        match self {
            SpanKind::Headline => "headline",
            SpanKind::HeadlineEcho => "headline_echo",
            SpanKind::Caption => "caption",
            SpanKind::CaptionEcho => "caption_echo",
            SpanKind::Byline => "byline",
            SpanKind::Source => "source",
            SpanKind::Boilerplate => "boilerplate",
            SpanKind::Body => "body",
            SpanKind::Blank => "blank",
        }
    }
}

impl fmt::Display for SpanKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A typed span: a run of whole lines of one [`SpanKind`] inside an article.
///
/// ```
/// use article_segmenter::{Segmenter, SpanKind};
///
/// let text = "Ferry News\n\nThe ferry runs again from Monday.\nTickets cost two euros.\n";
/// let out = Segmenter::new().segment(text);
/// let article = &out.articles()[0];
/// let body = article.spans().iter().find(|s| s.kind == SpanKind::Body).unwrap();
/// assert_eq!((body.lines.start, body.lines.end), (2, 4), "one span for both lines");
/// assert_eq!(&text[body.span], "The ferry runs again from Monday.\nTickets cost two euros.\n");
/// assert_eq!(article.span_text(body), &text[body.span]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TypedSpan {
    /// What the lines hold.
    pub kind: SpanKind,
    /// Byte range, line terminators included.
    pub span: Span,
    /// Line range (0-based, end exclusive).
    pub lines: LineSpan,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_conversions_round_trip() {
        let s: Span = (2..9).into();
        let r: Range<usize> = s.into();
        assert_eq!(r, 2..9);
        assert_eq!(s.len(), 7);
        assert!(!s.is_empty());
        assert!(Span::new(4, 4).is_empty());
        assert_eq!(Span::new(5, 3).len(), 0);
        assert_eq!(s.to_string(), "2..9");
    }

    #[test]
    fn line_span_contains_is_half_open() {
        let l = LineSpan::new(1, 3);
        assert!(!l.contains(0));
        assert!(l.contains(1));
        assert!(l.contains(2));
        assert!(!l.contains(3));
        assert_eq!(LineSpan::from(0..0).len(), 0);
    }

    #[test]
    fn index_str_by_span() {
        let t = "ab\ncd";
        assert_eq!(&t[Span::new(3, 5)], "cd");
    }

    #[test]
    fn span_kind_names() {
        for (k, n) in [
            (SpanKind::Headline, "headline"),
            (SpanKind::HeadlineEcho, "headline_echo"),
            (SpanKind::CaptionEcho, "caption_echo"),
            (SpanKind::Boilerplate, "boilerplate"),
        ] {
            assert_eq!(k.as_str(), n);
            assert_eq!(k.to_string(), n);
        }
    }
}
