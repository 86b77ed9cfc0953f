//! Hard-wrapped text: the soft line breaks of a file wrapped at a fixed width.
//!
//! Text browsers at their default width (`lynx -dump`, `w3m -dump`: 80 columns), `fmt`,
//! `fold` and mail archives print a paragraph as several lines, each as full as the width
//! allows. Read line by line, such a paragraph is a stack of short lines that look like
//! headlines and menu items. The [`Joiner`] learns the file's wrap width from the lines
//! seen so far ([`Width`]) and joins the lines that a greedy wrapper broke into one
//! logical line, which the classifier then reads whole:
//!
//! * a line continues the one before when that one is *full*: within
//!   [`HOLD_SLACK`] columns of the width, and the first word of the next line would not
//!   have fitted after it;
//! * at the indent of the paragraph's second line (a list item's hanging indent counts),
//!   not starting a list item, a heading or a table row, and with no blank line between;
//! * no joined line is longer than the maximum line length, and a line cut at that
//!   length is never joined.
//!
//! The width is learnt from the past only (a histogram of line lengths that halves every
//! [`HALF_LIFE`] lines, and the last [`RECENT`] lines, of which at most one may be longer),
//! so a stream and a batch run join the same lines, and a scrape that is not wrapped,
//! appended to one that is, soon reads line by line again. A file whose lines are not wrapped has no width: its
//! lines pass through one by one, as before. A logical line keeps the byte offsets of the
//! input (its line breaks read as spaces), and [`PhysMap`] turns the pipeline's logical
//! line numbers back into the input's line numbers for the output.

use std::collections::VecDeque;

/// The longest wrap width learnt, in characters.
const MAX_WIDTH: usize = 400;

/// The shortest wrap width learnt.
const MIN_WIDTH: usize = 40;

/// Lines shorter than this (menu items, blank lines) say nothing about the width.
const MIN_COUNTED: usize = 20;

/// Counted lines before a width is learnt, and between two estimates.
const MIN_LINES: u32 = 24;
const EVERY: u32 = 16;

/// Share of counted lines (in percent) that may be longer than the width (an unbreakable
/// address, a table row).
const OVER_PCT: u32 = 2;

/// A line within this many columns of the width is full …
pub(crate) const HOLD_SLACK: usize = 16;

// The windows below the width stay within it.
const _: () = assert!(MIN_WIDTH > HOLD_SLACK && MIN_WIDTH > TOP + BELOW);

/// … and this share (percent) of the lines of half the width or more must be full for
/// the width to hold: a wrapped file piles its lines up at the width …
const FULL_PCT: u32 = 40;

/// … over this many different lengths, none with half of them: the words of a paragraph
/// fill its lines unevenly, while a line printed again and again (a footer, a
/// disclaimer) piles up at one length …
const FULL_LENGTHS: usize = 5;

/// … and the lines of the last [`TOP`] columns must be this many times as dense (per
/// column) as those of the [`BELOW`] columns under them: a greedy wrapper leaves most
/// lines a short word or less from the width, while lengths spread evenly (a list of
/// headlines, one per line) pile up nowhere.
const PILE_UP: u64 = 2;
const TOP: usize = 6;
const BELOW: usize = 32;

/// The histogram halves every this many counted lines: a file that stops being wrapped
/// (another scrape appended) soon stops counting as wrapped.
const HALF_LIFE: u32 = 256;

/// The last counted lines, of which at most one may be longer than the width for it to
/// hold: a wrapped text has no line longer than its width, save an unbreakable word.
const RECENT: usize = EVERY as usize;

/// A continuation line's indent may exceed its paragraph's first line's by this much (a
/// list item's text under its bullet).
const HANGING_INDENT: usize = 6;

/// The shape of one line, as the joiner needs it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Characters, trailing white space excluded (leading included: columns).
    pub chars: usize,
    /// Leading white-space characters.
    pub indent: usize,
    /// Characters of the first word.
    pub first_word: usize,
    /// The line starts a block of its own: a list item, a heading, a table row or a quote.
    pub opens_block: bool,
}

impl Shape {
    /// The shape of a line's content.
    pub fn of(content: &str) -> Shape {
        let text = content.trim_end();
        let body = text.trim_start();
        let lead = text.len() - body.len();
        let word = body.split(char::is_whitespace).next().unwrap_or("");
        Shape {
            chars: columns(content),
            indent: count_chars(&text[..lead]),
            first_word: count_chars(word),
            opens_block: opens_block(body),
        }
    }
}

/// Characters of `s`: its bytes that do not continue a UTF-8 sequence.
fn count_chars(s: &str) -> usize {
    s.bytes().filter(|&b| b & 0xc0 != 0x80).count()
}

/// The columns a line's content fills (characters, trailing ASCII white space aside),
/// cheaply: only what [`Width`] and [`Joiner::may_continue`] tell apart is exact. A line
/// of fewer than [`MIN_COUNTED`] bytes, or of more than four per column of [`MAX_WIDTH`],
/// is its byte length: too short, or too long, either way.
pub(crate) fn columns(content: &str) -> usize {
    let b = content.as_bytes();
    if b.len() < MIN_COUNTED {
        return b.len();
    }
    if b.len() > 4 * (MAX_WIDTH + 1) {
        return b.len();
    }
    let end = b.len()
        - b.iter()
            .rev()
            .take_while(|c| c.is_ascii_whitespace())
            .count();
    count_chars(&content[..end])
}

/// A list mark, a markdown heading, a table row or a quote at the start of `body`, or a
/// rule (a setext heading's underline: `===`, `---`).
fn opens_block(body: &str) -> bool {
    let b = body.as_bytes();
    if b.len() >= 3 && b.iter().all(|&c| c == b'=' || c == b'-') {
        return true;
    }
    match b.first() {
        Some(b'#' | b'|' | b'>') => true,
        Some(b'*' | b'-' | b'+') => b.get(1) == Some(&b' '),
        Some(b'0'..=b'9') => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            digits <= 3
                && matches!(b.get(digits), Some(b'.' | b')'))
                && b.get(digits + 1) == Some(&b' ')
        }
        _ => body.starts_with('\u{2022}'),
    }
}

/// The wrap width learnt from the lines so far.
#[derive(Clone, Debug)]
pub(crate) struct Width {
    /// Counted lines by length (the last slot: longer than [`MAX_WIDTH`]).
    hist: Box<[u32; MAX_WIDTH + 2]>,
    counted: u64,
    /// Lengths of the last [`RECENT`] counted lines (a ring indexed by the count).
    recent: [usize; RECENT],
    width: Option<usize>,
}

impl Default for Width {
    fn default() -> Width {
        Width {
            hist: Box::new([0; MAX_WIDTH + 2]),
            counted: 0,
            recent: [0; RECENT],
            width: None,
        }
    }
}

impl Width {
    /// The width learnt, if any.
    pub fn get(&self) -> Option<usize> {
        self.width
    }

    /// Counts a line of `chars` [`columns`]; from [`MIN_LINES`] counted lines on, every
    /// [`EVERY`] counted lines the width is estimated again.
    pub fn observe(&mut self, chars: usize) {
        if chars < MIN_COUNTED {
            return;
        }
        self.hist[chars.min(MAX_WIDTH + 1)] += 1;
        self.recent[(self.counted % RECENT as u64) as usize] = chars;
        self.counted += 1;
        if self.width.is_some_and(|w| !self.recent_fit(w)) {
            // Lines longer than the width again: the text is no longer wrapped.
            self.width = None;
        }
        if self.counted.is_multiple_of(u64::from(HALF_LIFE)) {
            for n in self.hist.iter_mut() {
                *n /= 2;
            }
        }
        if let Some(n) = self.counted.checked_sub(u64::from(MIN_LINES))
            && n.is_multiple_of(u64::from(EVERY))
        {
            self.width = self.estimate().filter(|&w| self.recent_fit(w));
        }
    }

    /// At most one of the last counted lines is longer than `w`.
    fn recent_fit(&self, w: usize) -> bool {
        self.recent.iter().filter(|&&n| n > w).count() <= 1
    }

    /// The length that all but [`OVER_PCT`] percent of the counted lines stay within,
    /// when it is a plausible width and [`FULL_PCT`] percent of the long lines are full.
    fn estimate(&self) -> Option<usize> {
        let total: u64 = self.hist.iter().map(|&n| u64::from(n)).sum();
        let allowed = total * u64::from(OVER_PCT) / 100;
        let mut over = 0u64;
        let mut width = None;
        for len in (0..self.hist.len()).rev() {
            let n = u64::from(self.hist[len]);
            if over + n > allowed {
                width = Some(len);
                break;
            }
            over += n;
        }
        let w = width.filter(|w| (MIN_WIDTH..=MAX_WIDTH).contains(w))?;
        let sum = |r: std::ops::RangeInclusive<usize>| -> u64 {
            self.hist[r].iter().map(|&n| u64::from(n)).sum()
        };
        let full = sum(w - HOLD_SLACK..=w);
        let top = sum(w + 1 - TOP..=w);
        let below = sum(w + 1 - TOP - BELOW..=w - TOP);
        let long = sum(w / 2..=MAX_WIDTH + 1);
        let slots = &self.hist[w - HOLD_SLACK..=w];
        let lengths = slots.iter().filter(|&&n| n > 0).count();
        let most = slots.iter().copied().max().map_or(0, u64::from);
        (full * 100 >= long * u64::from(FULL_PCT)
            && top * BELOW as u64 >= below * TOP as u64 * PILE_UP
            && lengths >= FULL_LENGTHS
            && most * 2 <= full)
            .then_some(w)
    }
}

/// The logical line being joined: its first byte, the end of its last physical line
/// (terminator included), its content so far with the line breaks as spaces (byte
/// offsets as in the input), its physical lines, and its paragraph's indents.
#[derive(Debug, Default)]
pub(crate) struct Pending {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lines: usize,
    /// Characters of the last physical line.
    last: usize,
    first_indent: usize,
    next_indent: Option<usize>,
}

/// Learns the width and decides which lines continue the one before.
#[derive(Debug, Default)]
pub(crate) struct Joiner {
    pub width: Width,
    pending: Option<Pending>,
    /// The text buffer, kept between logical lines.
    spare: String,
}

impl Joiner {
    /// Whether a line of `chars` [`columns`] may go on on the next line: the width is
    /// known, the line is full, and it ended with a terminator (a line cut at the
    /// maximum length is not joined).
    pub fn may_continue(&self, chars: usize, terminated: bool) -> bool {
        terminated
            && self
                .width
                .get()
                .is_some_and(|w| chars + HOLD_SLACK >= w && chars <= w)
    }

    /// Whether the next line (of shape `s`, `len` bytes with its terminator) continues
    /// the pending logical line, within `max_bytes` in all.
    pub fn continues(&self, s: &Shape, len: usize, max_bytes: usize) -> bool {
        let (Some(p), Some(w)) = (&self.pending, self.width.get()) else {
            return false;
        };
        let indent_ok = match p.next_indent {
            Some(i) => s.indent == i,
            None => s.indent >= p.first_indent && s.indent <= p.first_indent + HANGING_INDENT,
        };
        s.first_word > 0
            && !s.opens_block
            && indent_ok
            && p.last + 1 + s.first_word > w
            && p.end - p.start + len <= max_bytes
    }

    /// Starts a logical line with this physical line.
    pub fn begin(&mut self, start: usize, end: usize, content: &str, s: &Shape) {
        let mut text = std::mem::take(&mut self.spare);
        text.clear();
        text.push_str(content);
        self.pending = Some(Pending {
            start,
            end,
            text,
            lines: 1,
            last: s.chars,
            first_indent: s.indent,
            next_indent: None,
        });
    }

    /// Appends a physical line to the pending logical line.
    pub fn append(&mut self, start: usize, end: usize, content: &str, s: &Shape) {
        if let Some(p) = &mut self.pending {
            // The line break (and any byte up to this line) reads as spaces: the text
            // keeps the input's offsets.
            let pad = (start - p.start).saturating_sub(p.text.len());
            p.text.extend(std::iter::repeat_n(' ', pad));
            p.text.push_str(content);
            p.end = end;
            p.lines += 1;
            p.last = s.chars;
            p.next_indent.get_or_insert(s.indent);
        }
    }

    /// Whether a logical line is pending.
    pub fn is_pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Takes the pending logical line; hand its text back with [`Joiner::give_back`].
    pub fn take(&mut self) -> Option<Pending> {
        self.pending.take()
    }

    /// Keeps a taken line's buffer for the next one.
    pub fn give_back(&mut self, text: String) {
        self.spare = text;
    }
}

/// Logical line numbers (the pipeline's) to the input's line numbers: for every logical
/// line of several physical lines, the logical line after it and the physical lines
/// added up to there. Entries before the oldest line still needed are dropped.
#[derive(Debug, Default)]
pub(crate) struct PhysMap {
    entries: VecDeque<(usize, usize)>,
}

impl PhysMap {
    /// Logical line `line` spans `lines` physical lines.
    pub fn record(&mut self, line: usize, lines: usize) {
        if lines > 1 {
            // The last entry is never dropped: it holds the sum so far.
            let extra = self.entries.back().map_or(0, |e| e.1) + lines - 1;
            self.entries.push_back((line + 1, extra));
        }
    }

    /// The physical line where logical line `line` starts (`line` may be the line after
    /// the last: the physical line count).
    pub fn physical(&self, line: usize) -> usize {
        let i = self.entries.partition_point(|&(l, _)| l <= line);
        line + i.checked_sub(1).map_or(0, |i| self.entries[i].1)
    }

    /// No line before logical line `line` will be looked up again.
    pub fn forget_before(&mut self, line: usize) {
        while self.entries.len() > 1 && self.entries[1].0 <= line {
            self.entries.pop_front();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Greedy wrapping at `w` columns, the oracle of a text browser's layout.
    fn wrap(text: &str, w: usize) -> Vec<String> {
        let mut out = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > w {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push(line);
        out
    }

    const PARAGRAPH: &str = "The harbour council met on Monday evening to decide the \
        future of the island ferry, which has carried commuters, school children and \
        holiday makers across the sound for more than sixty years, and voted by a wide \
        margin to keep it running for at least another decade while a new pier is built.";

    /// `n` different paragraphs: the words of [`PARAGRAPH`], rotated.
    fn paragraphs(n: usize) -> Vec<String> {
        let words: Vec<&str> = PARAGRAPH.split_whitespace().collect();
        (0..n)
            .map(|i| {
                let k = i % words.len();
                [&words[k..], &words[..k]].concat().join(" ")
            })
            .collect()
    }

    #[test]
    fn a_wrapped_file_teaches_its_width() {
        let mut w = Width::default();
        for l in paragraphs(30).iter().flat_map(|p| wrap(p, 72)) {
            w.observe(columns(&l));
        }
        let got = w.get().expect("a width");
        assert!((60..=72).contains(&got), "{got}");
    }

    #[test]
    fn unwrapped_text_has_no_width() {
        let mut w = Width::default();
        let lines = [
            "Home",
            "Ferry to Stay for Ten More Years, Council Decides",
            PARAGRAPH,
            "By Jane Roe, Coast Courier",
            "Share this article on social media",
        ];
        for _ in 0..40 {
            for l in lines {
                w.observe(columns(l));
            }
        }
        assert_eq!(w.get(), None);
    }

    #[test]
    fn shapes_count_characters_and_see_block_starts() {
        let s = Shape::of("   Überfahrt nach Süden  ");
        assert_eq!((s.chars, s.indent, s.first_word), (23, 3, 9));
        assert!(Shape::of("  * Item").opens_block);
        assert!(Shape::of("12. Item").opens_block);
        assert!(Shape::of("# Heading").opens_block);
        assert!(!Shape::of("2021 was a year").opens_block);
        assert!(!Shape::of("-5 degrees").opens_block);
        assert!(Shape::of("=====").opens_block);
        assert!(Shape::of("---").opens_block);
    }

    #[test]
    fn continuation_needs_a_full_line_a_fitting_indent_and_room() {
        let mut j = Joiner::default();
        for l in paragraphs(30).iter().flat_map(|p| wrap(p, 72)) {
            j.width.observe(columns(&l));
        }
        let w = j.width.get().expect("a width");
        let full = "The harbour council met on Monday evening to decide the future of";
        let shape = Shape::of(full);
        assert!(j.may_continue(shape.chars, true));
        assert!(
            !j.may_continue(shape.chars, false),
            "a line cut at the limit"
        );
        assert!(!j.may_continue(columns("Short line"), true));
        j.begin(0, full.len() + 1, full, &shape);
        let next = |t: &str| Shape::of(t);
        // The next word would not have fitted: a continuation.
        let word = "x".repeat(w - shape.chars);
        assert!(j.continues(&next(&format!("{word} ferry.")), 20, 1 << 20));
        // A word that would have fitted, a list item, a deeper indent, no room.
        assert_eq!(j.continues(&next("a b c"), 6, 1 << 20), shape.chars + 2 > w);
        assert!(!j.continues(&next(&format!("* {word}")), 20, 1 << 20));
        assert!(!j.continues(&next(&format!("          {word}")), 30, 1 << 20));
        assert!(!j.continues(&next(&format!("{word} ferry.")), 20, full.len() + 10));
        let p = j.take().expect("pending");
        assert_eq!((p.start, p.lines, p.text.as_str()), (0, 1, full));
    }

    #[test]
    fn appended_lines_keep_the_input_offsets() {
        let mut j = Joiner::default();
        let a = "First line of a paragraph";
        j.begin(10, 10 + a.len() + 2, a, &Shape::of(a));
        let b = "  goes on";
        j.append(
            10 + a.len() + 2,
            10 + a.len() + 2 + b.len() + 1,
            b,
            &Shape::of(b),
        );
        let p = j.take().expect("pending");
        let input = format!("{a}\r\n{b}\n");
        assert_eq!(p.text.len(), a.len() + 2 + b.len());
        assert_eq!(p.text, input.trim_end().replace("\r\n", "  "));
        assert_eq!((p.start, p.end, p.lines), (10, 10 + input.len(), 2));
    }

    #[test]
    fn the_map_adds_the_joined_lines() {
        let mut m = PhysMap::default();
        m.record(0, 1);
        m.record(1, 3); // logical 1 = physical 1..4
        m.record(2, 1); // logical 2 = physical 4
        m.record(3, 2); // logical 3 = physical 5..7
        let got: Vec<usize> = (0..6).map(|l| m.physical(l)).collect();
        assert_eq!(got, vec![0, 1, 4, 5, 7, 8]);
        m.forget_before(3);
        assert_eq!(m.physical(3), 5);
        assert_eq!(m.physical(4), 7);
    }
}
