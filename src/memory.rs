//! Giving freed memory back to the system. The server compiles the whole guide at start and
//! then compresses every page: both stages allocate and free far more than the site they leave
//! behind, and glibc's allocator keeps freed pages that lie between live allocations (and
//! every thread's arena) mapped, so without this a server that needs ~14 MB would stay at the
//! ~30 MB its start-up touched. musl and the other platforms' allocators return memory on
//! their own and have no such call.

/// Sets the allocator up for a long-lived server, before any thread starts: allocations of
/// 64 KB and more (the largest pages, the brotli encoder's tables) get pages of their own that
/// go back to the system when freed. glibc's default raises that threshold after each large
/// free, up to 32 MB, and then keeps up to twice the threshold free at the top of each arena.
pub fn tune_for_server() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: `mallopt` takes no pointers; it is called before the process starts threads.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 64 * 1024);
    }
}

/// Returns the allocator's free pages to the system, where that needs asking (glibc). Cheap
/// (a few ms), but it locks each arena while it walks it: call it between stages, not per
/// request.
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    #[allow(unsafe_code)]
    // SAFETY: `malloc_trim` takes no pointers and has no preconditions; it is MT-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}
