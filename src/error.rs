//! The public error type.

use std::fmt;

/// An error from building a [`Segmenter`](crate::Segmenter) or reading input.
///
/// Segmenting a `&str` never fails; errors come from user-supplied settings (a pattern
/// that does not compile, a threshold out of range) and from byte input that is not
/// UTF-8. The message names the setting and the offending value; [`Error::kind`] tells
/// the cases apart.
///
/// ```
/// use article_segmenter::{ErrorKind, Segmenter};
/// let err = Segmenter::builder().min_confidence(1.5).build().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidSetting);
/// assert!(err.to_string().contains("min_confidence"));
/// assert!(err.to_string().contains("1.5"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Error(ErrorRepr);

/// What went wrong, for callers that need to match.
///
/// ```
/// use article_segmenter::{ErrorKind, Segmenter};
///
/// let err = Segmenter::builder().source_pattern("(unclosed").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidPattern);
/// let err = Segmenter::new().segment_bytes(b"Caf\xe9").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
/// assert_eq!(err.utf8_offset(), Some(3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A user-supplied pattern is empty or does not compile.
    InvalidPattern,
    /// A setting is out of its range (window 0, confidence outside `0..=1`, …).
    InvalidSetting,
    /// Byte input is not valid UTF-8.
    InvalidUtf8,
    /// Reading the input failed.
    Io,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub(crate) enum ErrorRepr {
    #[error("invalid {setting} pattern {pattern:?}: {reason}")]
    Pattern {
        setting: &'static str,
        pattern: String,
        reason: String,
    },
    #[error("invalid setting {setting} = {value}: {expected}")]
    Setting {
        setting: &'static str,
        value: String,
        expected: String,
    },
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {offset}")]
    Utf8 { offset: usize },
    #[error("cannot read the input at byte offset {offset}: {message}")]
    Io { offset: usize, message: String },
}

impl Error {
    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        match self.0 {
            ErrorRepr::Pattern { .. } => ErrorKind::InvalidPattern,
            ErrorRepr::Setting { .. } => ErrorKind::InvalidSetting,
            ErrorRepr::Utf8 { .. } => ErrorKind::InvalidUtf8,
            ErrorRepr::Io { .. } => ErrorKind::Io,
        }
    }

    /// For [`ErrorKind::InvalidUtf8`]: the byte offset of the first invalid sequence.
    pub fn utf8_offset(&self) -> Option<usize> {
        match self.0 {
            ErrorRepr::Utf8 { offset } => Some(offset),
            _ => None,
        }
    }

    pub(crate) fn pattern(
        setting: &'static str,
        pattern: &str,
        reason: impl fmt::Display,
    ) -> Error {
        Error(ErrorRepr::Pattern {
            setting,
            pattern: pattern.to_string(),
            reason: reason.to_string(),
        })
    }

    pub(crate) fn setting(
        setting: &'static str,
        value: impl fmt::Display,
        expected: impl Into<String>,
    ) -> Error {
        Error(ErrorRepr::Setting {
            setting,
            value: value.to_string(),
            expected: expected.into(),
        })
    }

    pub(crate) fn utf8(offset: usize) -> Error {
        Error(ErrorRepr::Utf8 { offset })
    }

    pub(crate) fn io(offset: usize, e: &std::io::Error) -> Error {
        Error(ErrorRepr::Io {
            offset,
            message: e.to_string(),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_setting_and_value() {
        let cases = [
            (
                Error::pattern("source_pattern", "(", "unclosed group"),
                ErrorKind::InvalidPattern,
                vec!["source_pattern", "\"(\"", "unclosed group"],
            ),
            (
                Error::setting("window", 0, "must be at least 1"),
                ErrorKind::InvalidSetting,
                vec!["window", "= 0", "at least 1"],
            ),
            (
                Error::utf8(17),
                ErrorKind::InvalidUtf8,
                vec!["byte offset 17"],
            ),
        ];
        for (err, kind, needles) in cases {
            assert_eq!(err.kind(), kind);
            let msg = err.to_string();
            for n in needles {
                assert!(msg.contains(n), "{msg:?} lacks {n:?}");
            }
        }
        assert_eq!(Error::utf8(3).utf8_offset(), Some(3));
        assert_eq!(Error::setting("window", 0, "x").utf8_offset(), None);
    }
}
