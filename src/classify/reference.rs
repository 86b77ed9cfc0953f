//! The classifier's pre-optimisation code, kept for tests only: the fast paths in
//! [`super`] must agree with it on every input (see the property tests there).

use super::lang;
use super::*;

/// One pass over the bytes: counts, the normalised key, and (when `words` is given) the
/// hashes of the words of at least [`MIN_WORD`] letters. ASCII is classified by a table;
/// other characters are decoded one by one.
pub(super) fn count(text: &str, scratch: Option<&mut Scratch>) -> Counts {
    let (mut words, mut short) = match scratch {
        Some(s) => {
            s.short.clear();
            // A line too short to vote for a language keeps no short words.
            let votes = text.len() >= lang::MIN_TEXT;
            (Some(&mut s.words), votes.then_some(&mut s.short))
        }
        None => (None, None),
    };
    // Every counter is a local (not a field of `Counts`) so that the loop keeps them in
    // registers; `Counts` is assembled at the end.
    let mut prefixes = [(0u64, 0u32); MAX_PREFIXES];
    let mut n_prefixes = 0usize;
    let (mut units, mut chars, mut n_words, mut cap_words) = (0u32, 0u32, 0u32, 0u32);
    let (mut cjk, mut letters, mut upper, mut key_len) = (0u32, 0u32, 0u32, 0u32);
    let mut key = 0u64;
    let mut first_case = Case::Unknown;
    let b = text.as_bytes();
    let hashed = floor_char_boundary(text, HASH_LIMIT);
    let worded = floor_char_boundary(text, WORD_LIMIT);
    let mut in_word = false;
    // The current word has had a letter already.
    let mut lettered = false;
    let mut wh: u64 = 0;
    let mut wl: u32 = 0;
    let mut script_letters = [0u32; lang::N_LANGS];
    let (mut prev_ideo, mut ideo_end) = (0u32, usize::MAX);
    macro_rules! flush {
        () => {
            push_word(words.as_deref_mut(), wh, wl);
            lang::push_short(short.as_deref_mut(), wh, wl);
            wh = 0;
            wl = 0;
        };
    }
    macro_rules! word_start {
        () => {
            if !in_word {
                if n_words > 0 && n_prefixes < MAX_PREFIXES {
                    prefixes[n_prefixes] = (key, units);
                    n_prefixes += 1;
                }
                n_words += 1;
                in_word = true;
                lettered = false;
            }
        };
    }
    let mut i = 0;
    // The key as it stood at the end of the hashed prefix.
    let mut frozen: Option<(u64, u32)> = None;
    while i < worded {
        if i == hashed {
            frozen = Some((key, key_len));
        }
        let byte = b[i];
        if byte < 0x80 {
            i += 1;
            let cls = ASCII_CLASS[byte as usize];
            // A run of white space counts as one character.
            if cls != A_SPACE || in_word {
                chars += 1;
            }
            if cls == A_SPACE {
                in_word = false;
                flush!();
                continue;
            }
            word_start!();
            if cls == A_OTHER {
                if byte == b'&' {
                    let limit = if i - 1 < hashed { hashed } else { worded };
                    i += entity_len(&b[i - 1..limit]).saturating_sub(1);
                }
                flush!();
                continue;
            }
            let lc = if cls == A_DIGIT {
                if first_case == Case::Unknown {
                    first_case = Case::None;
                }
                byte as u32
            } else {
                let up = cls == A_UPPER;
                letters += 1;
                upper += u32::from(up);
                if !lettered {
                    lettered = true;
                    cap_words += u32::from(up);
                }
                if first_case == Case::Unknown {
                    first_case = if up { Case::Upper } else { Case::Lower };
                }
                (byte | 0x20) as u32
            };
            key = mix(key, lc);
            units += 1;
            key_len += 1;
            wh = mix(wh, lc);
            wl += 1;
            continue;
        }
        let ch = text[i..].chars().next().unwrap_or('\u{fffd}');
        i += ch.len_utf8();
        if super::is_invisible(ch) {
            continue;
        }
        if !ch.is_whitespace() || in_word {
            chars += 1;
        }
        if ch.is_whitespace() {
            in_word = false;
            flush!();
            continue;
        }
        word_start!();
        if ch.is_alphanumeric() {
            if lang::is_ideographic(ch) {
                cjk += 1;
                if ideo_end == i - ch.len_utf8()
                    && let Some(w) = words.as_deref_mut()
                {
                    push_pair(w, mix(mix(IDEO_PAIR_SEED, prev_ideo), ch as u32));
                }
                (prev_ideo, ideo_end) = (ch as u32, i);
            }
            if ch.is_alphabetic() {
                letters += 1;
                if let Some(s) = lang::script_of(ch) {
                    script_letters[s] += 1;
                }
                let up = ch.is_uppercase();
                upper += u32::from(up);
                if !lettered {
                    lettered = true;
                    cap_words += u32::from(up);
                }
                if first_case == Case::Unknown {
                    first_case = if up {
                        Case::Upper
                    } else if ch.is_lowercase() {
                        Case::Lower
                    } else {
                        Case::None
                    };
                }
            }
            for lc in ch.to_lowercase() {
                key = mix(key, lc as u32);
                units += 1;
                wh = mix(wh, lc as u32);
            }
            key_len += 1;
            wl += 1;
        } else {
            flush!();
        }
    }
    push_word(words, wh, wl);
    lang::push_short(short.as_deref_mut(), wh, wl);
    let votes = short.map_or([0; lang::N_LANGS], |s| lang::votes(s, &script_letters));
    if let Some((k, len)) = frozen {
        key = k;
        key_len = len;
    }
    if worded < b.len() {
        let (c, w) = rest_counts(&b[worded..], in_word);
        chars += c;
        n_words += w;
    }
    (key, key_len) = finish_key(key, key_len, hashed, b.len());
    Counts {
        prefixes,
        n_prefixes,
        units,
        chars,
        words: n_words,
        cap_words,
        cjk,
        letters,
        upper,
        // Not counted by the old loop: the digits of the worded prefix.
        ascii_digits: b[..worded].iter().filter(|c| c.is_ascii_digit()).count() as u32,
        // Taken from the new loop: `marks_cover_the_text` tests them.
        marks: super::count(text, None).marks,
        key,
        key_len,
        first_case,
        lang: votes,
    }
}

/// A numeric date: `12.03.2021`, `2021-03-12`, `03/12/2021`, `12.3.21`.
pub(super) fn numeric_date(b: &[u8]) -> bool {
    let n = b.len();
    let mut i = 0;
    while i < n {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let j = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        let d1 = j - i;
        if j + 1 < n && matches!(b[j], b'.' | b'-' | b'/') {
            let sep = b[j];
            let k = j + 1 + b[j + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let d2 = k - j - 1;
            if (1..=2).contains(&d2) && k + 1 < n && b[k] == sep {
                let m = k + 1 + b[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
                let d3 = m - k - 1;
                let ok = ((1..=2).contains(&d1) && (d3 == 2 || d3 == 4))
                    || (d1 == 4 && (1..=2).contains(&d3));
                if ok {
                    return true;
                }
            }
        }
        i = j;
    }
    false
}

/// A footer's link bar printed on one line: the plain checks before the parts (the fast
/// path skips them with `count`'s marks and a bytewise search).
pub(super) fn legal_bar(text: &str) -> bool {
    text.len() <= 200 && text.contains(['|', '·', '•']) && legal_bar_parts(text)
}

/// `(AFP)`, `— Reuters`, `dpa/lno`, `AFP/dpa`: a line that is only an agency credit.
/// Returns the span of the first agency name. The fast path's own fallback is this
/// char-by-char reading, applied to every line.
pub(super) fn agency_credit(text: &str) -> Option<(usize, usize)> {
    super::agency_credit_chars(text)
}

/// The normalised key of a piece of text and the letters and digits in it: the general
/// reading, which the fast path skips for plain text.
pub(super) fn key_of(text: &str) -> (u64, u32) {
    super::key_of_marked(text)
}
