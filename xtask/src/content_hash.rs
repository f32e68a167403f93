//! Content hashes for file names and the service worker's cache version: a file whose bytes change gets a new
//! name, so a browser or host cache can keep every built file for ever without serving a stale one.

/// FNV-1a (64 bit): a small, stable hash (not for security), continued from `hash` so several inputs can be
/// hashed in turn (start from [`FNV_OFFSET`]).
pub fn fnv1a(bytes: &[u8], mut hash: u64) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// FNV-1a's starting value (64 bit).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of `parts`, one after the other, as 16 hex digits: the part of a file name that changes with its
/// content.
pub fn content_hash(parts: &[&[u8]]) -> String {
    let hash = parts.iter().fold(FNV_OFFSET, |h, part| fnv1a(part, h));
    format!("{hash:016x}")
}

/// `file_name` with the hash of `bytes` before its extension: `app.css` → `app-<16 hex digits>.css`.
pub fn hashed_file_name(file_name: &str, bytes: &[u8]) -> String {
    let hash = content_hash(&[bytes]);
    match file_name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => format!("{stem}-{hash}.{ext}"),
        _ => format!("{file_name}-{hash}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        // From the FNV reference test suite (Fowler, Noll, Vo): "" and "a" in 64-bit FNV-1a.
        assert_eq!(fnv1a(b"", FNV_OFFSET), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a", FNV_OFFSET), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar", FNV_OFFSET), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn parts_hash_like_their_concatenation() {
        assert_eq!(content_hash(&[b"foo", b"bar"]), content_hash(&[b"foobar"]));
        assert_eq!(content_hash(&[b"foobar"]), "85944171f73967e8");
    }

    #[test]
    fn hashed_names_keep_the_extension_and_change_with_the_content() {
        let a = hashed_file_name("app.css", b"body{}");
        assert!(a.starts_with("app-") && a.ends_with(".css"), "{a}");
        assert_eq!(a.len(), "app-".len() + 16 + ".css".len());
        assert_eq!(a, hashed_file_name("app.css", b"body{}"));
        assert_ne!(a, hashed_file_name("app.css", b"body{ }"));
        assert!(hashed_file_name("LICENSE", b"x").starts_with("LICENSE-"));
    }
}
