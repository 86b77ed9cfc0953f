//! Boundary evidence over a bounded window of lines, in linear time.
//!
//! The signals are computed incrementally: [`Signals::push`] takes the next line's
//! [`Features`] and updates earlier lines' evidence through small hash
//! tables (key → last line seen), so no pair of lines is ever compared directly and
//! memory does not grow with the input. A line's signals are final once `window` more
//! lines have been pushed (or the input ended); [`Signals::pop`] then hands it over,
//! together with a summary of what follows it.
//!
//! * **echo**: the line's normalised key occurs again within the window (a headline
//!   printed twice, a caption printed twice);
//! * **title echo**: a part of a title line (`Headline | Site`, `Site - Headline`)
//!   recurs as a whole line further on (the `<title>` line, then the `<h1>`);
//! * **blank run**: how many blank lines precede the line;
//! * **opening**: the file's opening lines (its first non-blank lines) recur here:
//!   site chrome printed at every article start;
//! * **lookahead**: what the next lines hold (body lines, a byline right after).

use crate::classify::lang::{self, N_LANGS};
use crate::classify::{Features, LineClass, MIN_ECHO_KEY, Scratch, finalize, flag, is_legal_key};
use std::collections::VecDeque;

/// log2 of the number of slots in the line-key tables, at full size.
const TABLE_BITS: u32 = 14;

/// How many times the tables double from their starting size to their full size.
///
/// A call on a short record must not pay for tables sized for a crawl dump: the tables
/// start at 1/32 of their full size and double at 64, 128, 256, 512 and 1024 lines.
/// Growth depends on the line count alone, so batch and streaming runs see the same
/// tables, and moving the entries loses none (a slot's index gains one bit).
const GROWTH_STEPS: u32 = 5;

/// Lines after which the tables first double.
const FIRST_GROWTH: usize = 64;

/// Non-blank lines of lookahead summarised for the machine.
pub(crate) const LOOKAHEAD: usize = 24;

/// Characters an underline may run past its heading: markdown writers print it as
/// long as the heading (a hand-written one may be shorter); a rule much longer than
/// the line above it is a page separator or a text browser's `<hr>`, not an underline.
const UNDERLINE_EXTRA: u32 = 3;

/// How far apart a line and the line it ends with (or that ends with it) may be.
const SUFFIX_LINES: usize = 12;

/// Lines after a headline-like line in which body text counts for its coverage.
const COVER_LINES: usize = 60;

/// Non-blank lines of the file's opening that must recur for an `opening` signal.
const OPENING_LINES: usize = 3;

/// Body lines before a line whose language votes count.
const LANG_BEFORE_LINES: usize = 4;

/// Votes a language needs to be the clear language of a stretch of body text.
const LANG_VOTES: f32 = 10.0;

/// Widget lines (a share panel's buttons) the lookahead passes over besides its
/// [`LOOKAHEAD`] lines.
const MAX_LOOKAHEAD_WIDGETS: u32 = 2 * LOOKAHEAD as u32;

/// Lines within which a second line with the same opening label makes both items of a
/// list ([`LineSignals::listed`]).
const LABEL_GAP: usize = 6;

/// Recent labelled lines kept (at least [`LABEL_GAP`]: a slot per line number modulo).
const LABEL_RING: usize = 8;

/// Body lines ahead whose language votes count.
const LANG_AHEAD_LINES: u32 = 6;

/// Body lines the lookahead needs before its language counts: a blurb or two in
/// another language (a site's English footer under a German page, a tooltip list) is
/// not the next article's text.
const LANG_AHEAD_MIN: u32 = 2;

/// Lines within which a line printed again after an image line is its caption (see
/// [`LineSignals::echo_image`]).
const IMAGE_ECHO_LINES: u32 = 3;

/// Evidence about one line, final once the window has passed it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct LineSignals {
    /// Blank lines right before this line.
    pub blank_before: u32,
    /// Distance back to the previous line with the same key (0: none in the window).
    pub echo_prev: u32,
    /// Distance ahead to the next line with the same key (0: none in the window).
    pub echo_next: u32,
    /// Earlier printings of this line's key in the window, chained (0 for a first print).
    pub repeat: u32,
    /// This title line's headline part recurs as a whole line this far ahead.
    pub title_next: u32,
    /// This line is the headline part of a title line this far back.
    pub title_prev: u32,
    /// The file's opening lines recur starting here.
    pub opening: bool,
    /// Body lines among the next [`LOOKAHEAD`] lines.
    pub body_ahead: u32,
    /// Distance to the first body line ahead (0: none in the lookahead).
    pub first_body: u32,
    /// No other headline-like line comes before that first body line: this is the last
    /// headline-like line of the header block.
    pub last_before_body: bool,
    /// Running text follows: two body lines with at most three other lines between them,
    /// or one long paragraph (a teaser's one-line blurb is not running text).
    pub text_ahead: bool,
    /// A byline or date within the next 4 non-blank lines.
    pub byline_ahead: bool,
    /// A caption printed twice (a line echoed 1 or 2 lines later) within the next 6
    /// non-blank lines.
    pub caption_echo_ahead: bool,
    /// The body lines ahead are teaser blurbs (a kicker, a headline, a one-paragraph
    /// summary, again and again): two of them or more follow a header block (a
    /// headline-like line and one more line), and none follows body text without a
    /// headline-like line between.
    pub teasers_ahead: bool,
    /// Distance to the next non-blank line (0: none in the lookahead).
    pub next_text: u32,
    /// The next non-blank line is a menu or a skip link: a skip link, or a navigation
    /// word of a few words that is not an item of a list (a page header's site name or
    /// tagline stands right above its menu; a headline stands above its text).
    pub nav_next: bool,
    /// The next non-blank line is a page-start line (not a tag manager's frame).
    pub start_next: bool,
    /// The next line is a short name line followed by a blank line (a site name under a
    /// title line: `Headline` / `Site` / blank).
    pub site_line: bool,
    /// The line follows a non-blank line with no blank line between, and is no short
    /// name line under a headline-like line (a site name under a title line).
    pub joined: bool,
    /// For a headline-like line: its distinct words (up to 16) …
    pub words: u8,
    /// … and which of them recur in the body lines of the lookahead (bit per word).
    pub covered: u16,
    /// How many of them occurred in the body lines just before it.
    pub covered_before: u8,
    /// This line prints the same text as a line at most 8 lines before it that had a
    /// site-name line under it (`Headline` / `Site` / blank / `Headline`).
    pub echo_site: bool,
    /// This line prints again, at most [`IMAGE_ECHO_LINES`] lines on, the text of an
    /// image line (`[Alt text]`, then `Alt text`): the image's caption, not a headline's
    /// second printing.
    pub echo_image: bool,
    /// For a body line: how many of its distinct words the body text of the last
    /// [`COVER_LINES`] lines did not use, of how many (`fresh`, `distinct`).
    pub fresh: (u16, u16),
    /// For any line: freshness (in percent) of the first two body lines ahead, when there
    /// was body text shortly before (`None` otherwise).
    pub fresh_ahead: Option<u8>,
    /// The language of the body text before the line, when clear (an index into
    /// [`LANGS`](crate::classify::lang::LANGS)).
    pub lang_before: Option<u8>,
    /// For a headline-like line: the language of the body text after it, when clear
    /// (and read over [`LANG_AHEAD_MIN`] body lines at least).
    pub lang_ahead: Option<u8>,
    /// This line is the end of a line this far back (`Home News Harbour Votes`, then
    /// `Harbour Votes`).
    pub suffix_of: u32,
    /// This line ends with the text of a line this far back.
    pub contains_prev: u32,
    /// For a headline-like line: the last title line with a site name before it (how far
    /// back), and the share of this line's words (percent) that title line has.
    pub title_words: Option<(u32, u8)>,
    /// The line's opening label recurs in a line at most [`LABEL_GAP`] lines before or
    /// after it: an item of a labelled list (`Weiter zur Seite: X – Y` line after line), no
    /// page's title line.
    pub listed: bool,
}

impl LineSignals {
    /// Printed before and after this line within the window: three printings or more,
    /// a site's boilerplate (a republished story is printed twice), not a page's text.
    pub fn recurring(&self) -> bool {
        self.echo_prev > 0 && self.echo_next > 0
    }

    /// Share of the line's words that the following body text repeats, when the line
    /// has at least two words to judge by.
    pub fn coverage(&self) -> Option<f32> {
        (self.words >= 2).then(|| self.covered.count_ones() as f32 / self.words as f32)
    }

    /// Share of the line's words that the body text just before it used.
    pub fn coverage_before(&self) -> Option<f32> {
        (self.words >= 2).then(|| self.covered_before as f32 / self.words as f32)
    }
}

/// A line whose signals are final.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Evidence {
    /// Line index (0-based).
    pub line: usize,
    /// Byte offset where the line starts.
    pub start: usize,
    /// Byte offset where the line ends (terminator included).
    pub end: usize,
    /// The line's own features.
    pub f: Features,
    /// Its evidence.
    pub s: LineSignals,
}

#[derive(Clone, Copy)]
struct Slot {
    key: u64,
    line: usize,
    count: u32,
}

const EMPTY: Slot = Slot {
    key: 0,
    line: usize::MAX,
    count: 0,
};

/// A table key → last line in two-way buckets: bounded memory, O(1), lossy when three
/// recent keys share a bucket (a lost echo, never a false one: the full 64-bit key is
/// compared). A key replaces its own entry, else the older entry of its bucket; two ways
/// keep a line's many suffix keys from overwriting one another in a small table.
struct Table {
    slots: Vec<Slot>,
    bits: u32,
}

impl Table {
    fn new(bits: u32) -> Table {
        Table {
            slots: vec![EMPTY; 1 << bits],
            bits,
        }
    }

    /// The first slot of `key`'s bucket.
    #[inline]
    fn bucket(&self, key: u64) -> usize {
        (finalize(key) >> (64 - self.bits)) as usize & !1
    }

    /// The last line with `key` and how many printings led to it.
    #[inline]
    fn get(&self, key: u64) -> Option<(usize, u32)> {
        let b = self.bucket(key);
        self.slots[b..b + 2]
            .iter()
            .find(|s| s.key == key && s.line != usize::MAX)
            .map(|s| (s.line, s.count))
    }

    #[inline]
    fn put(&mut self, key: u64, line: usize, count: u32) {
        let b = self.bucket(key);
        let (first, second) = (self.slots[b], self.slots[b + 1]);
        // Empty slots (line `usize::MAX`) count as the oldest.
        let i = if first.key == key
            || second.key != key && first.line.wrapping_add(1) <= second.line.wrapping_add(1)
        {
            b
        } else {
            b + 1
        };
        self.slots[i] = Slot { key, line, count };
    }

    /// Doubles the table, keeping every entry: a bucket splits in two by the next bit.
    fn grow(&mut self) {
        let mut bigger = Table::new(self.bits + 1);
        for s in self.slots.iter().filter(|s| s.line != usize::MAX) {
            bigger.put(s.key, s.line, s.count);
        }
        *self = bigger;
    }
}

/// Where a word of a headline-like line waits: its line and its bit there.
#[derive(Clone, Copy)]
struct WordSlot {
    line: usize,
    bit: u8,
}

/// log2 of the slots of the body-word table.
const BODY_WORD_BITS: u32 = 13;

/// log2 of the buckets of the word table.
const WORD_BITS: u32 = 11;

/// Entries per bucket: the same word can wait for several headline-like lines (a title
/// line, the headline, an echo) at once.
const WORD_WAYS: usize = 4;

const EMPTY_WORD: WordSlot = WordSlot {
    line: usize::MAX,
    bit: 0,
};

/// Words of recent headline-like lines: a bucketed table word → (line, bit).
///
/// The words of a bucket are kept apart from their slots, so that a body line's word
/// is looked for in its bucket by four comparisons of one array (most words are in no
/// headline-like line).
struct WordTable {
    /// The words of each bucket (0 in an empty entry: a word hash is odd).
    words: Vec<[u32; WORD_WAYS]>,
    /// Their lines and bits (line `usize::MAX` in an empty entry).
    slots: Vec<[WordSlot; WORD_WAYS]>,
    bits: u32,
}

impl WordTable {
    fn new(bits: u32) -> WordTable {
        WordTable {
            words: vec![[0; WORD_WAYS]; 1 << bits],
            slots: vec![[EMPTY_WORD; WORD_WAYS]; 1 << bits],
            bits,
        }
    }

    /// The bucket of `word`.
    #[inline]
    fn bucket(&self, word: u32) -> usize {
        (word >> (32 - self.bits)) as usize
    }

    /// Doubles the table, keeping every entry: a bucket splits in two by the next bit.
    fn grow(&mut self) {
        let mut bigger = WordTable::new(self.bits + 1);
        for (ws, slots) in self.words.iter().zip(&self.slots) {
            for (&w, s) in ws.iter().zip(slots) {
                if s.line == usize::MAX {
                    continue;
                }
                let b = bigger.bucket(w);
                if let Some(i) = bigger.slots[b].iter().position(|e| e.line == usize::MAX) {
                    bigger.words[b][i] = w;
                    bigger.slots[b][i] = *s;
                }
            }
        }
        *self = bigger;
    }
}

/// Words of recent body lines: a direct-mapped table word → last body line.
struct BodyWords {
    slots: Vec<(u32, usize)>,
    bits: u32,
}

impl BodyWords {
    fn new(bits: u32) -> BodyWords {
        BodyWords {
            slots: vec![(0, usize::MAX); 1 << bits],
            bits,
        }
    }

    #[inline]
    fn index(&self, word: u32) -> usize {
        (word >> (32 - self.bits)) as usize
    }

    /// The last body line that used `word`.
    #[inline]
    fn get(&self, word: u32) -> Option<usize> {
        let (w, l) = self.slots[self.index(word)];
        (w == word && l != usize::MAX).then_some(l)
    }

    #[inline]
    fn put(&mut self, word: u32, line: usize) {
        let i = self.index(word);
        self.slots[i] = (word, line);
    }

    /// Doubles the table, keeping every entry.
    fn grow(&mut self) {
        let mut bigger = BodyWords::new(self.bits + 1);
        for &(w, l) in self.slots.iter().filter(|s| s.1 != usize::MAX) {
            bigger.put(w, l);
        }
        *self = bigger;
    }
}

/// The incremental signal computer.
pub(crate) struct Signals {
    window: usize,
    /// Most bytes the buffered lines may span before the first is handed over.
    max_bytes: usize,
    /// Lines not yet handed over: `(start byte, end byte, features, signals)`, first is
    /// `base`.
    buf: VecDeque<(usize, usize, Features, LineSignals)>,
    base: usize,
    next_line: usize,
    keys: Table,
    titles: Table,
    /// Suffix keys of recent lines.
    suffixes: Table,
    blank_run: u32,
    /// Keys of the file's first non-blank lines.
    opening: Vec<u64>,
    /// The line where they last recurred (0: not yet).
    last_opening: usize,
    /// Whether they hold a line that is not running text.
    opening_chrome: bool,
    /// Words of recent headline-like lines: word → (line, bit), for coverage.
    words: WordTable,
    /// Words of recent body lines: word → last body line.
    body_words: BodyWords,
    /// Doublings of the tables so far (up to [`GROWTH_STEPS`]).
    grown: u32,
    /// The last body line pushed.
    last_body: Option<usize>,
    /// The last headline-like line whose words went into `words`.
    last_head: Option<usize>,
    /// Language votes of the last [`LANG_BEFORE_LINES`] body lines (a ring).
    lang: [lang::Votes; LANG_BEFORE_LINES],
    /// Body lines pushed so far (the ring's next slot).
    bodies: usize,
    /// The last title line with a site name: its line and up to 16 word hashes.
    last_title: Option<(usize, [u32; 16], usize)>,
    /// The last lines with an opening label: (label key, line), oldest overwritten.
    labels: [(u64, usize); LABEL_RING],
}

impl std::fmt::Debug for Signals {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signals")
            .field("window", &self.window)
            .field("buffered", &self.buf.len())
            .field("next_line", &self.next_line)
            .finish()
    }
}

/// A short line that may be a site's name (a few words, no sentence, no list item, no
/// credit): under a headline-like line, the site's name under its title line.
fn name_line(f: &Features) -> bool {
    f.words <= 5
        && f.chars <= 50
        && !f.has(flag::TERMINAL | flag::CONTINUES | flag::BULLET | flag::COPYRIGHT | flag::CREDIT)
}

impl Signals {
    /// A computer with the given window (lines of lookahead and lookback) and lookahead
    /// budget in bytes.
    pub fn new(window: usize, max_bytes: usize) -> Signals {
        Signals {
            window: window.max(LOOKAHEAD + 1),
            max_bytes,
            buf: VecDeque::new(),
            base: 0,
            next_line: 0,
            keys: Table::new(TABLE_BITS - GROWTH_STEPS),
            titles: Table::new(TABLE_BITS - GROWTH_STEPS),
            suffixes: Table::new(TABLE_BITS - GROWTH_STEPS),
            blank_run: 0,
            opening: Vec::with_capacity(OPENING_LINES),
            last_opening: 0,
            opening_chrome: false,
            words: WordTable::new(WORD_BITS - GROWTH_STEPS),
            body_words: BodyWords::new(BODY_WORD_BITS - GROWTH_STEPS),
            grown: 0,
            last_body: None,
            last_head: None,
            lang: [[0; N_LANGS]; LANG_BEFORE_LINES],
            bodies: 0,
            last_title: None,
            labels: [(0, 0); LABEL_RING],
        }
    }

    /// Marks line `line` (signals `s`) and the last line with the same opening label as
    /// items of a list when that line is at most [`LABEL_GAP`] lines back, and keeps the
    /// label.
    fn list_label(&mut self, label: u64, line: usize, s: &mut LineSignals) {
        let slot = line % LABEL_RING;
        if let Some(&(_, prev)) = self
            .labels
            .iter()
            .filter(|&&(k, l)| k == label && l < line && line - l <= LABEL_GAP)
            .max_by_key(|&&(_, l)| l)
        {
            s.listed = true;
            self.unlist_title(prev, line);
        }
        self.labels[slot] = (label, line);
    }

    /// Line `prev` turned out an item of a labelled list, no title line: its title parts
    /// leave the table, and the lines up to `line` (not included) that echoed one of them
    /// echo no title.
    fn unlist_title(&mut self, prev: usize, line: usize) {
        let Some(f) = self.feat(prev) else {
            return;
        };
        for k in f.part_keys {
            if k != 0 && self.titles.get(k).is_some_and(|(t, _)| t == prev) {
                self.titles.put(k, usize::MAX, 0);
            }
        }
        if let Some(ps) = self.sig_mut(prev) {
            ps.listed = true;
            ps.title_next = 0;
        }
        for l in prev + 1..line {
            if let Some(es) = self.sig_mut(l)
                && es.title_prev as usize == l - prev
            {
                es.title_prev = 0;
            }
        }
    }

    /// Lines pushed so far.
    pub fn lines_seen(&self) -> usize {
        self.next_line
    }

    fn sig(&self, line: usize) -> Option<&LineSignals> {
        let i = line.checked_sub(self.base)?;
        self.buf.get(i).map(|e| &e.3)
    }

    fn feat(&self, line: usize) -> Option<&Features> {
        let i = line.checked_sub(self.base)?;
        self.buf.get(i).map(|e| &e.2)
    }

    fn sig_mut(&mut self, line: usize) -> Option<&mut LineSignals> {
        let i = line.checked_sub(self.base)?;
        self.buf.get_mut(i).map(|e| &mut e.3)
    }

    /// Adds the next line, with the hashes of its words and its suffix keys.
    pub fn push(&mut self, start: usize, end: usize, mut f: Features, scratch: &Scratch) {
        let words = &scratch.words[..];
        let line = self.next_line;
        self.next_line += 1;
        if self.grown < GROWTH_STEPS && line == FIRST_GROWTH << self.grown {
            self.grow();
        }
        let mut s = LineSignals {
            blank_before: self.blank_run,
            lang_before: (f.class == LineClass::Headline)
                .then(|| self.lang_before())
                .flatten(),
            ..LineSignals::default()
        };
        self.read_above(&mut f);
        // Right under a non-blank line: the blocks are glued, unless this line is a short
        // name under a headline-like line (a site's name under its title line).
        if !f.is_blank() && self.blank_run == 0 && line > 0 {
            let name = name_line(&f);
            s.joined = self
                .feat(line - 1)
                .is_some_and(|p| !p.is_blank() && (p.class != LineClass::Headline || !name));
        }
        if f.is_blank() {
            self.blank_run += 1;
        } else {
            self.blank_run = 0;
            // A page's address or tag differs from page to page: it is no part of the
            // chrome that recurs.
            if self.opening.len() < OPENING_LINES
                && line < 64
                && f.key_len >= 3
                && !f.has(flag::ADDRESS | flag::PAGE_TAG)
            {
                self.opening.push(f.key);
                self.opening_chrome |= f.class != LineClass::Body;
            }
        }
        if f.key_len >= MIN_ECHO_KEY {
            let mut count = 0;
            if let Some((prev, n)) = self.keys.get(f.key) {
                let d = line - prev;
                if d <= self.window {
                    s.echo_prev = d as u32;
                    s.repeat = n + 1;
                    count = n + 1;
                    if let Some(ps) = self.sig_mut(prev)
                        && ps.echo_next == 0
                    {
                        ps.echo_next = d as u32;
                    }
                }
            }
            self.keys.put(f.key, line, count);
            if let Some((t, _)) = self.titles.get(f.key) {
                let d = line - t;
                if t != line && d <= self.window {
                    s.title_prev = d as u32;
                    if let Some(ts) = self.sig_mut(t)
                        && ts.title_next == 0
                    {
                        ts.title_next = d as u32;
                    }
                }
            }
        }
        if f.label != 0 {
            self.list_label(f.label, line, &mut s);
        }
        // Breadcrumbs and kickers glued to a headline: this line ends with a recent line,
        // or a recent line ends with this one.
        for &k in &scratch.suffixes {
            if let Some((p, _)) = self.keys.get(k)
                && p < line
                && line - p <= SUFFIX_LINES
            {
                s.contains_prev = (line - p) as u32;
            }
        }
        if f.key_len >= MIN_ECHO_KEY
            && let Some((p, _)) = self.suffixes.get(f.key)
            && p < line
            && line - p <= SUFFIX_LINES
        {
            s.suffix_of = (line - p) as u32;
        }
        for &k in &scratch.suffixes {
            self.suffixes.put(k, line, 0);
        }
        match f.class {
            LineClass::Headline => {
                if let Some((t, ref tw, n)) = self.last_title
                    && t < line
                    && line - t <= self.window
                {
                    let mine = &words[..words.len().min(16)];
                    if !mine.is_empty() {
                        let shared = mine.iter().filter(|w| tw[..n].contains(w)).count();
                        s.title_words =
                            Some(((line - t) as u32, (shared * 100 / mine.len()) as u8));
                    }
                }
                if f.has(flag::SITE_SUFFIX) {
                    let mut tw = [0u32; 16];
                    let n = words.len().min(16);
                    tw[..n].copy_from_slice(&words[..n]);
                    self.last_title = Some((line, tw, n));
                }
                s.words = self.register_words(line, words);
                s.covered_before = self.words_before(line, words);
            }
            LineClass::Body => {
                s.fresh = self.freshness(line, words);
                self.cover_words(line, words);
                self.lang[self.bodies % LANG_BEFORE_LINES] = f.lang;
                self.bodies += 1;
            }
            _ => {}
        }
        // A site-name line under a headline-like line: `Headline` / `Site` / blank.
        if f.is_blank() && line >= 2 {
            let (b, a) = (line - 1, line - 2);
            let short_name = self.feat(b).is_some_and(|n| !n.is_blank() && name_line(n));
            let title = self.feat(a).is_some_and(|t| t.class == LineClass::Headline);
            if short_name
                && title
                && let Some(ts) = self.sig_mut(a)
            {
                ts.site_line = true;
            }
        }
        if s.echo_prev > 0 && s.echo_prev <= 8 {
            let prev = line - s.echo_prev as usize;
            s.echo_site = self.sig(prev).is_some_and(|p| p.site_line);
            s.echo_image = s.echo_prev <= IMAGE_ECHO_LINES
                && self.feat(prev).is_some_and(|p| p.has(flag::IMAGE));
        }
        // A bar of legal links (`Privacy Policy | Terms`) is no title: its parts are
        // printed on every page.
        if f.has(flag::TITLE_SEP) && !s.listed && !f.part_keys.iter().any(|&k| is_legal_key(k)) {
            for &k in &f.part_keys {
                if k != 0 && k != f.key {
                    self.titles.put(k, line, 0);
                }
            }
        }
        self.buf.push_back((start, end, f, s));
    }

    /// What a line tells of the line right above it (no blank line between), which is
    /// still in the buffer, not yet handed to the machine: a setext heading (a
    /// headline-like line above `=====` is a level-1 heading, above `-----` a level-2
    /// one; the underline is chrome, not body text), or front matter (`---` right above
    /// `title: …` opens a markdown file, and so a page).
    /// A rule of `=` that underlines no heading keeps its class (chrome) but loses
    /// [`flag::UNDERLINE`]: it is a rule, which may separate pages.
    fn read_above(&mut self, f: &mut Features) {
        let double = f.has(flag::UNDERLINE);
        f.flags &= !flag::UNDERLINE;
        let Some((_, _, above, _)) = self.buf.back_mut().filter(|_| self.blank_run == 0) else {
            return;
        };
        if f.has(flag::RULE)
            && (double || f.has(flag::DASHES))
            && above.class == LineClass::Headline
            && above.heading == 0
            && f.chars <= above.chars + UNDERLINE_EXTRA
        {
            above.heading = if double { 1 } else { 2 };
            above.flags |= flag::HEADING;
            f.class = LineClass::Chrome;
            f.flags |= flag::UNDERLINE;
        } else if f.has(flag::TITLE_LABEL)
            && above.has(flag::DASHES)
            && above.class == LineClass::Chrome
        {
            above.flags |= flag::PAGE_START;
        }
    }

    /// The clear language of the last body lines, if any.
    fn lang_before(&self) -> Option<u8> {
        let mut sum = [0.0f32; N_LANGS];
        for votes in &self.lang {
            for (s, &v) in sum.iter_mut().zip(votes) {
                *s += f32::from(v);
            }
        }
        lang::dominant(&sum, LANG_VOTES)
    }

    /// Doubles every table.
    #[cold]
    fn grow(&mut self) {
        self.grown += 1;
        self.keys.grow();
        self.titles.grow();
        self.suffixes.grow();
        self.words.grow();
        self.body_words.grow();
    }

    /// Registers a headline-like line's distinct words; returns how many.
    fn register_words(&mut self, line: usize, words: &[u32]) -> u8 {
        distinct::<16>(words, |n, w| {
            // Replace the oldest entry of the bucket (empty entries are oldest).
            let b = self.words.bucket(w);
            let bucket = &mut self.words.slots[b];
            let oldest = (0..WORD_WAYS)
                .min_by_key(|&i| bucket[i].line.wrapping_add(1))
                .unwrap_or(0);
            bucket[oldest] = WordSlot { line, bit: n as u8 };
            self.words.words[b][oldest] = w;
            self.last_head = Some(line);
        }) as u8
    }

    /// True when the body lines of the [`COVER_LINES`] before `line` used word `w`.
    fn body_used(&self, w: u32, line: usize) -> bool {
        self.body_words
            .get(w)
            .is_some_and(|bl| bl < line && line - bl <= COVER_LINES)
    }

    /// How many distinct words of a headline-like line the body lines shortly before it
    /// used.
    fn words_before(&self, line: usize, words: &[u32]) -> u8 {
        let mut hits = 0u8;
        distinct::<16>(words, |_, w| hits += u8::from(self.body_used(w, line)));
        hits
    }

    /// How many distinct words of a body line the body text of the last
    /// [`COVER_LINES`] lines did not use, of how many; `(0, 0)` when there was no body
    /// text in that stretch at all.
    fn freshness(&self, line: usize, words: &[u32]) -> (u16, u16) {
        if self.last_body.is_none_or(|b| line - b > COVER_LINES) {
            return (0, 0);
        }
        let mut fresh = 0u16;
        let n = distinct::<64>(words, |_, w| fresh += u16::from(!self.body_used(w, line)));
        (fresh, n as u16)
    }

    /// Marks the words of a body line in the headline-like lines shortly before it.
    fn cover_words(&mut self, line: usize, words: &[u32]) {
        self.last_body = Some(line);
        for &w in words {
            self.body_words.put(w, line);
        }
        // Every entry is of the last headline-like line with words or before it.
        if self.last_head.is_none_or(|h| line - h > COVER_LINES) {
            return;
        }
        for &w in words {
            let b = self.words.bucket(w);
            let ws = self.words.words[b];
            if !ws.iter().fold(false, |any, &e| any | (e == w)) {
                continue;
            }
            for (i, &e) in ws.iter().enumerate() {
                let slot = self.words.slots[b][i];
                if e == w
                    && slot.line < line
                    && line - slot.line <= COVER_LINES
                    && let Some(s) = self.sig_mut(slot.line)
                {
                    s.covered |= 1 << slot.bit;
                }
            }
        }
    }

    /// The next line whose signals are final: after `window` more lines, or any line
    /// once `eof` is true.
    pub fn pop(&mut self, eof: bool) -> Option<Evidence> {
        let (first, last) = (self.buf.front()?, self.buf.back()?);
        let over_budget = last.1 - first.0 > self.max_bytes;
        if !eof && self.buf.len() <= self.window && !over_budget {
            return None;
        }
        // Only headline-like lines are judged by what follows them; the file's opening is
        // looked for at every line.
        let opening = self.opening_at_front();
        if opening {
            self.last_opening = self.base;
        }
        if self.buf[0].2.class == LineClass::Headline {
            self.finish_lookahead();
        }
        self.buf[0].3.opening = opening;
        let (start, end, f, s) = self.buf.pop_front()?;
        let line = self.base;
        self.base += 1;
        Some(Evidence {
            line,
            start,
            end,
            f,
            s,
        })
    }

    /// Fills the lookahead summary of the first buffered line.
    fn finish_lookahead(&mut self) {
        let mut body = 0;
        let mut first_body = 0;
        let mut fresh = (0u32, 0u32);
        let mut byline = false;
        let mut caption_echo = false;
        let mut headline_between = false;
        let mut text_ahead = false;
        let mut last_body_text: Option<usize> = None;
        let mut next_text = 0;
        let mut nav_next = false;
        let mut start_next = false;
        let mut texts = 0;
        let mut lang_ahead = [0.0f32; N_LANGS];
        let mut lang_lines = 0;
        // Body lines that follow a header block (a headline-like line and one more line
        // at least, since the body line before), and body lines that follow body text
        // with no headline-like line between (chrome such as a credit may stand there).
        let (mut blurbs, mut runs) = (0u32, 0u32);
        let (mut heads, mut others, mut seen_body) = (0u32, 0u32, false);
        let mut widgets = 0u32;
        // The buffer's two parts (the first line is the one summarised), each with the
        // index of its first line.
        let (front, back) = self.buf.as_slices();
        let parts = [(1, front.get(1..).unwrap_or_default()), (front.len(), back)];
        'scan: for (first, part) in parts {
            for (j, (_, _, f, es)) in part.iter().enumerate() {
                let i = first + j;
                if f.is_blank() {
                    continue;
                }
                // A share panel's buttons stand between a headline and its text: they
                // take no room in the lookahead (nor does anything after the window).
                widgets += u32::from(f.has(flag::WIDGET));
                if widgets > MAX_LOOKAHEAD_WIDGETS {
                    break 'scan;
                }
                if f.has(flag::WIDGET) {
                    continue;
                }
                texts += 1;
                if texts > LOOKAHEAD {
                    break 'scan;
                }
                match f.class {
                    LineClass::Body => {
                        if heads >= 1 && heads + others >= 2 {
                            blurbs += 1;
                        } else if heads == 0 && seen_body {
                            runs += 1;
                        }
                        (heads, others, seen_body) = (0, 0, true);
                    }
                    LineClass::Headline => heads += 1,
                    _ => others += 1,
                }
                if next_text == 0 {
                    next_text = i as u32;
                    start_next = f.has(flag::PAGE_START) && !f.has(flag::WEAK_START);
                    nav_next = f.class == LineClass::Chrome
                        && !f.has(flag::WIDGET)
                        && (f.has(flag::PAGE_START)
                            || f.has(flag::NAV) && !f.has(flag::BULLET) && f.words <= 3);
                }
                if texts <= 6 {
                    // A byline, or a short line with a date (`Montag, 07.03.2022 |
                    // 09:12 Uhr`, `vor 3 Stunden in Lokales`): chrome, or a dateline
                    // read as a headline (`Site logo Site 02/10/2020 Jane Roe`) that is
                    // no title line nor a list item.
                    let dated = (f.class == LineClass::Chrome
                        || f.class == LineClass::Headline
                            && !f.has(flag::TITLE_SEP | flag::SITE_SUFFIX | flag::BULLET))
                        && f.has(flag::DATE)
                        && !f.has(flag::TERMINAL)
                        && f.chars <= 60;
                    if texts <= 4 && (f.class == LineClass::Byline || dated) {
                        byline = true;
                    }
                    let pair = match f.class {
                        LineClass::Caption | LineClass::Body => (1..=2).contains(&es.echo_next),
                        LineClass::Headline => es.echo_next == 1,
                        _ => false,
                    };
                    if pair {
                        caption_echo = true;
                    }
                }
                if f.class == LineClass::Headline && first_body == 0 {
                    headline_between = true;
                }
                if f.class == LineClass::Body && !es.recurring() {
                    if f.chars >= 400 || last_body_text.is_some_and(|t| texts - t <= 4) {
                        text_ahead = true;
                    }
                    last_body_text = Some(texts);
                    body += 1;
                    if body <= LANG_AHEAD_LINES && es.echo_prev == 0 {
                        lang_lines += 1;
                        for (acc, &v) in lang_ahead.iter_mut().zip(&f.lang) {
                            *acc += f32::from(v);
                        }
                    }
                    if first_body == 0 {
                        first_body = i as u32;
                    }
                    let (fr, n) = es.fresh;
                    if body <= 2 && n >= 4 {
                        fresh.0 += fr as u32;
                        fresh.1 += n as u32;
                    }
                }
            }
        }
        let s = &mut self.buf[0].3;
        s.lang_ahead = (lang_lines >= LANG_AHEAD_MIN)
            .then(|| lang::dominant(&lang_ahead, LANG_VOTES))
            .flatten();
        s.fresh_ahead = (fresh.1 >= 8).then(|| (fresh.0 * 100 / fresh.1) as u8);
        s.body_ahead = body;
        s.last_before_body = first_body > 0 && !headline_between;
        s.text_ahead = text_ahead;
        s.first_body = first_body;
        s.byline_ahead = byline;
        s.caption_echo_ahead = caption_echo;
        s.teasers_ahead = blurbs >= 2 && runs == 0;
        s.next_text = next_text;
        s.nav_next = nav_next;
        s.start_next = start_next;
    }

    /// True when the file's opening lines recur at the first buffered line (not at the
    /// opening itself, nor right after their last recurrence: a page has more than its
    /// header, and one line repeated over and over is not a header), and a paragraph
    /// of body text follows them in the window: a page's footer that repeats its
    /// header's menu, with at most a few short lines of text after it, starts nothing.
    fn opening_at_front(&self) -> bool {
        // Running text alone (a log, one sentence repeated) is no site header, nor is one
        // line printed three times.
        if self.opening.len() < OPENING_LINES
            || !self.opening_chrome
            || self.opening.iter().all(|&k| k == self.opening[0])
            || self.base <= self.last_opening + 8
            || self.buf[0].2.key != self.opening[0]
        {
            return false;
        }
        let mut want = self.opening.iter();
        // Matched lines, and the buffer index after the last of them.
        let (mut matched, mut after) = (0, 0);
        for (i, (_, _, f, _)) in self.buf.iter().enumerate().take(6 * OPENING_LINES) {
            // Lines left out of the opening are left out here too.
            if f.is_blank() || f.key_len < 3 || f.has(flag::ADDRESS | flag::PAGE_TAG) {
                continue;
            }
            match want.next() {
                Some(&k) if k == f.key => (matched, after) = (matched + 1, i + 1),
                Some(_) => return false,
                None => break,
            }
        }
        // A paragraph follows the recurring lines (not one of them).
        matched == OPENING_LINES
            && self.buf.iter().skip(after).any(|(_, _, f, s)| {
                f.class == LineClass::Body && f.is_paragraph() && !s.recurring()
            })
    }
}

/// Calls `f(i, w)` for the first `N` distinct words `w` of `words`, `i` counting them;
/// returns how many there were.
///
/// A 256-bit filter of the words seen (bits 1-8 of the hash; bit 0 is always set)
/// spares the scan of the words seen for a word whose bit is clear: a new word, as
/// most are.
fn distinct<const N: usize>(words: &[u32], mut f: impl FnMut(usize, u32)) -> usize {
    let mut seen = [0u32; N];
    let mut filter = [0u64; 4];
    let mut n = 0;
    for &w in words {
        if n == N {
            break;
        }
        let b = (w >> 1) as usize & 255;
        let (i, bit) = (b >> 6, 1u64 << (b & 63));
        if filter[i] & bit != 0 && seen[..n].contains(&w) {
            continue;
        }
        filter[i] |= bit;
        seen[n] = w;
        f(n, w);
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Classifier;

    fn run(text: &str, window: usize) -> Vec<Evidence> {
        let c = Classifier::default();
        let mut s = Signals::new(window, usize::MAX);
        let mut out = Vec::new();
        let mut pos = 0;
        let mut scratch = Scratch::default();
        for line in text.split_inclusive('\n') {
            let f = c.classify_words(line.trim_end_matches('\n'), &mut scratch);
            s.push(pos, pos + line.len(), f, &scratch);
            pos += line.len();
            while let Some(e) = s.pop(false) {
                out.push(e);
            }
        }
        while let Some(e) = s.pop(true) {
            out.push(e);
        }
        out
    }

    #[test]
    fn a_share_panel_takes_no_room_in_the_lookahead() {
        // A headline, a share panel of 30 buttons, then the text.
        let mut text = String::from("Harbour Town Votes to Keep Its Ferry\n\n");
        for site in [
            "Facebook",
            "Messenger",
            "Twitter",
            "Email",
            "WhatsApp",
            "LinkedIn",
        ] {
            for _ in 0..5 {
                text += &format!("Share this with {site}\n");
            }
        }
        text += "\nThe council voted on Monday to keep the ferry running for ten more years, the mayor said.\n\n\
            The money will come from higher parking fees in the harbour district, she added on Tuesday.\n";
        let ev = run(&text, 100);
        assert!(ev[2].f.has(flag::WIDGET), "the buttons are widgets");
        assert!(ev[0].s.body_ahead >= 2, "{:?}", ev[0].s);
        assert!(ev[0].s.text_ahead);
        // Thirty menu lines are no share panel: the text is out of sight.
        let menu = text.replace("Share this with ", "Section ");
        assert_eq!(run(&menu, 100)[0].s.body_ahead, 0);
    }

    #[test]
    fn a_labelled_list_holds_no_title_lines() {
        // Each item names a page and its description (`X – Y`), and the next line
        // prints the description alone: title lines and their echoes, were it not for
        // the label that every item repeats.
        let item =
            |name: &str, what: &str| format!("Weiter zur Seite: {name} – {what}\n\n{what}\n\n");
        let text = item("Hafen", "Hafen und Fähre in der Stadt am Meer")
            + &item("Strand", "Strände und Dünen an der ganzen Küste entlang")
            + &item("Markt", "Der Wochenmarkt auf dem Platz vor dem Rathaus");
        let ev = run(&text, 40);
        for i in [0, 4, 8] {
            assert!(ev[i].s.listed, "line {i}");
            assert_eq!(ev[i].s.title_next, 0, "line {i}");
        }
        for i in [2, 6, 10] {
            assert!(!ev[i].s.listed, "line {i}");
            assert_eq!(ev[i].s.title_prev, 0, "line {i}");
        }
        // Alone, the same item is a title line and the next line its echo.
        let ev = run(&item("Hafen", "Hafen und Fähre in der Stadt am Meer"), 40);
        assert!(!ev[0].s.listed);
        assert_eq!(ev[0].s.title_next, 2);
        assert_eq!(ev[2].s.title_prev, 2);
        // Labels far apart (a `Source:` line per article) make no list.
        let far = format!(
            "Quelle: Hafenamt\n{}Quelle: Hafenamt\n",
            "Text.\n".repeat(10)
        );
        let ev = run(&far, 40);
        assert!(!ev[0].s.listed && !ev[11].s.listed);
    }

    #[test]
    fn echo_links_both_lines() {
        let text = "Harbour Town Votes to Keep Its Ferry\n\nA caption line\nHarbour Town Votes to Keep Its Ferry\nBody.\n";
        let ev = run(text, 40);
        assert_eq!(ev.len(), 5);
        assert_eq!(ev[0].s.echo_next, 3);
        assert_eq!(ev[3].s.echo_prev, 3);
        assert_eq!(ev[2].s.echo_next, 0);
        assert_eq!(ev[0].s.repeat, 0);
        assert_eq!(ev[3].s.repeat, 1);
    }

    #[test]
    fn an_image_text_printed_again_is_its_caption() {
        let text = "[Harbour Town Votes to Keep Its Ferry]\nHarbour Town Votes to Keep Its Ferry\n\nHarbour Town Votes to Keep Its Ferry\nBody.\n";
        let ev = run(text, 40);
        assert!(ev[0].f.has(flag::IMAGE), "{:?}", ev[0].f);
        assert_eq!(ev[1].s.echo_prev, 1);
        assert!(ev[1].s.echo_image);
        // A second printing of a text line is no image's caption.
        assert_eq!(ev[3].s.echo_prev, 2);
        assert!(!ev[3].s.echo_image);
    }

    #[test]
    fn growing_tables_keep_their_entries() {
        // The tables double at lines 64, 128, 256, …: an echo and a coverage that span
        // those points must still be found.
        let head = "Harbour Town Votes to Keep Its Ferry\n";
        let mut text = String::from(head);
        for i in 0..200 {
            text.push_str(&format!(
                "Filler paragraph number {i} says nothing at all.\n"
            ));
        }
        text.push_str(head);
        text.push_str("Harbour ferry service stays, the town decided.\n");
        let ev = run(&text, 400);
        assert_eq!(ev[201].s.echo_prev, 201);
        assert_eq!(ev[0].s.echo_next, 201);
        assert!(ev[201].s.covered.count_ones() >= 2, "{:?}", ev[201].s);
        let mut s = Signals::new(400, usize::MAX);
        let c = Classifier::default();
        let mut scratch = Scratch::default();
        let f = c.classify_words("", &mut scratch);
        for i in 0..2000 {
            s.push(i, i + 1, f, &scratch);
            while s.pop(false).is_some() {}
        }
        assert_eq!(s.keys.bits, TABLE_BITS, "full size after 1024 lines");
        assert_eq!(s.words.bits, WORD_BITS);
        assert_eq!(s.body_words.bits, BODY_WORD_BITS);
    }

    #[test]
    fn an_underline_is_about_as_long_as_its_heading() {
        let rule = "-".repeat(80);
        for (under, heading) in [
            ("-------------------", 2),
            ("=====================", 1),
            ("---", 2),
            (rule.as_str(), 0),
            (rule.replace('-', "=").as_str(), 0),
        ] {
            let text = format!("Ferry Timetable Changes\n{under}\nThe ferry runs at nine.\n");
            let ev = run(&text, 40);
            assert_eq!(ev[0].f.heading, heading, "{under:?}");
            let underline = ev[1].f.has(flag::UNDERLINE);
            assert_eq!(underline, heading > 0, "{under:?}");
        }
    }

    #[test]
    fn a_short_dated_line_counts_as_a_byline() {
        for (date, byline) in [
            ("Montag, 07.03.2022 | 09:12 Uhr", true),
            ("vor 3 Stunden in Lokales", true),
            ("The next issue comes out on 6 November 2023.", false),
            ("Harbour News", false),
        ] {
            let text = format!(
                "Harbour Town Votes to Keep Its Ferry\n{date}\n\
                 The council voted on Monday to keep the ferry running for ten more years.\n"
            );
            assert_eq!(run(&text, 40)[0].s.byline_ahead, byline, "{date}");
        }
    }

    #[test]
    fn repeats_are_chained() {
        let text = "Weather | Local Guide\nWeather | Local Guide\nWeather | Local Guide\n";
        let ev = run(text, 40);
        let r: Vec<u32> = ev.iter().map(|e| e.s.repeat).collect();
        assert_eq!(r, vec![0, 1, 2]);
    }

    #[test]
    fn coverage_counts_headline_words_in_the_body_after() {
        let text = "Harbour Town Votes to Keep Its Ferry\n\n\
                    The town council voted on Monday to keep the ferry running.\n\
                    Nobody mentioned the other subject at all in this sentence.\n";
        let ev = run(text, 40);
        // Words of four letters or more: harbour, town, votes, keep, ferry.
        assert_eq!(ev[0].s.words, 5);
        assert_eq!(ev[0].s.covered.count_ones(), 3, "town, keep, ferry");
        assert_eq!(ev[0].s.coverage(), Some(0.6));
        let text =
            "Harbour Town Votes to Keep Its Ferry\nA completely unrelated sentence follows here.\n";
        assert_eq!(run(text, 40)[0].s.coverage(), Some(0.0));
    }

    #[test]
    fn a_bucket_keeps_two_keys_and_evicts_the_older() {
        // One bucket of two slots: every key shares it.
        let mut t = Table::new(1);
        t.put(11, 5, 0);
        t.put(22, 7, 1);
        assert_eq!(t.get(11), Some((5, 0)), "two keys in one bucket both stay");
        assert_eq!(t.get(22), Some((7, 1)));
        t.put(11, 9, 2);
        assert_eq!(t.get(11), Some((9, 2)), "a key replaces its own entry");
        assert_eq!(t.get(22), Some((7, 1)));
        t.put(33, 10, 0);
        assert_eq!(t.get(22), None, "a third key evicts the older entry");
        assert_eq!(t.get(11), Some((9, 2)));
        assert_eq!(t.get(33), Some((10, 0)));
        t.grow();
        assert_eq!(
            (t.get(11), t.get(33)),
            (Some((9, 2)), Some((10, 0))),
            "growth keeps entries"
        );
    }

    #[test]
    fn a_body_line_printed_three_times_is_no_body_ahead() {
        // A footer paragraph printed with every page follows a short line: no body.
        let footer = "All offers are for trade customers only and subject to our terms of sale.";
        let mut text = String::new();
        for page in 0..3 {
            text.push_str(&format!("Page {page} story about the harbour\n\n"));
            text.push_str(&format!(
                "The harbour story number {page} goes on with its own words here.\n"
            ));
            text.push_str(&format!(
                "It has a second paragraph of its own, number {page}, as text.\n\n"
            ));
            text.push_str("Sales and Advice\n");
            text.push_str(footer);
            text.push_str("\n\n");
        }
        let ev = run(&text, 400);
        let sales: Vec<&Evidence> = ev
            .iter()
            .filter(|e| &text[e.start..e.end] == "Sales and Advice\n")
            .collect();
        assert_eq!(sales.len(), 3);
        let ahead: Vec<(u32, u32)> = sales
            .iter()
            .map(|e| (e.s.body_ahead, e.s.first_body))
            .collect();
        // The first printing of the footer counts as body, and so does the last (it is
        // printed twice so far); the middle one is printed before and after: not body,
        // and the first body line ahead is the next page's.
        assert_eq!(ahead, vec![(6, 1), (3, 5), (1, 1)]);
    }

    #[test]
    fn suffixes_link_breadcrumbs_and_headlines() {
        let text = "Home News Politics Harbour Town Votes to Keep Its Ferry\n\nHarbour Town Votes to Keep Its Ferry\nMenu\nHarbour Town Votes to Keep Its Ferry | Courier News Politics Desk\n";
        let ev = run(text, 40);
        assert_eq!(ev[2].s.suffix_of, 2, "the headline ends the breadcrumb");
        assert_eq!(ev[0].s.contains_prev, 0);
        let text2 = "Harbour Town Votes to Keep Its Ferry\nYou are here: Home / News / Harbour Town Votes to Keep Its Ferry\n";
        let ev = run(text2, 40);
        assert_eq!(
            ev[1].s.contains_prev, 1,
            "the breadcrumb ends with the headline"
        );
    }

    #[test]
    fn site_line_under_a_title() {
        let ev = run(
            "Harbour Town Votes to Keep Its Ferry\nCoast Courier\n\nThe council voted.\n",
            40,
        );
        assert!(ev[0].s.site_line);
        let ev = run(
            "Harbour Town Votes to Keep Its Ferry\nCoast Courier\nMenu\n",
            40,
        );
        assert!(!ev[0].s.site_line);
        // A photo credit under a caption is not a site name.
        for credit in ["Bild © Ann Lee/Courier", "Foto: Ann Lee"] {
            let ev = run(
                &format!("Crowds Wait at the Ferry Pier\n{credit}\n\nThe council voted.\n"),
                40,
            );
            assert!(!ev[0].s.site_line, "{credit}");
        }
    }

    #[test]
    fn teaser_blurbs_ahead() {
        let teaser = |kicker: &str, headline: &str| {
            format!(
                "{kicker}\n\n{headline}\n\n12.03.2021The harbour board met again on \
                 Monday and agreed on a new plan for the old pier and the ferry.\n\n"
            )
        };
        let list = [
            teaser("Harbour News", "Ferry Pier Reopens After Repairs"),
            teaser("Island Life", "Seal Colony Grows Again This Year"),
            teaser("Coast Sport", "Rowing Club Wins the Bay Regatta"),
            teaser("Weather Desk", "Storm Season Starts Early Again"),
        ]
        .concat();
        let ev = run(&list, 80);
        assert!(ev[0].f.class == LineClass::Headline && ev[0].s.teasers_ahead);
        // Paragraphs under subheads, and paragraphs with credits between them: running
        // text.
        let para = "The harbour board met again on Monday and agreed on a new plan for \
                    the old pier and the ferry to the island.";
        for article in [
            format!(
                "Ferry Pier Reopens After Repairs\n\n{para}\n\nA Long Winter\n\n{para}\n\n\
                 The Work Starts\n\n{para}\n\nWhat Comes Next\n\n{para}\n\n{para}\n"
            ),
            format!(
                "Ferry Pier Reopens After Repairs\n\nPhoto: Ann Lee\n\nBy Ann Lee\n\n{para}\n\n\
                 Opinions Differ\n\nA Long Winter\n\n{para}\n[Courier]\n{para}\n\n\
                 What the Mayor Said\n\nThe Work Starts\n\n{para}\n[Island Weekly]\n{para}\n"
            ),
        ] {
            let ev = run(&article, 80);
            assert!(!ev[0].s.teasers_ahead, "{article}");
        }
    }

    #[test]
    fn a_bar_of_legal_links_is_no_title() {
        // Its parts are printed on every page: no `<h1>` of it follows.
        let text = "Privacy Policy | Terms of Use\nfiller line that says nothing at all.\n\
            Privacy Policy\nHarbour Town Votes on the Ferry | Coast Courier\n\
            another different filler sentence here.\nHarbour Town Votes on the Ferry\n";
        let ev = run(text, 30);
        assert_eq!(ev[0].s.title_next, 0, "a legal bar");
        assert_eq!(ev[3].s.title_next, 2, "a title line");
    }

    #[test]
    fn echo_beyond_the_window_is_ignored() {
        let mut text = String::from("Harbour Town Votes to Keep Its Ferry\n");
        for _ in 0..60 {
            text.push_str("filler line that says nothing at all.\n");
            text.push_str("another different filler sentence here.\n");
        }
        text.push_str("Harbour Town Votes to Keep Its Ferry\n");
        let ev = run(&text, 30);
        assert_eq!(ev[0].s.echo_next, 0);
        assert_eq!(ev.last().unwrap().s.echo_prev, 0);
    }

    #[test]
    fn title_part_recurs_as_a_line() {
        let text = "Harbour Town Votes to Keep Its Ferry | The Coast Courier\nMenu\nHome\n\nHarbour Town Votes to Keep Its Ferry\n";
        let ev = run(text, 40);
        assert_eq!(ev[0].s.title_next, 4);
        assert_eq!(ev[4].s.title_prev, 4);
    }

    #[test]
    fn blank_runs_are_counted() {
        let ev = run("a line of text\n\n\n\nnext line\n", 40);
        assert_eq!(ev[4].s.blank_before, 3);
        assert_eq!(ev[1].s.blank_before, 0);
        assert_eq!(ev[2].s.blank_before, 1);
    }

    #[test]
    fn opening_recurs() {
        let mut text = String::from("Skip to content\nSearch\nAdvertiser notice\n\n");
        for i in 0..12 {
            text.push_str(&format!("Body sentence number {i} of the first article.\n"));
        }
        let paragraph = "The second article has a paragraph of its own, long enough to be \
                         running text: sentence after sentence, well over a line of a menu.\n";
        let footer = "Skip to content\nSearch\nAdvertiser notice\nImprint\n";
        text.push_str(&format!("{footer}Next headline here\n{paragraph}"));
        let ev = run(&text, 40);
        let openings: Vec<usize> = ev.iter().filter(|e| e.s.opening).map(|e| e.line).collect();
        assert_eq!(openings, vec![16]);
        // The same menu at the end of the page, with no paragraph after it: a footer.
        let text = format!(
            "{}{footer}Next headline here\n",
            &text[..text.find(footer).unwrap_or(0)]
        );
        let ev = run(&text, 40);
        assert!(ev.iter().all(|e| !e.s.opening));
    }

    #[test]
    fn text_or_one_line_repeated_is_no_recurring_header() {
        for unit in [
            "The same sentence again and again, a log that never ends.\n",
            "A Headline With No Body Under It\n\n",
        ] {
            let ev = run(&unit.repeat(200), 400);
            assert!(ev.iter().all(|e| !e.s.opening), "{unit:?}");
        }
        // A real header recurs, but not twice within a few lines.
        let page = "Skip to content\nSearch\nAdvertiser notice\nA headline\nSome body text here, \
                    and more of it: a paragraph long enough to be read as running text, not as a \
                    tagline or a menu.\n";
        let ev = run(&page.repeat(6), 400);
        let openings: Vec<usize> = ev.iter().filter(|e| e.s.opening).map(|e| e.line).collect();
        assert_eq!(openings, vec![10, 20]);
    }

    #[test]
    fn lookahead_sees_body_and_byline() {
        let text = "A Headline For the Test\nBy Jane Roe\n\nThe first sentence of the body is here and it is long enough.\n";
        let ev = run(text, 40);
        assert!(ev[0].s.byline_ahead);
        assert_eq!(ev[0].s.first_body, 3);
        assert_eq!(ev[0].s.body_ahead, 1);
        assert_eq!(ev[0].s.next_text, 1);
    }

    /// The first `n` distinct words of `words`, by a plain scan.
    fn distinct_plain(words: &[u32], n: usize) -> Vec<u32> {
        let mut seen = Vec::new();
        for &w in words {
            if seen.len() == n {
                break;
            }
            if !seen.contains(&w) {
                seen.push(w);
            }
        }
        seen
    }

    #[test]
    fn distinct_agrees_with_a_plain_scan() {
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for len in 0..300 {
            // Few distinct words, or many; some share the filter's bits (1-8) only.
            let pool = 1 + (len * 7) % 150;
            let words: Vec<u32> = (0..len)
                .map(|_| {
                    x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    let k = (x >> 33) as u32 % pool as u32;
                    ((k % 5) << 1) | (k << 9) | 1
                })
                .collect();
            for n in [16, 64] {
                let mut got = Vec::new();
                let count = if n == 16 {
                    distinct::<16>(&words, |i, w| got.push((i, w)))
                } else {
                    distinct::<64>(&words, |i, w| got.push((i, w)))
                };
                let want: Vec<(usize, u32)> =
                    distinct_plain(&words, n).into_iter().enumerate().collect();
                assert_eq!(got, want, "{len} words, N = {n}");
                assert_eq!(count, want.len());
            }
        }
    }
}
