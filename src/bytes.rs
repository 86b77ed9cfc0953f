//! Byte input that may not be UTF-8: the lossy decoding that keeps offsets.

use std::borrow::Cow;

/// The byte that stands for each byte of an invalid UTF-8 sequence.
pub const REPLACEMENT_BYTE: u8 = b'?';

/// Decodes bytes as UTF-8, replacing **each byte** of an invalid sequence with `?`.
///
/// Unlike [`String::from_utf8_lossy`], which puts one three-byte `U+FFFD` for a whole
/// invalid sequence, this keeps the length: byte offset *n* of the result is byte offset
/// *n* of the input, so every span the segmenter returns on the decoded text refers to the
/// original bytes too. Valid input is borrowed, not copied.
///
/// ```
/// use article_segmenter::{Segmenter, decode_lossy};
/// let bytes = b"Ferry News\n\nThe ferry runs \xff\xfe again.\n";
/// let text = decode_lossy(bytes);
/// assert_eq!(text.len(), bytes.len());
/// assert!(text.contains("runs ?? again"));
/// let out = Segmenter::new().segment(&text);
/// assert_eq!(out.articles()[0].span().end, bytes.len());
/// ```
pub fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            let mut owned = bytes.to_vec();
            replace_invalid(&mut owned);
            Cow::Owned(String::from_utf8(owned).expect("every invalid byte was replaced"))
        }
    }
}

/// Replaces each byte of every invalid UTF-8 sequence in `buf` with
/// [`REPLACEMENT_BYTE`], in place. Returns how many bytes were replaced.
pub(crate) fn replace_invalid(buf: &mut [u8]) -> usize {
    let mut replaced = 0;
    let mut pos = 0;
    while pos < buf.len() {
        match std::str::from_utf8(&buf[pos..]) {
            Ok(_) => break,
            Err(e) => {
                let bad = pos + e.valid_up_to();
                // An incomplete sequence at the end has no error length: all of it goes.
                let len = e.error_len().unwrap_or(buf.len() - bad);
                for b in &mut buf[bad..bad + len] {
                    *b = REPLACEMENT_BYTE;
                }
                replaced += len;
                pos = bad + len;
            }
        }
    }
    replaced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_are_kept() {
        let cases: [(&[u8], &str); 5] = [
            (b"plain", "plain"),
            (b"a\xffb", "a?b"),
            (b"\xe2\x82", "??"),
            (b"caf\xc3\xa9 \xc3", "caf\u{e9} ?"),
            (b"\xf0\x9f\x98\x80\x80", "\u{1f600}?"),
        ];
        for (input, want) in cases {
            let got = decode_lossy(input);
            assert_eq!(got, want, "{input:?}");
            assert_eq!(got.len(), input.len());
        }
        assert!(matches!(decode_lossy(b"ok"), Cow::Borrowed(_)));
    }
}
