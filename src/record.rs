//! Owned output records, with the field names of the corpus format
//! (`start_line`, `end_line`, `start_byte`, `end_byte`, `headline`, `headline_line`,
//! `source`).

use crate::machine::Signal;
use crate::segment::Article;
use crate::span::{SpanKind, TypedSpan};

/// One typed span as an owned record (see [`ArticleRecord`]).
///
/// ```
/// use article_segmenter::{Segmenter, SpanKind};
///
/// let text = "Ferry News\n\nThe ferry runs again from Monday, the council said.\n";
/// let record = Segmenter::new().segment(text).articles()[0].to_record();
/// let last = record.spans.last().unwrap();
/// assert_eq!(last.kind, SpanKind::Body);
/// assert_eq!((last.start_line, last.end_line), (2, 3));
/// assert_eq!(last.end_byte, text.len());
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct SpanRecord {
    /// What the lines hold.
    pub kind: SpanKind,
    /// First line (0-based).
    pub start_line: usize,
    /// One past the last line.
    pub end_line: usize,
    /// First byte.
    pub start_byte: usize,
    /// One past the last byte.
    pub end_byte: usize,
}

impl From<&TypedSpan> for SpanRecord {
    fn from(s: &TypedSpan) -> SpanRecord {
        SpanRecord {
            kind: s.kind,
            start_line: s.lines.start,
            end_line: s.lines.end,
            start_byte: s.span.start,
            end_byte: s.span.end,
        }
    }
}

/// One article as an owned record: offsets, headline, source, boundary evidence and
/// typed spans, without the text ([`Article::to_record`]). Its JSON has the field names
/// of the corpus format.
///
/// ```
/// use article_segmenter::Segmenter;
///
/// let text = "Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
///             The ferry to the island runs again from Monday, the council said.\n\n\
///             Source: Coast Courier\n";
/// let record = Segmenter::new().segment(text).articles()[0].to_record();
/// assert_eq!(record.headline.as_deref(), Some("Harbour Ferry Runs Again"));
/// let json = serde_json::to_value(&record).unwrap();
/// assert_eq!(json["start_line"], 0);
/// assert_eq!(json["end_byte"], text.len());
/// assert_eq!(json["headline_line"], 2);
/// assert_eq!(json["source"], "Coast Courier");
/// assert_eq!(json["spans"][0]["kind"], "headline_echo");
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct ArticleRecord {
    /// First line (0-based).
    pub start_line: usize,
    /// One past the last line.
    pub end_line: usize,
    /// First byte.
    pub start_byte: usize,
    /// One past the last byte.
    pub end_byte: usize,
    /// The clean headline.
    pub headline: Option<String>,
    /// The line the headline was taken from.
    pub headline_line: Option<usize>,
    /// The credited source or agency.
    pub source: Option<String>,
    /// The line that credits the source.
    pub source_line: Option<usize>,
    /// Confidence of the boundary that opens the article.
    pub confidence: f32,
    /// The evidence for that boundary.
    pub signals: Vec<Signal>,
    /// Typed spans tiling the article.
    pub spans: Vec<SpanRecord>,
}

impl Article<'_> {
    /// The article as an owned record.
    pub fn to_record(&self) -> ArticleRecord {
        ArticleRecord {
            start_line: self.lines().start,
            end_line: self.lines().end,
            start_byte: self.span().start,
            end_byte: self.span().end,
            headline: self.headline().map(str::to_string),
            headline_line: self.headline_line(),
            source: self.source().map(str::to_string),
            source_line: self.source_line(),
            confidence: self.boundary().confidence,
            signals: self.boundary().signals.clone(),
            spans: self.spans().iter().map(SpanRecord::from).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Segmenter;

    #[test]
    fn record_mirrors_the_article() {
        let text = "Harbour Town Votes to Keep Its Ferry\n\nThe council voted on Monday to keep the ferry.\n\nThe money comes from parking fees, the mayor said.\n";
        let out = Segmenter::new().segment(text);
        let a = &out.articles()[0];
        let r = a.to_record();
        assert_eq!((r.start_line, r.end_line), (0, 5));
        assert_eq!((r.start_byte, r.end_byte), (0, text.len()));
        assert_eq!(r.headline.as_deref(), a.headline());
        assert_eq!(r.spans.len(), a.spans().len());
        assert_eq!(r.spans.first().map(|s| s.start_byte), Some(0));
        assert_eq!(r.spans.last().map(|s| s.end_byte), Some(text.len()));
    }
}
