//! `exp`, `cos` and `tanh` written with only IEEE-754 basic arithmetic, so results are identical bit for bit
//! on every platform.
//!
//! `f64::exp` and `f64::cos` call the platform's maths library (glibc natively, a Rust port of musl in
//! WebAssembly), and those may differ in the last bit. Basic operations (+ − × ÷, `sqrt`) are exactly
//! specified by IEEE 754, so functions built only from them give the same bits natively and in wasm, which
//! the app needs for "same inputs, same outputs" across both. Accuracy is about an ulp, far below anything
//! the model can notice. They are also faster than the library calls, which matters in the inner loop.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LOG2_E, PI};

/// High part of ln 2 (fdlibm's split; its low 21 bits are zero, so `k·LN2_HI` is exact for |k| < 2^21).
const LN2_HI: f64 = 6.931_471_803_691_238e-1;
/// Low part of ln 2.
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
/// Adding and subtracting 1.5·2^52 rounds to the nearest integer (ties to even) with plain IEEE arithmetic,
/// avoiding a library `round` call on targets without a rounding instruction.
const ROUNDING_MAGIC: f64 = 6_755_399_441_055_744.0;

/// 2^(j/8) for j = 0 … 7, as exact bit patterns of the correctly rounded values.
const EXP2_EIGHTHS: [u64; 8] = [
    0x3ff0_0000_0000_0000,
    0x3ff1_72b8_3c7d_517b,
    0x3ff3_06fe_0a31_b715,
    0x3ff4_bfda_d536_2a27,
    0x3ff6_a09e_667f_3bcd,
    0x3ff8_ace5_422a_a0db,
    0x3ffa_e89f_995a_d3ad,
    0x3ffd_5818_dcfb_a487,
];

/// `e^x`. Saturates to +∞ above 709.78 and to 0 below −745.
///
/// `x = (k/8)·ln 2 + r` with |r| ≤ ln 2 / 16, so `e^x = 2^(k div 8) · 2^((k mod 8)/8) · e^r`; `e^r` is a
/// degree-7 Taylor polynomial (truncation < 4e-16 relative) evaluated in Estrin form for speed.
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
    let kf = (x * (8.0 * LOG2_E) + ROUNDING_MAGIC) - ROUNDING_MAGIC;
    let r = (x - kf * (0.125 * LN2_HI)) - kf * (0.125 * LN2_LO);
    let r2 = r * r;
    let r4 = r2 * r2;
    let p01 = 1.0 + r;
    let p23 = 0.5 + r * (1.0 / 6.0);
    let p45 = 1.0 / 24.0 + r * (1.0 / 120.0);
    let p67 = 1.0 / 720.0 + r * (1.0 / 5040.0);
    let p = (p01 + r2 * p23) + r4 * (p45 + r2 * p67);
    // |x| < 746, so |k| < 8,700 fits an i32.
    let k = kf as i32;
    let p = p * f64::from_bits(EXP2_EIGHTHS[(k & 7) as usize]);
    let whole = k >> 3;
    if whole < -1000 {
        p * pow2(whole + 1000) * pow2(-1000)
    } else if whole > 1000 {
        p * pow2(whole - 1000) * pow2(1000)
    } else {
        p * pow2(whole)
    }
}

/// 2^k for −1022 ≤ k ≤ 1023, built from the exponent bits.
#[inline]
fn pow2(k: i32) -> f64 {
    f64::from_bits(((i64::from(k) + 1023) as u64) << 52)
}

/// `cos(x)` for any finite x: within an ulp or two on [−2π, 2π] (the model only uses [0, π]); the range
/// reduction loses about |x|·ulp for larger arguments.
#[inline]
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    // Reduce to y in [0, π], fold to [0, π/2] with cos(y) = −cos(π − y), then to [0, π/4] with
    // cos(y) = sin(π/2 − y), so each series needs only eight terms.
    let turns = (x * (0.5 / PI) + ROUNDING_MAGIC) - ROUNDING_MAGIC;
    let mut y = (x - turns * (2.0 * PI)).abs();
    let mut sign = 1.0;
    if y > FRAC_PI_2 {
        y = PI - y;
        sign = -1.0;
    }
    if y > FRAC_PI_4 {
        sign * sin_near_zero(FRAC_PI_2 - y)
    } else {
        sign * cos_near_zero(y)
    }
}

/// Taylor series of cos on |y| ≤ π/4 to degree 14 (error < 1e-17), Estrin form in z = y².
#[inline]
fn cos_near_zero(y: f64) -> f64 {
    let z = y * y;
    let z2 = z * z;
    let z4 = z2 * z2;
    let a = 1.0 - z * 0.5;
    let b = 1.0 / 24.0 - z * (1.0 / 720.0);
    let c = 1.0 / 40_320.0 - z * (1.0 / 3_628_800.0);
    let d = 1.0 / 479_001_600.0 - z * (1.0 / 87_178_291_200.0);
    (a + z2 * b) + z4 * (c + z2 * d)
}

/// Taylor series of sin on |y| ≤ π/4 to degree 15 (error < 1e-17), Estrin form in z = y².
#[inline]
fn sin_near_zero(y: f64) -> f64 {
    let z = y * y;
    let z2 = z * z;
    let z4 = z2 * z2;
    let a = 1.0 - z * (1.0 / 6.0);
    let b = 1.0 / 120.0 - z * (1.0 / 5040.0);
    let c = 1.0 / 362_880.0 - z * (1.0 / 39_916_800.0);
    let d = 1.0 / 6_227_020_800.0 - z * (1.0 / 1_307_674_368_000.0);
    y * ((a + z2 * b) + z4 * (c + z2 * d))
}

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
                close(exp(x), x.exp(), 1e-15),
                "exp({x}) = {} vs {}",
                exp(x),
                x.exp()
            );
            x += 0.377;
        }
        for x in [-1e-10, 0.0, 1e-10, 0.5, -0.5, 1.0, 50.0] {
            assert!(close(exp(x), x.exp(), 6e-16), "exp({x})");
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
            let tol = if x.abs() <= 2.0 * PI { 1e-15 } else { 1e-14 };
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
