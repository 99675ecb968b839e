//! Sorted strings in one allocation.

/// Sorted strings in one allocation: string `i` is `text[ends[i - 1]..ends[i]]`. Thousands of
/// short words as separate `String`s would cost more in allocator overhead than in text.
#[derive(Debug, Default)]
pub(super) struct Strings {
    pub(super) text: Box<str>,
    pub(super) ends: Box<[u32]>,
}

impl Strings {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.text[start..self.ends[i] as usize]
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// The number of the first string not less than `s`.
    pub(super) fn partition_point(&self, s: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.get(mid) < s {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// The number of `s`, if it is here.
    pub(super) fn find(&self, s: &str) -> Option<u32> {
        let i = self.partition_point(s);
        (i < self.len() && self.get(i) == s).then_some(i as u32)
    }
}

impl<S: AsRef<str>> FromIterator<S> for Strings {
    /// From strings in strictly increasing order.
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Strings {
        let (mut text, mut ends) = (String::new(), Vec::new());
        let mut last = 0;
        for s in iter {
            let s = s.as_ref();
            assert!(ends.is_empty() || s > &text[last..], "strings out of order");
            last = text.len();
            text.push_str(s);
            ends.push(u32::try_from(text.len()).expect("an index under 4 GB"));
        }
        Strings {
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
        }
    }
}
