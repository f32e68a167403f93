//! Instructor codes: a short code that names one practice case (the scenario, the seeded patient and its
//! options), so an instructor can read it out or show it, and a learner who types it gets exactly the same case
//! on their own device, offline. A wrong or damaged code is rejected, never guessed.
//!
//! A code is 50 bits in ten characters of Crockford's base 32 (digits and capital letters without I, L, O and
//! U), shown as two groups of five: `7K2QD-M4X9B`. Reading tolerates what people do when they copy a code by
//! hand: lower case, spaces or dashes anywhere, and I or L for 1 and O for 0. The bits, first to last:
//!
//! | bits | what |
//! | --- | --- |
//! | 2 | format version (1) |
//! | 6 | the scenario: its place in [`ScenarioKind::ALL`] (the list only grows at its end) |
//! | 20 | the patient's seed, 0 to [`MAX_SEED`] |
//! | 2 | options (none are defined yet: they must be 0) |
//! | 20 | a check: a hash of the 30 bits before it, so a mistyped or invented code is caught (about one in a million passes by chance) |

use super::rng::SplitMix64;
use super::scenario::ScenarioKind;

/// The largest patient seed a code can hold.
pub const MAX_SEED: u64 = (1 << SEED_BITS) - 1;

const VERSION: u64 = 1;
const KIND_BITS: u32 = 6;
const SEED_BITS: u32 = 20;
const OPTION_BITS: u32 = 2;
const CHECK_BITS: u32 = 20;
const PAYLOAD_BITS: u32 = 2 + KIND_BITS + SEED_BITS + OPTION_BITS;
const CHARS: usize = ((PAYLOAD_BITS + CHECK_BITS) / 5) as usize;
/// Crockford's base-32 digits.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// One practice case as a code names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CaseCode {
    /// The scenario.
    pub kind: ScenarioKind,
    /// The patient's seed (`Scenario::new(kind, seed)`).
    pub seed: u64,
}

/// Why a code was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// It does not have ten characters (spaces and dashes aside).
    Length,
    /// It has a character that is not in a code.
    Character,
    /// Its check does not match: a character is wrong, or two are swapped.
    Check,
    /// It is well formed but names something this version does not have (a newer format, scenario or option).
    Unknown,
}

impl CaseCode {
    /// The code for this case, `None` when its seed is above [`MAX_SEED`].
    pub fn encode(self) -> Option<String> {
        if self.seed > MAX_SEED {
            return None;
        }
        let kind = ScenarioKind::ALL.iter().position(|&k| k == self.kind)? as u64;
        let payload = (VERSION << (KIND_BITS + SEED_BITS + OPTION_BITS))
            | (kind << (SEED_BITS + OPTION_BITS))
            | (self.seed << OPTION_BITS);
        let bits = (payload << CHECK_BITS) | check(payload);
        let mut out = String::with_capacity(CHARS + 1);
        for i in (0..CHARS).rev() {
            out.push(ALPHABET[((bits >> (5 * i)) & 31) as usize] as char);
            if i == CHARS / 2 {
                out.push('-');
            }
        }
        Some(out)
    }

    /// Reads a code as a person typed it.
    pub fn decode(text: &str) -> Result<CaseCode, CodeError> {
        let mut bits: u64 = 0;
        let mut count = 0;
        for c in text.chars().filter(|c| !c.is_whitespace() && *c != '-') {
            let digit = digit(c).ok_or(CodeError::Character)?;
            count += 1;
            if count > CHARS {
                return Err(CodeError::Length);
            }
            bits = (bits << 5) | digit;
        }
        if count != CHARS {
            return Err(CodeError::Length);
        }
        let payload = bits >> CHECK_BITS;
        if bits & mask(CHECK_BITS) != check(payload) {
            return Err(CodeError::Check);
        }
        let version = payload >> (KIND_BITS + SEED_BITS + OPTION_BITS);
        let kind = ((payload >> (SEED_BITS + OPTION_BITS)) & mask(KIND_BITS)) as usize;
        let seed = (payload >> OPTION_BITS) & mask(SEED_BITS);
        let options = payload & mask(OPTION_BITS);
        match (version, ScenarioKind::ALL.get(kind), options) {
            (VERSION, Some(&kind), 0) => Ok(CaseCode { kind, seed }),
            _ => Err(CodeError::Unknown),
        }
    }
}

fn mask(bits: u32) -> u64 {
    (1 << bits) - 1
}

/// The check of a payload: its hash's low bits.
fn check(payload: u64) -> u64 {
    SplitMix64::new(payload ^ 0x4850_4743_4f44_4531).next_u64() & mask(CHECK_BITS)
}

/// The value of one typed character.
fn digit(c: char) -> Option<u64> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|i| i as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEEDS: [u64; 6] = [0, 1, 2, 42, 123_456, MAX_SEED];

    #[test]
    fn every_case_round_trips() {
        for kind in ScenarioKind::ALL {
            for seed in SEEDS {
                let case = CaseCode { kind, seed };
                let code = case.encode().expect("a seed in range");
                assert_eq!(code.len(), 11);
                assert_eq!(code.as_bytes()[5], b'-');
                assert_eq!(CaseCode::decode(&code), Ok(case), "{code}");
            }
        }
        assert_eq!(
            CaseCode {
                kind: ScenarioKind::Weaning,
                seed: MAX_SEED + 1
            }
            .encode(),
            None
        );
    }

    #[test]
    fn codes_are_read_as_people_type_them() {
        let case = CaseCode {
            kind: ScenarioKind::PumpStopped,
            seed: 7,
        };
        let code = case.encode().unwrap();
        let sloppy: String = code
            .chars()
            .filter(|&c| c != '-')
            .map(|c| match c {
                '1' => 'l',
                '0' => 'o',
                c => c.to_ascii_lowercase(),
            })
            .collect::<Vec<_>>()
            .chunks(2)
            .map(|p| p.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(CaseCode::decode(&sloppy), Ok(case), "{sloppy}");
    }

    #[test]
    fn every_single_typo_and_swap_is_caught() {
        for kind in ScenarioKind::ALL {
            let code: Vec<char> = CaseCode { kind, seed: 42 }
                .encode()
                .unwrap()
                .chars()
                .filter(|&c| c != '-')
                .collect();
            for i in 0..code.len() {
                for &other in ALPHABET.iter() {
                    let other = other as char;
                    if other == code[i] {
                        continue;
                    }
                    let mut typo = code.clone();
                    typo[i] = other;
                    let typo: String = typo.into_iter().collect();
                    assert!(CaseCode::decode(&typo).is_err(), "{typo}");
                }
                if i + 1 < code.len() && code[i] != code[i + 1] {
                    let mut swapped = code.clone();
                    swapped.swap(i, i + 1);
                    let swapped: String = swapped.into_iter().collect();
                    assert!(CaseCode::decode(&swapped).is_err(), "{swapped}");
                }
            }
        }
    }

    #[test]
    fn a_thousand_random_strings_are_rejected_without_panicking() {
        let mut rng = SplitMix64::new(2026);
        let pool: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZabcxyz -_!?é€ٹ\u{0}\n"
            .chars()
            .collect();
        let mut well_formed = 0;
        for _ in 0..1000 {
            let len = rng.index(16);
            let text: String = (0..len).map(|_| pool[rng.index(pool.len())]).collect();
            assert!(CaseCode::decode(&text).is_err(), "{text:?}");
            well_formed += usize::from(len == CHARS);
        }
        // And a thousand well-formed ten-character strings from the code alphabet: only the check stops them.
        for _ in 0..1000 {
            let text: String = (0..CHARS)
                .map(|_| ALPHABET[rng.index(32)] as char)
                .collect();
            assert!(CaseCode::decode(&text).is_err(), "{text:?}");
        }
        assert!(well_formed > 0);
    }

    #[test]
    fn a_newer_format_or_an_unknown_scenario_is_not_guessed() {
        // Well-formed codes with a valid check that name what this version lacks.
        let forge = |version: u64, kind: u64, options: u64| {
            let payload = (version << (KIND_BITS + SEED_BITS + OPTION_BITS))
                | (kind << (SEED_BITS + OPTION_BITS))
                | (5 << OPTION_BITS)
                | options;
            let bits = (payload << CHECK_BITS) | check(payload);
            (0..CHARS)
                .rev()
                .map(|i| ALPHABET[((bits >> (5 * i)) & 31) as usize] as char)
                .collect::<String>()
        };
        assert!(CaseCode::decode(&forge(1, 0, 0)).is_ok());
        assert_eq!(CaseCode::decode(&forge(2, 0, 0)), Err(CodeError::Unknown));
        assert_eq!(
            CaseCode::decode(&forge(1, ScenarioKind::ALL.len() as u64, 0)),
            Err(CodeError::Unknown)
        );
        assert_eq!(CaseCode::decode(&forge(1, 0, 1)), Err(CodeError::Unknown));
    }
}
