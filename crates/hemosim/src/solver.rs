//! The integrator: classical fixed-step Runge–Kutta (RK4) on a grid with a whole number of steps per beat.
//!
//! It knows nothing about hearts. A system supplies a time-dependent *forcing* (here the heart's activation)
//! and a derivative function; the stepper evaluates the forcing once per distinct stage time, so the caller
//! can reuse the end-of-step forcing as the next step's start.

/// Default largest step, s (MODEL.md "Integration": 0.5 ms).
pub const DEFAULT_MAX_STEP_S: f64 = 0.0005;
/// Largest step a caller may ask for, s (MODEL.md: RK4 diverges at ≥ 2 ms in severe suction; never exceed 1 ms).
pub const MAX_ALLOWED_STEP_S: f64 = 0.001;
/// Smallest step a caller may ask for, s (keeps the per-beat step count bounded).
pub const MIN_ALLOWED_STEP_S: f64 = 0.000_05;

/// A system of ordinary differential equations with an explicit time-dependent forcing.
pub trait OdeSystem<const N: usize> {
    /// The time-dependent input, evaluated once per stage time.
    type Forcing: Copy;
    /// Forcing at time `t_s`.
    fn forcing(&self, t_s: f64) -> Self::Forcing;
    /// Derivatives `dy` of `y` under `forcing`.
    fn derivatives(&self, forcing: Self::Forcing, y: &[f64; N], dy: &mut [f64; N]);
}

/// A beat split into equal steps: `dt = T / ceil(T / max_step)` so every beat ends exactly on a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BeatGrid {
    /// Beat period, s.
    pub period_s: f64,
    /// Number of steps in the beat.
    pub steps: u32,
    /// Step length, s.
    pub dt_s: f64,
}

impl BeatGrid {
    /// Grid for a beat of `period_s` with steps no longer than `max_step_s`.
    pub fn new(period_s: f64, max_step_s: f64) -> Self {
        let steps = (period_s / max_step_s).ceil().max(1.0);
        // A period of at most a few seconds over a step of at least 50 µs: far below u32::MAX.
        let steps_u32 = steps as u32;
        Self {
            period_s,
            steps: steps_u32,
            dt_s: period_s / steps,
        }
    }

    /// Time since the beat started at the beginning of step `index`, s.
    #[inline]
    pub fn time_of_step(&self, index: u32) -> f64 {
        f64::from(index) * self.dt_s
    }
}

/// One RK4 step of length `dt` from `t`, given the first-stage slope `k1` (already evaluated by the caller,
/// who also reads the algebraic outputs from that evaluation) and the forcing at `t + dt/2` and `t + dt`.
#[inline]
pub fn rk4_step<S: OdeSystem<N>, const N: usize>(
    system: &S,
    y: &mut [f64; N],
    k1: &[f64; N],
    forcing_mid: S::Forcing,
    forcing_end: S::Forcing,
    dt: f64,
) {
    let half = 0.5 * dt;
    let mut stage = [0.0; N];
    let mut k2 = [0.0; N];
    let mut k3 = [0.0; N];
    let mut k4 = [0.0; N];
    for i in 0..N {
        stage[i] = y[i] + half * k1[i];
    }
    system.derivatives(forcing_mid, &stage, &mut k2);
    for i in 0..N {
        stage[i] = y[i] + half * k2[i];
    }
    system.derivatives(forcing_mid, &stage, &mut k3);
    for i in 0..N {
        stage[i] = y[i] + dt * k3[i];
    }
    system.derivatives(forcing_end, &stage, &mut k4);
    let sixth = dt / 6.0;
    for i in 0..N {
        y[i] += sixth * (k1[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// dy/dt = −y·(1 + sin-free forcing), exact solution known for a constant forcing.
    struct Decay;

    impl OdeSystem<1> for Decay {
        type Forcing = f64;
        fn forcing(&self, _t_s: f64) -> f64 {
            1.0
        }
        fn derivatives(&self, rate: f64, y: &[f64; 1], dy: &mut [f64; 1]) {
            dy[0] = -rate * y[0];
        }
    }

    /// dy/dt = t (forcing is time itself): RK4 integrates polynomials of degree ≤ 3 exactly.
    struct Ramp;

    impl OdeSystem<1> for Ramp {
        type Forcing = f64;
        fn forcing(&self, t_s: f64) -> f64 {
            t_s * t_s
        }
        fn derivatives(&self, t2: f64, _y: &[f64; 1], dy: &mut [f64; 1]) {
            dy[0] = t2;
        }
    }

    #[test]
    fn grid_has_whole_steps_no_longer_than_the_limit() {
        let g = BeatGrid::new(60.0 / 95.0, DEFAULT_MAX_STEP_S);
        assert!(g.dt_s <= DEFAULT_MAX_STEP_S);
        assert!((g.time_of_step(g.steps) - g.period_s).abs() < 1e-12);
    }

    #[test]
    fn rk4_is_fourth_order_on_exponential_decay() {
        let run = |steps: u32| {
            let dt = 1.0 / f64::from(steps);
            let mut y = [1.0];
            for _ in 0..steps {
                let mut k1 = [0.0];
                Decay.derivatives(1.0, &y, &mut k1);
                rk4_step(&Decay, &mut y, &k1, 1.0, 1.0, dt);
            }
            (y[0] - (-1.0f64).exp()).abs()
        };
        let ratio = run(10) / run(20);
        assert!((14.0..18.0).contains(&ratio), "error ratio {ratio}");
    }

    #[test]
    fn rk4_integrates_a_quadratic_forcing_exactly() {
        let dt = 0.1;
        let mut y = [0.0];
        let mut t = 0.0;
        for _ in 0..10 {
            let mut k1 = [0.0];
            Ramp.derivatives(Ramp.forcing(t), &y, &mut k1);
            rk4_step(
                &Ramp,
                &mut y,
                &k1,
                Ramp.forcing(t + 0.5 * dt),
                Ramp.forcing(t + dt),
                dt,
            );
            t += dt;
        }
        assert!((y[0] - 1.0 / 3.0).abs() < 1e-12, "{}", y[0]);
    }
}
