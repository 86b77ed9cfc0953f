//! article-segmenter (work in progress)
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod classify;
mod config;
mod error;
mod lines;
mod machine;
mod record;
mod segment;
mod signals;
mod span;

pub use classify::LineClass;
pub use config::{DEFAULT_WINDOW, MAX_WINDOW, SegmenterBuilder, SegmenterConfig, evidence_terms};
pub use error::{Error, ErrorKind};
pub use machine::Signal;
pub use record::{ArticleRecord, SpanRecord};
pub use segment::{Article, Boundary, LineTrace, Segmentation, Segmenter};
pub use span::{LineSpan, Span, SpanKind, TypedSpan};
