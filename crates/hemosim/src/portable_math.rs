//! `exp`, `cos` and `tanh` written with only IEEE-754 basic arithmetic, so results are identical bit for bit
//! on every platform.
//!
//! `f64::exp` and `f64::cos` call the platform's maths library (glibc natively, a Rust port of musl in
//! WebAssembly), and those may differ in the last bit. Basic operations (+ − × ÷, `round`, `sqrt`) are
//! exactly specified by IEEE 754, so functions built from them give the same bits natively and in wasm,
//! which the app needs for "same inputs, same outputs" across both. Accuracy is a few ulp, far below
//! anything the model can notice.

use std::f64::consts::{FRAC_PI_2, LOG2_E, PI};

/// High part of ln 2 (Cody–Waite split: `k·LN2_HI` is exact for |k| < 2^11).
const LN2_HI: f64 = 6.931_471_803_691_238e-1;
/// Low part of ln 2.
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;

/// 1/n! for n = 0 … 13.
const EXP_TAYLOR: [f64; 14] = [
    1.0,
    1.0,
    1.0 / 2.0,
    1.0 / 6.0,
    1.0 / 24.0,
    1.0 / 120.0,
    1.0 / 720.0,
    1.0 / 5040.0,
    1.0 / 40_320.0,
    1.0 / 362_880.0,
    1.0 / 3_628_800.0,
    1.0 / 39_916_800.0,
    1.0 / 479_001_600.0,
    1.0 / 6_227_020_800.0,
];

/// `e^x`. Saturates to +∞ above 709.78 and to 0 below −745.
#[inline]
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.78 {
        return f64::INFINITY;
    }
    if x < -745.2 {
        return 0.0;
    }
    let k = (x * LOG2_E).round();
    let r = (x - k * LN2_HI) - k * LN2_LO;
    // Taylor series of e^r to degree 13 on |r| ≤ 0.35 (Horner form): truncation error < 1e-17.
    let mut p = EXP_TAYLOR[13];
    for &c in EXP_TAYLOR[..13].iter().rev() {
        p = c + r * p;
    }
    // k fits in i32 here (|x| < 746).
    let k = k as i32;
    if k < -1000 {
        p * pow2(k + 1000) * pow2(-1000)
    } else if k > 1000 {
        p * pow2(k - 1000) * pow2(1000)
    } else {
        p * pow2(k)
    }
}

/// 2^k for −1022 ≤ k ≤ 1023, built from the exponent bits.
#[inline]
fn pow2(k: i32) -> f64 {
    f64::from_bits(((i64::from(k) + 1023) as u64) << 52)
}

/// `cos(x)` for any finite x, range-reduced to [−π/2, π/2]: within an ulp or two on [−2π, 2π] (the model
/// only uses [0, π]); the reduction loses about |x|·ulp for larger arguments.
#[inline]
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    // Reduce to y in [−π, π], then fold to [−π/2, π/2] using cos(y) = −cos(π − |y|).
    let turns = (x / (2.0 * PI)).round();
    let mut y = (x - turns * 2.0 * PI).abs();
    let mut sign = 1.0;
    if y > FRAC_PI_2 {
        y = PI - y;
        sign = -1.0;
    }
    sign * cos_near_zero(y)
}

/// Taylor series of cos on |y| ≤ π/2 to degree 22: truncation error < 1e-17.
#[inline]
fn cos_near_zero(y: f64) -> f64 {
    let z = y * y;
    let mut p = COS_TAYLOR[11];
    for &c in COS_TAYLOR[..11].iter().rev() {
        p = c + z * p;
    }
    p
}

/// (−1)^n/(2n)! for n = 0 … 11.
const COS_TAYLOR: [f64; 12] = [
    1.0,
    -1.0 / 2.0,
    1.0 / 24.0,
    -1.0 / 720.0,
    1.0 / 40_320.0,
    -1.0 / 3_628_800.0,
    1.0 / 479_001_600.0,
    -1.0 / 87_178_291_200.0,
    1.0 / 20_922_789_888_000.0,
    -1.0 / 6_402_373_705_728_000.0,
    1.0 / 2_432_902_008_176_640_000.0,
    -1.0 / 1_124_000_727_777_607_680_000.0,
];

/// `tanh(x)`.
#[inline]
pub fn tanh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() > 20.0 {
        return x.signum();
    }
    let e2 = exp(2.0 * x);
    (e2 - 1.0) / (e2 + 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) -> bool {
        (a - b).abs() <= rel * b.abs().max(1e-300)
    }

    #[test]
    fn exp_matches_std_to_a_few_ulp() {
        let mut x = -740.0;
        while x < 709.0 {
            assert!(
                close(exp(x), x.exp(), 4e-16),
                "exp({x}) = {} vs {}",
                exp(x),
                x.exp()
            );
            x += 0.377;
        }
        for x in [-1e-10, 0.0, 1e-10, 0.5, -0.5, 1.0, 50.0] {
            assert!(close(exp(x), x.exp(), 4e-16), "exp({x})");
        }
    }

    #[test]
    fn exp_saturates() {
        assert!(exp(1000.0).is_infinite());
        assert!(exp(-1000.0).abs() < 1e-300);
        assert!(exp(f64::NAN).is_nan());
    }

    #[test]
    fn cos_matches_std() {
        let mut x: f64 = -20.0;
        while x < 20.0 {
            // Range reduction costs about |x|·ulp; the model only uses 0 ≤ x ≤ π.
            let tol = if x.abs() <= 2.0 * PI { 5e-16 } else { 1e-14 };
            assert!(
                (cos(x) - x.cos()).abs() < tol,
                "cos({x}) = {} vs {}",
                cos(x),
                x.cos()
            );
            x += 0.0137;
        }
        assert!((cos(PI) + 1.0).abs() < 1e-15);
    }

    #[test]
    fn tanh_matches_std() {
        let mut x = -25.0;
        while x < 25.0 {
            assert!((tanh(x) - x.tanh()).abs() < 1e-15, "tanh({x})");
            x += 0.0731;
        }
    }
}
