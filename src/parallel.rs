//! Start-up work spread over the cores: the server compiles the whole guide before it answers,
//! and a Raspberry Pi has four slow cores.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `items.iter().map(f).collect()`, on up to one thread per core, results in `items`' order.
/// Threads take the next item as they finish one, so a long item does not hold up the rest.
/// A panic in `f` is re-raised here.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, f(item)));
        }
    };
    let mut out: Vec<Option<R>> = items.iter().map(|_| None).collect();
    std::thread::scope(|s| {
        let helpers: Vec<_> = (1..workers).map(|_| s.spawn(work)).collect();
        let mut done = work();
        for h in helpers {
            done.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        for (i, r) in done {
            out[i] = Some(r);
        }
    });
    out.into_iter()
        .map(|r| r.expect("every item is done"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_order_and_covers_every_item() {
        let items: Vec<u64> = (0..1000).collect();
        let out = super::map(&items, |&n| {
            // Uneven work, so threads finish out of order.
            (0..n % 7 * 1000).fold(n, |a, b| a.wrapping_add(b % 3))
        });
        let serial: Vec<u64> = items
            .iter()
            .map(|&n| (0..n % 7 * 1000).fold(n, |a, b| a.wrapping_add(b % 3)))
            .collect();
        assert_eq!(out, serial);
        assert!(super::map(&[] as &[u8], |_| 0).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 13")]
    fn a_panic_reaches_the_caller() {
        let items: Vec<u32> = (0..50).collect();
        super::map(&items, |&n| assert!(n != 13, "item 13"));
    }
}
