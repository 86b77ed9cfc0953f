//! Line splitting with byte offsets.
//!
//! Lines are those of [`str::lines`]: split on `\n`, one `\r` right before the `\n`
//! belongs to the terminator, and a final `\n` does not open an extra empty line. A lone
//! `\r` elsewhere is ordinary text. A byte-order mark stays in the first line's bytes (the
//! classifier ignores it), so the lines still tile the input.
//!
//! One exception keeps memory bounded: a line longer than the maximum line length is read
//! as several lines, cut every `max` bytes (at the last character boundary before), the
//! last of which has the terminator ([`cut_point`]). Batch and streaming cut alike.

use memchr::memchr;

/// One line of the input: its whole byte span (terminator included) and where its
/// content ends (before `\r\n` or `\n`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// First byte of the line.
    pub start: usize,
    /// End of the content, before the terminator.
    pub content_end: usize,
    /// One past the terminator (or the end of the text for a last line without one).
    pub end: usize,
}

impl Line {
    /// The line without its terminator.
    #[inline]
    pub fn content<'h>(&self, text: &'h str) -> &'h str {
        &text[self.start..self.content_end]
    }
}

/// Where a line longer than `max` bytes is cut: at `max`, or before the valid UTF-8
/// sequence that `max` falls inside. `bytes` starts at the line's start and holds at
/// least `max + 3` bytes of it (or all of it): enough to tell whether the sequence that
/// straddles `max` is valid. On valid UTF-8 this is the last character boundary at or
/// before `max`; on bytes that are not, it is the same boundary in their lossy decoding
/// ([`crate::decode_lossy`]: valid sequences kept, each invalid byte one character), so
/// a stream that reads raw bytes cuts where the batch segmentation of the decoded text
/// does.
pub(crate) fn cut_point(bytes: &[u8], max: usize) -> usize {
    if bytes.len() <= max {
        return bytes.len();
    }
    let is_cont = |b: u8| b & 0xc0 == 0x80;
    // The lead byte at most 3 bytes back, if `max` falls after it.
    let lead = (max.saturating_sub(3)..max)
        .rev()
        .find(|&p| !is_cont(bytes[p]));
    if let Some(p) = lead {
        let len = match bytes[p] {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => 1,
        };
        let end = (p + len).min(bytes.len());
        if p + len > max && std::str::from_utf8(&bytes[p..end]).is_ok() && end == p + len {
            return p;
        }
    }
    max
}

/// Length of a line (as [`line_end`] cuts it) without its terminator (`\n` or `\r\n`):
/// where its content ends. Batch and streaming strip terminators with it.
#[inline]
pub(crate) fn content_end(line: &[u8]) -> usize {
    match line {
        [.., b'\r', b'\n'] => line.len() - 2,
        [.., b'\n'] => line.len() - 1,
        _ => line.len(),
    }
}

/// Where the line at the start of `rest` ends, its terminator included: after its line
/// feed when that comes within `max` bytes, else where a line that long is cut
/// ([`cut_point`]: no terminator), else at the end of `rest`. Batch ([`LineIter`]) and
/// streaming ([`crate::stream`]) split lines with it; a stream's `rest` holds at least
/// `max + 3` bytes of the line, or all of it.
pub(crate) fn line_end(rest: &[u8], max: usize) -> usize {
    // Only the first `max + 1` bytes can hold the line feed of a line kept whole: a
    // search past them would make cutting one long line quadratic.
    match memchr(b'\n', &rest[..rest.len().min(max.saturating_add(1))]) {
        Some(i) if i <= max => i + 1,
        _ if rest.len() > max => cut_point(rest, max),
        _ => rest.len(),
    }
}

/// An iterator over the [`Line`]s of a text, with offsets relative to `base`.
#[derive(Clone, Debug)]
pub(crate) struct LineIter<'h> {
    bytes: &'h [u8],
    pos: usize,
    base: usize,
    max: usize,
}

impl<'h> LineIter<'h> {
    /// Lines of `text`, cut when longer than `max` bytes; offsets start at `base` (0 for
    /// a whole text).
    pub fn new(text: &'h str, base: usize, max: usize) -> LineIter<'h> {
        LineIter {
            bytes: text.as_bytes(),
            pos: 0,
            base,
            max: max.max(4),
        }
    }
}

impl Iterator for LineIter<'_> {
    type Item = Line;

    #[inline]
    fn next(&mut self) -> Option<Line> {
        let n = self.bytes.len();
        if self.pos >= n {
            return None;
        }
        let start = self.pos;
        let end = start + line_end(&self.bytes[start..], self.max);
        self.pos = end;
        Some(Line {
            start: self.base + start,
            content_end: self.base + start + content_end(&self.bytes[start..end]),
            end: self.base + end,
        })
    }
}

impl std::iter::FusedIterator for LineIter<'_> {}

/// All lines of `text`.
#[cfg(test)]
pub(crate) fn split(text: &str) -> Vec<Line> {
    // A cheap upper bound keeps the vector from reallocating on typical text.
    let mut out = Vec::with_capacity(text.len() / 48 + 1);
    out.extend(LineIter::new(text, 0, usize::MAX));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The oracle: `str::lines` for the contents, `split_inclusive` for the spans.
    fn naive(text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        for piece in text.split_inclusive('\n') {
            let end = pos + piece.len();
            let content = piece
                .strip_suffix('\n')
                .map_or(piece, |p| p.strip_suffix('\r').unwrap_or(p));
            out.push((pos, pos + content.len(), end));
            pos = end;
        }
        out
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($content:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let text: &str = $text;
                let lines = split(text);
                let contents: Vec<&str> = lines.iter().map(|l| l.content(text)).collect();
                let expected: Vec<&str> = vec![$($content),*];
                assert_eq!(contents, expected, "contents");
                let std_lines: Vec<&str> = text.lines().collect();
                assert_eq!(contents, std_lines, "agrees with str::lines");
                let spans: Vec<(usize, usize, usize)> =
                    lines.iter().map(|l| (l.start, l.content_end, l.end)).collect();
                assert_eq!(spans, naive(text), "agrees with the naive oracle");
                // Tiling: the spans cover the text exactly.
                let mut pos = 0;
                for l in &lines {
                    assert_eq!(l.start, pos);
                    pos = l.end;
                }
                assert_eq!(pos, text.len());
            }
        };
    }

    t!(empty, "", []);
    t!(one_line_no_newline, "abc", ["abc"]);
    t!(one_line_newline, "abc\n", ["abc"]);
    t!(blank_lines, "\n\n\n", ["", "", ""]);
    t!(crlf, "a\r\nb\r\n", ["a", "b"]);
    t!(crlf_no_final, "a\r\nb", ["a", "b"]);
    t!(lone_cr_is_text, "a\rb\nc\r", ["a\rb", "c\r"]);
    t!(cr_only_line, "\r\n\r\n", ["", ""]);
    t!(mixed, "x\n\r\ny\r\n\nz", ["x", "", "y", "", "z"]);
    t!(
        bom_stays_in_first_line,
        "\u{feff}Title\nBody",
        ["\u{feff}Title", "Body"]
    );
    t!(
        non_ascii,
        "Über\nالعربية\n日本語",
        ["Über", "العربية", "日本語"]
    );
    t!(double_cr, "a\r\r\nb", ["a\r", "b"]);

    #[test]
    fn a_line_ends_after_its_feed_or_at_the_cut() {
        // The feed within `max` bytes ends the line, terminator included.
        assert_eq!(line_end(b"abc\r\ndef", 8), 5);
        assert_eq!(line_end(b"abcd\nef", 4), 5);
        // A feed past `max`: cut at `max`, no terminator.
        assert_eq!(line_end(b"abcdef\n", 4), 4);
        // No feed: the rest, or the cut when the rest is too long.
        assert_eq!(line_end(b"abc", 4), 3);
        assert_eq!(line_end(b"abcdefgh", 4), 4);
        assert_eq!(line_end("ab😀cd".as_bytes(), 4), 2);
    }

    #[test]
    fn long_lines_are_cut_at_character_boundaries() {
        // "aé" is 3 bytes: with max 4, "aéaé" (6 bytes) cuts after "aé" + "a" (4 bytes).
        assert_eq!(cut_point("aéaé".as_bytes(), 4), 4);
        // An emoji straddling the cut moves it back to the emoji's start.
        assert_eq!(cut_point("ab😀cd".as_bytes(), 4), 2);
        assert_eq!(cut_point("abc😀".as_bytes(), 4), 3);
        // Short enough: no cut.
        assert_eq!(cut_point(b"abc", 4), 3);
        // Invalid bytes count as one character each, as decode_lossy reads them.
        assert_eq!(cut_point(b"abc\xe2\x82zz", 4), 4);
        assert_eq!(cut_point(b"ab\xff\xe2\x82\xac", 4), 3);

        let line = "Überall 😀 gibt es Fähren, überall.".repeat(20);
        let text = format!("{line}\r\nTail\n");
        for max in [4, 5, 7, 64, 100] {
            let lines: Vec<Line> = LineIter::new(&text, 0, max).collect();
            let mut pos = 0;
            for l in &lines {
                assert_eq!(l.start, pos, "max {max}: tiling");
                assert!(text.is_char_boundary(l.content_end));
                assert!(l.end - l.start <= max + 2, "max {max}: {l:?}");
                pos = l.end;
            }
            assert_eq!(pos, text.len());
            let joined: String = lines.iter().map(|l| &text[l.start..l.end]).collect();
            assert_eq!(joined, text);
            assert_eq!(lines.last().map(|l| l.content(&text)), Some("Tail"));
        }
        let whole: Vec<Line> = LineIter::new(&text, 0, usize::MAX).collect();
        assert_eq!(whole.len(), 2);
    }

    #[test]
    fn base_offsets_shift_everything() {
        let lines: Vec<Line> = LineIter::new("ab\ncd", 100, usize::MAX).collect();
        assert_eq!(
            (lines[0].start, lines[0].content_end, lines[0].end),
            (100, 102, 103)
        );
        assert_eq!(
            (lines[1].start, lines[1].content_end, lines[1].end),
            (103, 105, 105)
        );
    }
}
