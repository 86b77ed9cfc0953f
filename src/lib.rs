//! Split concatenated web scrapes into their articles, with typed spans.
//!
//! Scraper pipelines often save several articles into one plain-text file: an
//! infinite-scroll page, a site that republishes another's story, a crawl that appends
//! pages. This crate splits such a text back into its articles and returns, for every
//! article, its byte and line range, its headline and credited source, why it starts
//! where it does, and typed spans inside it: headline, headline echoes, captions and
//! caption echoes, bylines, body, source lines, boilerplate and blank lines.
//!
//! # Overview
//!
//! * [`Segmenter`]: build once ([`Segmenter::new`] or [`Segmenter::builder`]), use for
//!   any number of texts from any number of threads.
//! * [`Segmentation`]: the articles of one text, in order; they tile the text.
//! * [`Article`]: one article: [`Span`], [`LineSpan`], headline, source, [`Boundary`]
//!   and [`TypedSpan`]s of [`SpanKind`]s.
//! * [`SegmenterBuilder`] and [`SegmenterConfig`]: settings (window, confidence
//!   threshold, extra source patterns and chrome phrases, evidence weights); a config
//!   (de)serialises with serde, for per-site profiles.
//! * [`ArticleRecord`] and [`SpanRecord`]: owned output records with the field names of
//!   the corpus format (`start_line`, `end_line`, `start_byte`, `end_byte`, `headline`,
//!   `headline_line`, `source`).
//! * [`Error`] and [`ErrorKind`]: what can go wrong (settings, non-UTF-8 bytes).
//! * [`LineTrace`] ([`Segmenter::trace`]): every line with its class and evidence, for
//!   debugging rules.
//!
//! # Example
//!
//! ```
//! use article_segmenter::{Segmenter, SpanKind};
//!
//! let text = "\
//! Harbour Town Votes to Keep Its Ferry | The Coast Courier
//! The Coast Courier
//!
//! Harbour Town Votes to Keep Its Ferry
//!
//! The town council voted on Monday to keep the ferry to the island running for ten more years.
//!
//! The mayor said the money would come from higher parking fees in the harbour district.
//!
//! Source: Coast Courier
//! Record Number of Seals Counted on the Northern Sandbanks | Island Weekly
//! Island Weekly
//!
//! Record Number of Seals Counted on the Northern Sandbanks
//!
//! Volunteers counted more grey seals on the northern sandbanks than in any year before.
//!
//! The wildlife trust said the colony was recovering after years of decline.
//! ";
//! let out = Segmenter::new().segment(text);
//! assert_eq!(out.len(), 2);
//!
//! let first = &out.articles()[0];
//! assert_eq!(first.headline(), Some("Harbour Town Votes to Keep Its Ferry"));
//! assert_eq!(first.source(), Some("Coast Courier"));
//! assert_eq!(first.lines().start, 0);
//!
//! let second = &out.articles()[1];
//! assert_eq!(second.lines().start, 10);
//! assert_eq!(second.headline(), Some("Record Number of Seals Counted on the Northern Sandbanks"));
//! assert!(second.boundary().confidence > 0.5);
//! // The title line opens the article, the <h1> below it is the headline.
//! assert_eq!(second.spans()[0].kind, SpanKind::HeadlineEcho);
//! assert!(second.spans().iter().any(|s| s.kind == SpanKind::Headline));
//!
//! // Articles tile the input exactly.
//! let joined: String = out.articles().iter().map(|a| a.as_str()).collect();
//! assert_eq!(joined, text);
//! assert_eq!(&text[second.span()], second.as_str());
//! ```
//!
//! # Design
//!
//! A line-classifier state machine in two passes over the lines, the way a markdown
//! parser first resolves block structure and then inlines:
//!
//! 1. **lines**: the input is split into lines with byte offsets (`\n`, `\r\n`, no final
//!    newline, a byte-order mark), numbered as [`str::lines`] numbers them.
//! 2. **classify**: each line on its own gets features (length, words, case, terminal
//!    punctuation, list and heading marks, vocabulary hits, a normalised *key* that
//!    ignores case, spacing, quotes and markup) and a context-free [`LineClass`]: blank,
//!    headline-like, caption, byline, source, chrome or body.
//! 3. **signals**: boundary evidence over a bounded window, in linear time: keys are
//!    hashed into small direct-mapped tables, so a headline printed twice, a title line
//!    whose headline part recurs as the `<h1>` (`Headline | Site` … `Headline`), a caption
//!    printed twice, or the file's opening chrome recurring are found without comparing
//!    pairs of lines. Lookahead counts the body after a line and how many of its words the
//!    body repeats.
//! 4. **machine**: a small state machine (`Lead` → `Body`) walks the lines. In an
//!    article's body, a headline-like line opens a new article when the weighted sum of
//!    its evidence terms reaches a threshold: echoes, headings, a byline and body after it,
//!    a site-name suffix, and, since the last body line, page-start chrome (skip links,
//!    feed links), a closing source or copyright line, a run of blank lines, a long run of
//!    chrome. The boundary then goes back to the first line of the new page the evidence
//!    shows (the title line, a page-start line, the end of a blank run), else to the
//!    headline. A "related articles" list prints headlines too, but without that evidence.
//! 5. **segment**: the articles, typed spans, headline and source.
//!
//! Everything the machine needs is final once `window` lines have been read past it, so
//! memory is bounded by the window and time is linear in the input.
//!
//! # Guarantees
//!
//! * Segmenting never fails and never panics: any `&str` is valid input.
//! * The articles tile the input: their spans are contiguous, in order, start at 0 and
//!   end at the input's length; concatenated, their texts equal the input. Nothing is
//!   dropped. An empty input has no article.
//! * The typed spans of an article tile the article in the same way.
//! * Every byte offset falls on a `char` boundary of the input, and line spans agree with
//!   byte spans (a line's span includes its terminator).
//! * The result is deterministic, and time is linear in the input size.
//!
//! # Crate features
//!
//! * `serde` (default): `Serialize`/`Deserialize` for every output type and for
//!   [`SegmenterConfig`].
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod bytes;
mod classify;
mod config;
mod error;
mod lines;
mod machine;
mod record;
mod segment;
mod signals;
mod span;
mod stream;

pub use bytes::decode_lossy;
pub use classify::LineClass;
pub use config::{
    DEFAULT_WINDOW, MAX_SEPARATOR_LEN, MAX_WINDOW, SegmenterBuilder, SegmenterConfig,
    evidence_terms, headline_separators,
};
pub use error::{Error, ErrorKind};
pub use machine::{DEFAULT_THRESHOLD, Signal};
pub use record::{ArticleRecord, SpanRecord};
pub use segment::{Article, Articles, Boundary, LineTrace, Segmentation, Segmenter};
pub use span::{LineSpan, Span, SpanKind, TypedSpan};
pub use stream::Stream;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
