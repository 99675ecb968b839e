//! Text analysis for search, one per language: folding (case, accents, Arabic letter forms),
//! word splitting with byte offsets (for snippets), character bigrams for Chinese, and a
//! Snowball stemmer where one exists (English, Spanish, French, Portuguese, Arabic). Haitian
//! Creole and unknown languages are folded but not stemmed.
//!
//! `static/search.js` repeats the folding and splitting rules exactly; the index carries a map
//! from every surface form to its stem, so the script never needs a stemmer of its own.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;

/// A word of a text: its folded form and where it was in the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Folded surface form (`méxico` → `mexico`); for Chinese, one or two characters.
    pub form: String,
    /// Byte range in the original text.
    pub span: std::ops::Range<usize>,
}

/// How one language's text is analysed.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("stems", &self.stemmer.is_some())
            .finish()
    }
}

impl Analyzer {
    /// The analyzer for a locale tag.
    pub fn for_locale(locale: &str) -> Analyzer {
        let algorithm = match locale.split('-').next().unwrap_or("") {
            "en" => Some(Algorithm::English),
            "es" => Some(Algorithm::Spanish),
            "fr" => Some(Algorithm::French),
            "pt" => Some(Algorithm::Portuguese),
            "ar" => Some(Algorithm::Arabic),
            _ => None,
        };
        Analyzer {
            stemmer: algorithm.map(Stemmer::create),
        }
    }

    /// The stem of a folded form (the form itself without a stemmer, and for Chinese).
    pub fn stem(&self, form: &str) -> String {
        match &self.stemmer {
            Some(s) if !form.chars().any(is_cjk) => {
                let stem = s.stem(form);
                if stem.is_empty() {
                    form.to_string()
                } else {
                    stem.into_owned()
                }
            }
            _ => form.to_string(),
        }
    }
}

/// Folds one character sequence: NFD, combining marks (accents, Arabic harakat) dropped,
/// lowercase, the Arabic alef forms unified (أ إ آ ٱ → ا), alef maqsura as yaa (ى → ي), tatweel
/// dropped, on index and query alike. (Taa marbuta stays: folded to haa, the Arabic stemmer
/// no longer strips it and "الصورة" stops matching "صورة".)
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        // Nothing to decompose, no marks, no Arabic: the common case, done without NFD.
        return s.to_ascii_lowercase();
    }
    fold_any(s)
}

fn fold_any(s: &str) -> String {
    s.nfd()
        .filter(|c| !is_mark(*c) && *c != '\u{0640}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            c => c,
        })
        .collect()
}

fn is_mark(c: char) -> bool {
    // Combining diacritical marks and the Arabic harakat, the ones that survive NFD.
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Whether a character is a Chinese (Han) ideograph, split into bigrams instead of words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Splits `text` into tokens: runs of letters and digits are words; a run of Chinese characters
/// gives each character bigram (and the character alone when the run has one character).
pub fn tokens(text: &str) -> Vec<Token> {
    scan(text, true)
}

/// The tokens' places alone ([`tokens`] with empty forms): the same split, without folding.
pub fn spans(text: &str) -> Vec<Token> {
    scan(text, false)
}

fn scan(text: &str, with_forms: bool) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if is_cjk(c) {
            let mut run: Vec<(usize, char)> = Vec::new();
            while let Some(&(i, c)) = chars.peek() {
                if !is_cjk(c) {
                    break;
                }
                run.push((i, c));
                chars.next();
            }
            if run.len() == 1 {
                let (i, c) = run[0];
                out.push(Token {
                    form: c.to_string(),
                    span: i..i + c.len_utf8(),
                });
            }
            for w in run.windows(2) {
                let (i, a) = w[0];
                let (j, b) = w[1];
                out.push(Token {
                    form: format!("{a}{b}"),
                    span: i..j + b.len_utf8(),
                });
            }
        } else if c.is_alphanumeric() {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if !c.is_alphanumeric() || is_cjk(c) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            let (form, keep) = if with_forms {
                let form = fold(word);
                let keep = !form.is_empty();
                (form, keep)
            } else {
                // Kept exactly when folding leaves something.
                let keep = word.is_ascii() || word.nfd().any(|c| !is_mark(c) && c != '\u{0640}');
                (String::new(), keep)
            };
            if keep {
                out.push(Token {
                    form,
                    span: start..end,
                });
            }
        } else {
            chars.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.form).collect()
    }

    #[test]
    fn folding_case_and_accents() {
        assert_eq!(
            forms("México, RETENCIÓN de Données"),
            ["mexico", "retencion", "de", "donnees"]
        );
        assert_eq!(forms("Kreyòl ayisyen"), ["kreyol", "ayisyen"]);
        assert_eq!(forms("I-94 $10,000"), ["i", "94", "10", "000"]);
    }

    #[test]
    fn ascii_shortcut_folds_like_the_general_rule() {
        let all: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&all), fold_any(&all));
        assert_eq!(fold("Leaving BY Car 94"), "leaving by car 94");
    }

    #[test]
    fn arabic_letters_are_unified() {
        assert_eq!(fold("أحمد"), "احمد");
        assert_eq!(fold("صُورَة"), "صورة");
        assert_eq!(fold("إذن"), "اذن");
    }

    #[test]
    fn chinese_bigrams_with_spans() {
        let t = tokens("数据保留 CBP");
        let f: Vec<&str> = t.iter().map(|t| t.form.as_str()).collect();
        assert_eq!(f, ["数据", "据保", "保留", "cbp"]);
        assert_eq!(&"数据保留 CBP"[t[2].span.clone()], "保留");
        assert_eq!(forms("照"), ["照"]);
    }

    #[test]
    fn stemming_where_a_stemmer_exists() {
        let en = Analyzer::for_locale("en");
        assert_eq!(en.stem("photos"), en.stem("photo"));
        assert_eq!(en.stem("searches"), en.stem("searching"));
        let es = Analyzer::for_locale("es");
        assert_eq!(es.stem("retencion"), es.stem("retenciones"));
        let pt = Analyzer::for_locale("pt-BR");
        assert_eq!(pt.stem("fotos"), pt.stem("foto"));
        let fr = Analyzer::for_locale("fr");
        assert_eq!(fr.stem("donnees"), fr.stem("donnee"));
        let ar = Analyzer::for_locale("ar");
        assert_eq!(ar.stem(&fold("الصورة")), ar.stem(&fold("صورة")));
        let ht = Analyzer::for_locale("ht");
        assert_eq!(ht.stem("foto"), "foto");
        let zh = Analyzer::for_locale("zh-Hans");
        assert_eq!(zh.stem("数据"), "数据");
    }
}
