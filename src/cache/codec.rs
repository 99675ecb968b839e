//! The byte layout shared by the cache file and the baked site: little-endian `u32` lengths
//! before every byte string, one tag byte before every optional part. [`Reader`] checks every
//! length against its buffer and hands out slices of it (no copy).

use bytes::Bytes;

/// Appends `n` as four bytes.
pub(crate) fn put_u32(out: &mut Vec<u8>, n: usize) {
    let n = u32::try_from(n).expect("a site part under 4 GiB");
    out.extend_from_slice(&n.to_le_bytes());
}

/// Appends a byte string with its length.
pub(crate) fn put(out: &mut Vec<u8>, bytes: &[u8]) {
    put_u32(out, bytes.len());
    out.extend_from_slice(bytes);
}

/// Appends an optional byte string: a tag byte, then the string if there is one.
pub(crate) fn put_opt(out: &mut Vec<u8>, bytes: Option<&[u8]>) {
    match bytes {
        None => out.push(0),
        Some(b) => {
            out.push(1);
            put(out, b);
        }
    }
}

/// Appends a list of numbers with its length.
pub(crate) fn put_u32s(out: &mut Vec<u8>, list: &[u32]) {
    put_u32(out, list.len());
    for n in list {
        out.extend_from_slice(&n.to_le_bytes());
    }
}

/// Reads what the `put` functions wrote; every method is `None` past the end.
pub(crate) struct Reader {
    buf: Bytes,
    at: usize,
}

impl Reader {
    pub(crate) fn new(buf: Bytes) -> Reader {
        Reader { buf, at: 0 }
    }

    /// Everything not read yet.
    pub(crate) fn rest(&mut self) -> Bytes {
        let rest = self.buf.slice(self.at..);
        self.at = self.buf.len();
        rest
    }

    /// Whether every byte was read.
    pub(crate) fn done(&self) -> bool {
        self.at == self.buf.len()
    }

    pub(crate) fn take(&mut self, n: usize) -> Option<Bytes> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.buf.len())?;
        let b = self.buf.slice(self.at..end);
        self.at = end;
        Some(b)
    }

    pub(crate) fn byte(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    pub(crate) fn u32(&mut self) -> Option<usize> {
        let b = self.take(4)?;
        usize::try_from(u32::from_le_bytes(b.as_ref().try_into().ok()?)).ok()
    }

    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.as_ref().try_into().ok()?))
    }

    pub(crate) fn bytes(&mut self) -> Option<Bytes> {
        let n = self.u32()?;
        self.take(n)
    }

    pub(crate) fn string(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?.to_vec()).ok()
    }

    pub(crate) fn opt_string(&mut self) -> Option<Option<String>> {
        match self.opt()? {
            None => Some(None),
            Some(b) => Some(Some(String::from_utf8(b.to_vec()).ok()?)),
        }
    }

    pub(crate) fn opt(&mut self) -> Option<Option<Bytes>> {
        match self.byte()? {
            0 => Some(None),
            1 => Some(Some(self.bytes()?)),
            _ => None,
        }
    }

    /// A list written by [`put_u32s`].
    pub(crate) fn u32s(&mut self) -> Option<Box<[u32]>> {
        let n = self.u32()?;
        let b = self.take(n.checked_mul(4)?)?;
        Some(
            b.chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
    }

    /// A count of items each at least `min` bytes long, refused if the rest cannot hold them
    /// (so a damaged count never makes a huge allocation).
    pub(crate) fn count(&mut self, min: usize) -> Option<usize> {
        let n = self.u32()?;
        (n.saturating_mul(min) <= self.buf.len() - self.at).then_some(n)
    }
}
