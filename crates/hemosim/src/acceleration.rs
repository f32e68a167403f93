//! Anderson acceleration of a fixed-point iteration `x ↦ G(x)` on small fixed-size vectors.
//!
//! The periodic steady state is a fixed point of the beat-to-beat map (state at the end of a beat as a
//! function of the state at its start). Plain iteration converges only as fast as the slowest mode of that
//! map (blood shifting between the big compartments and the baroreflex, ≈ 0.75–0.8 per beat). Anderson
//! acceleration (Walker & Ni, SIAM J Numer Anal 2011) fits the last few residuals `f = G(x) − x` and proposes
//! the point whose linearised residual is smallest: on an almost linear map of a few dimensions it removes the
//! slow modes within a handful of evaluations.
//!
//! Every proposal is an affine combination of earlier map values (weights summing to one), so any linear
//! invariant the map keeps, such as total blood volume, is kept too (up to rounding). Fixed-size arrays only:
//! no heap allocation.

/// Anderson mixing (type II, undamped) with a memory of `M` steps in `N` dimensions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Anderson<const N: usize, const M: usize> {
    /// Differences of successive map values `G(x_{i+1}) − G(x_i)`, ring buffer.
    dg: [[f64; N]; M],
    /// Differences of successive residuals `f_{i+1} − f_i`, ring buffer.
    df: [[f64; N]; M],
    /// Columns held (≤ M).
    len: usize,
    /// Slot the next column goes into.
    next: usize,
    /// Last map value and residual, if any.
    last: Option<([f64; N], [f64; N])>,
}

impl<const N: usize, const M: usize> Default for Anderson<N, M> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize, const M: usize> Anderson<N, M> {
    /// Empty memory.
    pub const fn new() -> Self {
        Self {
            dg: [[0.0; N]; M],
            df: [[0.0; N]; M],
            len: 0,
            next: 0,
            last: None,
        }
    }

    /// Forget every earlier evaluation.
    pub fn reset(&mut self) {
        *self = Self::new();
    }

    /// The map changed a little (a neighbouring parameter value): keep the remembered steps, whose
    /// differences still describe the map's linear part, but not the last evaluation.
    pub fn new_map(&mut self) {
        self.last = None;
    }

    /// Record the evaluation `g = G(x)` and return the next point to evaluate: the least-squares combination
    /// of the remembered steps, or `None` when there is nothing to combine yet (take the plain step `g`).
    pub fn next_point(&mut self, x: &[f64; N], g: &[f64; N]) -> Option<[f64; N]> {
        let mut f = [0.0; N];
        for i in 0..N {
            f[i] = g[i] - x[i];
        }
        if let Some((g_last, f_last)) = self.last {
            let slot = self.next;
            for i in 0..N {
                self.dg[slot][i] = g[i] - g_last[i];
                self.df[slot][i] = f[i] - f_last[i];
            }
            self.next = (slot + 1) % M;
            self.len = (self.len + 1).min(M);
        }
        self.last = Some((*g, f));
        let gamma = self.least_squares(&f)?;
        let mut out = *g;
        for (weight, column) in gamma.iter().zip(self.dg.iter()).take(self.len) {
            for (o, d) in out.iter_mut().zip(column.iter()) {
                *o -= weight * d;
            }
        }
        Some(out)
    }

    /// `γ = argmin |f − ΔF γ|₂` by modified Gram–Schmidt, newest column first; a column that is (nearly) a
    /// combination of newer ones gets weight 0. `None` when no column is usable.
    fn least_squares(&self, f: &[f64; N]) -> Option<[f64; M]> {
        let mut gamma = [0.0; M];
        // Column order: newest first.
        let mut order = [0usize; M];
        for (j, slot) in order.iter_mut().enumerate().take(self.len) {
            *slot = (self.next + M - 1 - j) % M;
        }
        let mut q = [[0.0; N]; M];
        let mut r = [[0.0; M]; M];
        let mut kept = [false; M];
        for j in 0..self.len {
            let column = &self.df[order[j]];
            let mut v = *column;
            let original = norm(&v);
            if original == 0.0 || !original.is_finite() {
                continue;
            }
            for i in 0..j {
                if !kept[i] {
                    continue;
                }
                let projection = dot(&q[i], &v);
                r[i][j] = projection;
                for n in 0..N {
                    v[n] -= projection * q[i][n];
                }
            }
            let remaining = norm(&v);
            if remaining <= 1e-8 * original {
                continue;
            }
            r[j][j] = remaining;
            for n in 0..N {
                q[j][n] = v[n] / remaining;
            }
            kept[j] = true;
        }
        if !kept.contains(&true) {
            return None;
        }
        // Solve R γ' = Qᵀ f by back substitution over the kept columns.
        let mut rhs = [0.0; M];
        for j in 0..self.len {
            if kept[j] {
                rhs[j] = dot(&q[j], f);
            }
        }
        let mut solution = [0.0; M];
        for j in (0..self.len).rev() {
            if !kept[j] {
                continue;
            }
            let mut s = rhs[j];
            for k in j + 1..self.len {
                if kept[k] {
                    s -= r[j][k] * solution[k];
                }
            }
            solution[j] = s / r[j][j];
        }
        for j in 0..self.len {
            gamma[order[j]] = solution[j];
        }
        Some(gamma)
    }
}

fn dot<const N: usize>(a: &[f64; N], b: &[f64; N]) -> f64 {
    a.iter().zip(b.iter()).map(|(x, y)| x * y).sum()
}

fn norm<const N: usize>(a: &[f64; N]) -> f64 {
    dot(a, a).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A contracting linear map with one slow mode (0.95) and conserved component sum.
    fn map(x: &[f64; 3]) -> [f64; 3] {
        // Eigenvalues 1 (the sum, conserved), 0.95 and 0.3.
        let s = x[0] + x[1] + x[2];
        let a = x[0] - x[1];
        let b = x[0] + x[1] - 2.0 * x[2];
        let (a, b) = (2.0 + 0.95 * (a - 2.0), -1.0 + 0.3 * (b + 1.0));
        // Back from (s, a, b) coordinates.
        let x2 = (s - b) / 3.0;
        let x0 = (s - x2 + a) / 2.0;
        let x1 = s - x2 - x0;
        [x0, x1, x2]
    }

    fn residual(x: &[f64; 3]) -> f64 {
        let g = map(x);
        (0..3).map(|i| (g[i] - x[i]).abs()).fold(0.0, f64::max)
    }

    #[test]
    fn accelerated_iteration_converges_much_faster_than_plain() {
        let start = [10.0, 0.0, 5.0];
        let mut plain = start;
        let mut plain_steps = 0;
        while residual(&plain) > 1e-8 {
            plain = map(&plain);
            plain_steps += 1;
        }
        let mut anderson = Anderson::<3, 3>::new();
        let mut x = start;
        let mut steps = 0;
        while residual(&x) > 1e-8 {
            let g = map(&x);
            x = anderson.next_point(&x, &g).unwrap_or(g);
            steps += 1;
            assert!(steps < 50, "no convergence");
        }
        assert!(steps * 10 < plain_steps, "{steps} vs {plain_steps}");
        let total: f64 = x.iter().sum();
        assert!((total - 15.0).abs() < 1e-9, "total {total}");
    }

    #[test]
    fn first_step_is_plain_and_degenerate_columns_are_skipped() {
        let mut anderson = Anderson::<2, 3>::new();
        let x = [1.0, 2.0];
        let g = [1.5, 2.5];
        assert_eq!(anderson.next_point(&x, &g), None);
        // The same evaluation again gives a zero difference column: nothing to combine.
        assert_eq!(anderson.next_point(&x, &g), None);
        // A real second evaluation of the map x ↦ x/2 + 1 (fixed point 2) gives the exact answer.
        anderson.reset();
        let half = |v: &[f64; 2]| [0.5 * v[0] + 1.0, 0.5 * v[1] + 1.0];
        let g0 = half(&x);
        assert_eq!(anderson.next_point(&x, &g0), None);
        let x1 = g0;
        let next = anderson.next_point(&x1, &half(&x1)).expect("one column");
        assert!(
            (next[0] - 2.0).abs() < 1e-12 && (next[1] - 2.0).abs() < 1e-12,
            "{next:?}"
        );
    }

    #[test]
    fn a_new_map_keeps_the_remembered_steps() {
        // The same linear part with a shifted fixed point: the remembered step gives the new one at once.
        let map = |v: &[f64; 1], shift: f64| [0.9 * v[0] + shift];
        let mut anderson = Anderson::<1, 2>::new();
        let mut x = [0.0];
        for _ in 0..2 {
            let g = map(&x, 1.0);
            x = anderson.next_point(&x, &g).unwrap_or(g);
        }
        assert!((x[0] - 10.0).abs() < 1e-9, "{x:?}");
        anderson.new_map();
        let next = anderson.next_point(&x, &map(&x, 2.0)).expect("columns");
        assert!((next[0] - 20.0).abs() < 1e-9, "{next:?}");
    }
}
