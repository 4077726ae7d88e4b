//! The Porter stemmer (M. F. Porter, 1980, the original algorithm as in his C reference
//! implementation and NLTK's `ORIGINAL_ALGORITHM` mode, which `rouge-score` uses).
//!
//! Shared by the ROUGE measurement (which must match the field's scorer) and by the
//! extractors, so "talks"/"talk" and "warned"/"warns" count as the same content word.
//! Input is expected lowercase ASCII; anything else is returned unchanged.

/// Stem one lowercase word.
pub fn stem(word: &str) -> String {
    if word.len() <= 2
        || !word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return word.to_string();
    }
    let mut s = Stemmer {
        b: word.as_bytes().to_vec(),
        j: 0,
    };
    s.step1ab();
    if s.b.len() > 2 {
        s.step1c();
        s.step2();
        s.step3();
        s.step4();
        s.step5();
    }
    // Only ASCII bytes were ever written, so this cannot fail; fall back to the input.
    String::from_utf8(s.b).unwrap_or_else(|_| word.to_string())
}

struct Stemmer {
    b: Vec<u8>,
    /// Length of the stem left when the suffix found by the last `ends` is removed.
    j: usize,
}

impl Stemmer {
    fn cons(&self, i: usize) -> bool {
        match self.b[i] {
            b'a' | b'e' | b'i' | b'o' | b'u' => false,
            b'y' => i == 0 || !self.cons(i - 1),
            _ => true,
        }
    }

    /// The measure m of b[0..j]: the number of VC sequences.
    fn m(&self) -> usize {
        let j = self.j;
        let mut n = 0;
        let mut i = 0;
        loop {
            if i >= j {
                return n;
            }
            if !self.cons(i) {
                break;
            }
            i += 1;
        }
        i += 1;
        loop {
            loop {
                if i >= j {
                    return n;
                }
                if self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
            n += 1;
            loop {
                if i >= j {
                    return n;
                }
                if !self.cons(i) {
                    break;
                }
                i += 1;
            }
            i += 1;
        }
    }

    fn vowel_in_stem(&self) -> bool {
        (0..self.j).any(|i| !self.cons(i))
    }

    /// b[0..=i] ends with a double consonant.
    fn double_cons(&self, i: usize) -> bool {
        i >= 1 && self.b[i] == self.b[i - 1] && self.cons(i)
    }

    /// b[i-2..=i] is consonant-vowel-consonant and the last is not w, x or y.
    fn cvc(&self, i: usize) -> bool {
        if i < 2 || !self.cons(i) || self.cons(i - 1) || !self.cons(i - 2) {
            return false;
        }
        !matches!(self.b[i], b'w' | b'x' | b'y')
    }

    fn ends(&mut self, suffix: &str) -> bool {
        let s = suffix.as_bytes();
        if s.len() > self.b.len() || !self.b.ends_with(s) {
            return false;
        }
        self.j = self.b.len() - s.len();
        true
    }

    fn set_to(&mut self, replacement: &str) {
        self.b.truncate(self.j);
        self.b.extend_from_slice(replacement.as_bytes());
    }

    fn replace_if_m(&mut self, replacement: &str) {
        if self.m() > 0 {
            self.set_to(replacement);
        }
    }

    fn step1ab(&mut self) {
        if self.b.last() == Some(&b's') {
            if self.ends("sses") {
                self.b.truncate(self.b.len() - 2);
            } else if self.ends("ies") {
                self.set_to("i");
            } else if self.b.len() >= 2 && self.b[self.b.len() - 2] != b's' {
                self.b.pop();
            }
        }
        if self.ends("eed") {
            if self.m() > 0 {
                self.b.pop();
            }
        } else if (self.ends("ed") || self.ends("ing")) && self.vowel_in_stem() {
            self.b.truncate(self.j);
            if self.ends("at") {
                self.set_to("ate");
            } else if self.ends("bl") {
                self.set_to("ble");
            } else if self.ends("iz") {
                self.set_to("ize");
            } else if self.double_cons(self.b.len() - 1) {
                if !matches!(self.b.last(), Some(b'l' | b's' | b'z')) {
                    self.b.pop();
                }
            } else {
                self.j = self.b.len();
                if self.m() == 1 && self.cvc(self.b.len() - 1) {
                    self.b.push(b'e');
                }
            }
        }
    }

    fn step1c(&mut self) {
        if self.ends("y") && self.vowel_in_stem() {
            let k = self.b.len() - 1;
            self.b[k] = b'i';
        }
    }

    fn step2(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("ational", "ate"),
            ("tional", "tion"),
            ("enci", "ence"),
            ("anci", "ance"),
            ("izer", "ize"),
            ("abli", "able"),
            ("alli", "al"),
            ("entli", "ent"),
            ("eli", "e"),
            ("ousli", "ous"),
            ("ization", "ize"),
            ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"),
            ("iveness", "ive"),
            ("fulness", "ful"),
            ("ousness", "ous"),
            ("aliti", "al"),
            ("iviti", "ive"),
            ("biliti", "ble"),
        ];
        self.apply_first(RULES);
    }

    fn step3(&mut self) {
        const RULES: &[(&str, &str)] = &[
            ("icate", "ic"),
            ("ative", ""),
            ("alize", "al"),
            ("iciti", "ic"),
            ("ical", "ic"),
            ("ful", ""),
            ("ness", ""),
        ];
        self.apply_first(RULES);
    }

    /// The longest matching suffix decides; its condition (m > 0) is then applied once.
    fn apply_first(&mut self, rules: &[(&str, &str)]) {
        let mut best: Option<(&str, &str)> = None;
        for &(suffix, rep) in rules {
            if self.b.ends_with(suffix.as_bytes())
                && best.is_none_or(|(s, _)| suffix.len() > s.len())
            {
                best = Some((suffix, rep));
            }
        }
        if let Some((suffix, rep)) = best {
            if self.ends(suffix) {
                self.replace_if_m(rep);
            }
        }
    }

    fn step4(&mut self) {
        const SUFFIXES: &[&str] = &[
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
            "ou", "ism", "ate", "iti", "ous", "ive", "ize",
        ];
        let Some(suffix) = SUFFIXES
            .iter()
            .filter(|s| self.b.ends_with(s.as_bytes()))
            .max_by_key(|s| s.len())
        else {
            return;
        };
        if !self.ends(suffix) {
            return;
        }
        if *suffix == "ion" && !(self.j > 0 && matches!(self.b[self.j - 1], b's' | b't')) {
            return;
        }
        if self.m() > 1 {
            self.b.truncate(self.j);
        }
    }

    fn step5(&mut self) {
        self.j = self.b.len();
        if self.b.last() == Some(&b'e') {
            self.j = self.b.len() - 1;
            let m = self.m();
            if m > 1 || (m == 1 && !self.cvc(self.b.len() - 2)) {
                self.b.pop();
            }
        }
        self.j = self.b.len();
        if self.b.last() == Some(&b'l') && self.double_cons(self.b.len() - 1) && self.m() > 1 {
            self.b.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    /// Examples from Porter's 1980 paper, step by step.
    #[test]
    fn paper_examples() {
        let cases = [
            ("caresses", "caress"),
            ("ponies", "poni"),
            ("ties", "ti"),
            ("caress", "caress"),
            ("cats", "cat"),
            ("feed", "feed"),
            ("agreed", "agre"),
            ("plastered", "plaster"),
            ("bled", "bled"),
            ("motoring", "motor"),
            ("sing", "sing"),
            ("conflated", "conflat"),
            ("troubled", "troubl"),
            ("sized", "size"),
            ("hopping", "hop"),
            ("tanned", "tan"),
            ("falling", "fall"),
            ("hissing", "hiss"),
            ("fizzed", "fizz"),
            ("failing", "fail"),
            ("filing", "file"),
            ("happy", "happi"),
            ("sky", "sky"),
            ("relational", "relat"),
            ("conditional", "condit"),
            ("rational", "ration"),
            ("digitizer", "digit"),
            ("vietnamization", "vietnam"),
            ("predication", "predic"),
            ("operator", "oper"),
            ("feudalism", "feudal"),
            ("decisiveness", "decis"),
            ("hopefulness", "hope"),
            ("callousness", "callous"),
            ("formaliti", "formal"),
            ("sensitiviti", "sensit"),
            ("sensibiliti", "sensibl"),
            ("triplicate", "triplic"),
            ("formative", "form"),
            ("formalize", "formal"),
            ("electriciti", "electr"),
            ("electrical", "electr"),
            ("hopeful", "hope"),
            ("goodness", "good"),
            ("revival", "reviv"),
            ("allowance", "allow"),
            ("inference", "infer"),
            ("airliner", "airlin"),
            ("gyroscopic", "gyroscop"),
            ("adjustable", "adjust"),
            ("defensible", "defens"),
            ("irritant", "irrit"),
            ("replacement", "replac"),
            ("adjustment", "adjust"),
            ("dependent", "depend"),
            ("adoption", "adopt"),
            ("homologous", "homolog"),
            ("communism", "commun"),
            ("activate", "activ"),
            ("angularity", "angular"),
            ("effective", "effect"),
            ("bowdlerize", "bowdler"),
            ("probate", "probat"),
            ("rate", "rate"),
            ("cease", "ceas"),
            ("controlling", "control"),
            ("roll", "roll"),
            ("generalizations", "gener"),
            ("oscillators", "oscil"),
            ("talks", "talk"),
            ("warned", "warn"),
        ];
        for (word, want) in cases {
            assert_eq!(stem(word), want, "stem({word})");
        }
    }

    #[test]
    fn short_and_non_ascii_words_are_kept() {
        assert_eq!(stem("as"), "as");
        assert_eq!(stem("café"), "café");
        assert_eq!(stem("2019"), "2019");
    }
}
