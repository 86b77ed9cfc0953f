//! Segmenting a [`BufRead`]: articles as soon as their end is certain, in bounded memory.

use crate::bytes::replace_invalid;
use crate::error::Error;
use crate::lines::{content_end, line_end};
use crate::segment::{Article, Engine, Segmenter};
use std::io::BufRead;

/// How a stream treats bytes that are not UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Utf8Mode {
    /// Stop with [`ErrorKind::InvalidUtf8`](crate::ErrorKind::InvalidUtf8).
    Strict,
    /// Read each byte of an invalid sequence as `?` (see [`decode_lossy`](crate::decode_lossy)).
    Lossy,
}

/// The articles of a [`BufRead`], owned, yielded as soon as their end is certain
/// ([`Segmenter::stream`], [`Segmenter::stream_lossy`]).
///
/// Offsets (bytes and lines) are absolute: from the start of the stream. The stream
/// holds the current article's text, the article before it while its end may still move
/// (until the current one has text, 40 lines or 1 MiB), and `window` lines of
/// lookahead, nothing more, so memory stays bounded by the settings (about 29 MiB of text
/// by default: see Limits in the crate docs) whatever the input's size. The articles
/// are those [`Segmenter::segment`] gives on the same text.
///
/// An I/O error or (in strict mode) invalid UTF-8 is yielded once as `Err`, after the
/// articles that ended before it; the stream then ends.
///
/// ```
/// use article_segmenter::Segmenter;
/// use std::io::BufReader;
///
/// // Two pages, the second after a Latin-1 byte: strict mode stops there, lossy mode
/// // reads the byte as `?` and goes on, with offsets that still count the input bytes.
/// let mut input = b"Harbour Ferry Runs Again | Coast Courier\n\nHarbour Ferry Runs Again\n\n\
///     The ferry to the island runs again from Monday, the council said.\n\n\
///     Source: Coast Courier\n".to_vec();
/// input.extend_from_slice(b"Caf\xe9 Reopens in the Old Harbour | Island Weekly\n\n\
///     Caf\xe9 Reopens in the Old Harbour\n\nThe old harbour caf\xe9 reopened on Friday.\n");
/// let seg = Segmenter::new();
/// let strict: Vec<_> = seg.stream(BufReader::new(&input[..])).collect();
/// let err = strict.last().unwrap().as_ref().unwrap_err();
/// assert_eq!(err.utf8_offset(), Some(160));
/// let lossy: Vec<_> = seg.stream_lossy(BufReader::new(&input[..])).collect::<Result<_, _>>()?;
/// assert_eq!(lossy.len(), 2);
/// assert_eq!(lossy[1].headline(), Some("Caf? Reopens in the Old Harbour"));
/// assert_eq!(lossy[1].span().end, input.len());
/// # Ok::<(), article_segmenter::Error>(())
/// ```
pub struct Stream<'s, R> {
    engine: Engine<'s>,
    reader: R,
    mode: Utf8Mode,
    /// Bytes from `base` (the start of the oldest article not yet yielded: the held one,
    /// else the current one) to the read position.
    buf: Vec<u8>,
    base: usize,
    /// Where the next line starts in `buf`: bytes after it are read but not yet a line.
    next: usize,
    /// The reader has no more bytes.
    eof: bool,
    /// Maximum line length ([`SegmenterBuilder::max_line_bytes`](crate::SegmenterBuilder::max_line_bytes)).
    max_line: usize,
    done: bool,
}

impl<R> std::fmt::Debug for Stream<'_, R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("mode", &self.mode)
            .field("base", &self.base)
            .field("buffered", &self.buf.len())
            .field("done", &self.done)
            .finish()
    }
}

impl Segmenter {
    /// Segments a reader, yielding owned articles as their ends become certain.
    /// Invalid UTF-8 ends the stream with an error naming the absolute byte offset.
    ///
    /// ```
    /// use article_segmenter::Segmenter;
    /// let text = "Ferry News\n\nThe ferry runs again on Monday.\n";
    /// let seg = Segmenter::new();
    /// let streamed: Vec<_> = seg.stream(text.as_bytes()).collect::<Result<_, _>>()?;
    /// let batch: Vec<_> = seg.segment(text).articles().iter().map(|a| a.clone().into_owned()).collect();
    /// assert_eq!(streamed, batch);
    /// # Ok::<(), article_segmenter::Error>(())
    /// ```
    pub fn stream<R: BufRead>(&self, reader: R) -> Stream<'_, R> {
        Stream::new(self, reader, Utf8Mode::Strict)
    }

    /// Like [`stream`](Segmenter::stream), but each byte of an invalid UTF-8 sequence is
    /// read as `?`, so that offsets still count the original bytes (the lossy path of
    /// [`decode_lossy`](crate::decode_lossy)).
    pub fn stream_lossy<R: BufRead>(&self, reader: R) -> Stream<'_, R> {
        Stream::new(self, reader, Utf8Mode::Lossy)
    }
}

impl<'s, R: BufRead> Stream<'s, R> {
    fn new(seg: &'s Segmenter, reader: R, mode: Utf8Mode) -> Stream<'s, R> {
        Stream {
            engine: Engine::new(seg),
            reader,
            mode,
            buf: Vec::with_capacity(64 * 1024),
            base: 0,
            next: 0,
            eof: false,
            max_line: seg.config().max_line_bytes.max(4),
            done: false,
        }
    }

    /// Reads until `buf[next..]` holds a line feed, `max_line + 4` bytes (enough to cut a
    /// long line where [`LineIter`](crate::lines::LineIter) cuts it), or the rest of the
    /// input.
    fn fill(&mut self) -> Result<(), Error> {
        let want = self.max_line + 4;
        // What the buffer holds already is scanned once; each read after that appends
        // up to its first line feed, so only the appended bytes are scanned (a long line
        // read in many small pieces is not scanned again and again).
        if memchr::memchr(b'\n', &self.buf[self.next..]).is_some() {
            return Ok(());
        }
        loop {
            let have = self.buf.len() - self.next;
            if self.eof || have >= want {
                return Ok(());
            }
            let avail = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Error::io(self.base + self.buf.len(), &e)),
            };
            if avail.is_empty() {
                self.eof = true;
                continue;
            }
            let room = avail.len().min(want - have);
            let feed = memchr::memchr(b'\n', &avail[..room]);
            let take = feed.map_or(room, |i| i + 1);
            self.buf.extend_from_slice(&avail[..take]);
            self.reader.consume(take);
            if feed.is_some() {
                return Ok(());
            }
        }
    }

    /// Reads one line into the buffer and hands it to the engine; `Ok(false)` at the end.
    fn read_line(&mut self) -> Result<bool, Error> {
        self.fill()?;
        let start = self.next;
        let have = &self.buf[start..];
        if have.is_empty() {
            return Ok(false);
        }
        let end = start + line_end(have, self.max_line);
        // One check per line; a second only after invalid bytes were replaced.
        let line = match std::str::from_utf8(&self.buf[start..end]) {
            Ok(line) => line,
            Err(e) => match self.mode {
                Utf8Mode::Strict => return Err(Error::utf8(self.base + start + e.valid_up_to())),
                Utf8Mode::Lossy => {
                    replace_invalid(&mut self.buf[start..end]);
                    std::str::from_utf8(&self.buf[start..end]).expect("replaced")
                }
            },
        };
        let content = &line[..content_end(line.as_bytes())];
        let abs = self.base + start;
        self.engine.push(abs, abs + line.len(), content);
        self.next = end;
        Ok(true)
    }
}

impl<R: BufRead> Iterator for Stream<'_, R> {
    type Item = Result<Article<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(raw) = self.engine.pop() {
                let end = raw.span.end - self.base;
                let text = std::str::from_utf8(&self.buf[..end]).expect("valid by construction");
                let article = raw.into_article(text, self.base).into_owned();
                self.buf.drain(..end);
                self.base += end;
                self.next -= end;
                return Some(Ok(article));
            }
            if self.done {
                return None;
            }
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.engine.finish();
                    self.done = true;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

impl<R: BufRead> std::iter::FusedIterator for Stream<'_, R> {}

#[cfg(test)]
mod tests {
    use crate::{ErrorKind, Segmenter};

    const TEXT: &str = "Harbour Town Votes to Keep Its Ferry | Coast Courier\nCoast Courier\n\nHarbour Town Votes to Keep Its Ferry\n\nThe council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\nThe money will come from higher parking fees in the harbour district, she added.\n\nSource: Coast Courier\nSeals Counted on the Northern Sandbanks | Island Weekly\nIsland Weekly\n\nSeals Counted on the Northern Sandbanks\n\nVolunteers counted more grey seals on the sandbanks than in any year before.\n\nThe wildlife trust said the colony was recovering after years of decline.\n";

    #[test]
    fn stream_equals_batch() {
        let seg = Segmenter::new();
        let batch: Vec<_> = seg
            .segment(TEXT)
            .into_articles()
            .into_iter()
            .map(|a| a.into_owned())
            .collect();
        assert!(batch.len() >= 2);
        let streamed: Vec<_> = seg.stream(TEXT.as_bytes()).map(Result::unwrap).collect();
        assert_eq!(streamed, batch);
        // A reader that delivers a few bytes at a time.
        let slow = std::io::BufReader::with_capacity(7, TEXT.as_bytes());
        let streamed: Vec<_> = seg.stream(slow).map(Result::unwrap).collect();
        assert_eq!(streamed, batch);
    }

    #[test]
    fn strict_stream_stops_at_invalid_utf8() {
        let mut bytes = TEXT.as_bytes().to_vec();
        let at = 120;
        bytes[at] = 0xff;
        let seg = Segmenter::new();
        let items: Vec<_> = seg.stream(&bytes[..]).collect();
        let err = items.last().unwrap().as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidUtf8);
        assert_eq!(err.utf8_offset(), Some(at));
    }

    #[test]
    fn lossy_stream_keeps_offsets() {
        let mut bytes = TEXT.as_bytes().to_vec();
        bytes[120] = 0xff;
        let seg = Segmenter::new();
        let arts: Vec<_> = seg.stream_lossy(&bytes[..]).map(Result::unwrap).collect();
        assert_eq!(arts.last().unwrap().span().end, bytes.len());
        let total: usize = arts.iter().map(|a| a.as_str().len()).sum();
        assert_eq!(total, bytes.len());
        assert!(arts.iter().any(|a| a.as_str().contains('?')));
    }

    #[test]
    fn io_errors_are_reported() {
        struct Failing;
        impl std::io::Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::other("disk on fire"))
            }
        }
        let seg = Segmenter::new();
        let items: Vec<_> = seg.stream(std::io::BufReader::new(Failing)).collect();
        assert_eq!(items.len(), 1);
        let err = items[0].as_ref().unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        assert!(err.to_string().contains("disk on fire"));
    }
}
