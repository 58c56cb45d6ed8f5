/**
 * Holt-Winters with additive (damped) trend and additive weekly seasonality, written out (no library).
 *
 * For day t with level ℓ, trend b and seasonal s (one per weekday, period m = 7), the one-step
 * forecast and error are ŷ_t = ℓ_{t−1} + φ b_{t−1} + s_{t−m} and e_t = y_t − ŷ_t, and
 *
 *   ℓ_t = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + φ b_{t−1})
 *   b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) φ b_{t−1}
 *   s_t = γ (y_t − ℓ_{t−1} − φ b_{t−1}) + (1 − γ) s_{t−m}
 *
 * (Hyndman & Athanasopoulos, "Forecasting: Principles and Practice", 8.3, "Holt-Winters' damped
 * method"). The forecast k days past the last observation n is ℓ_n + (φ + φ² + … + φ^k) b_n + the
 * seasonal of that weekday. φ = 1 is the classic undamped method; φ < 1 lets the trend fade over
 * the horizon instead of running on for 30 days. φ is in the grid with 1 first, so the undamped
 * method is kept whenever it fits as well.
 *
 * Initial state from the first two weeks: the trend is the change of the weekly mean per day,
 * the seasonals are each weekday's deviation from that trend line averaged over both weeks (they
 * sum to 0), the level is the line's value on the day before the first.
 *
 * (α, β, γ, φ) are chosen on a grid by the sum of squared one-step errors from day 2m on (the
 * first two weeks shaped the initial state, so their errors say little).
 */

export const seasonLength = 7;
/** Days of history a fit needs: two weeks to start from and one to judge the parameters by. */
export const minimumHistoryDays = 3 * seasonLength;

export interface Smoothing {
  alpha: number;
  beta: number;
  gamma: number;
  /** Trend damping: 1 undamped. */
  phi: number;
}

export interface HoltWintersFit {
  parameters: Smoothing;
  /** State after the last observed day. */
  level: number;
  trend: number;
  /** `seasonals[i]` is the latest seasonal of the days with index ≡ i (mod 7). */
  seasonals: number[];
  /** Days observed: the next day has index `observed`. */
  observed: number;
  /** Root mean square of the one-step errors counted in the fit (0 for a perfectly regular series). */
  sigma: number;
  /** How many one-step errors that was. */
  residuals: number;
}

interface Start {
  level: number;
  trend: number;
  seasonals: Float64Array;
}

const mean = (values: ArrayLike<number>, from: number, to: number) => {
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i] as number;
  return sum / (to - from);
};

export function initialState(y: ArrayLike<number>): Start {
  const m = seasonLength;
  if (y.length < 2 * m) throw new RangeError(`Holt-Winters needs at least ${2 * m} days to start, got ${y.length}`);
  const first = mean(y, 0, m);
  const second = mean(y, m, 2 * m);
  const trend = (second - first) / m;
  const centre = (m - 1) / 2; // the first week's mean sits on its middle day
  const line = (t: number) => first + (t - centre) * trend;
  const seasonals = new Float64Array(m);
  for (let i = 0; i < m; i++) seasonals[i] = ((y[i] as number) - line(i) + (y[i + m] as number) - line(i + m)) / 2;
  return { level: line(-1), trend, seasonals };
}

/** Runs the recursions over `y`; the squared errors are summed from day `scoreFrom` on. */
function run(y: ArrayLike<number>, { alpha, beta, gamma, phi }: Smoothing, start: Start, scoreFrom: number) {
  const m = seasonLength;
  const seasonals = Float64Array.from(start.seasonals);
  let level = start.level;
  let trend = start.trend;
  let sse = 0;
  let residuals = 0;
  for (let t = 0; t < y.length; t++) {
    const i = t % m;
    const seasonal = seasonals[i] as number;
    const error = (y[t] as number) - (level + phi * trend + seasonal);
    if (t >= scoreFrom) {
      sse += error * error;
      residuals++;
    }
    // The update equations above, rearranged around the one-step error.
    const previousLevel = level;
    const dampedTrend = phi * trend;
    level = previousLevel + dampedTrend + alpha * error;
    trend = dampedTrend + beta * (level - previousLevel - dampedTrend);
    seasonals[i] = seasonal + gamma * error;
  }
  return { level, trend, seasonals, sse, residuals };
}

/** Fits with given parameters (no search). */
export function fitWith(y: ArrayLike<number>, parameters: Smoothing): HoltWintersFit {
  const scoreFrom = 2 * seasonLength;
  const state = run(y, parameters, initialState(y), scoreFrom);
  return {
    parameters,
    level: state.level,
    trend: state.trend,
    seasonals: Array.from(state.seasonals),
    observed: y.length,
    sigma: state.residuals ? Math.sqrt(state.sse / state.residuals) : 0,
    residuals: state.residuals,
  };
}

/**
 * The search grid: 9 × 5 × 6 × 5 = 1,350 fits (a few ms for a year of days). β stays small: daily
 * ticket counts are noisy, and a trend that chased them would run away over a 30-day horizon.
 */
export const parameterGrid = {
  alpha: [0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7],
  beta: [0, 0.01, 0.03, 0.05, 0.1],
  gamma: [0, 0.05, 0.1, 0.2, 0.3, 0.5],
  phi: [1, 0.98, 0.95, 0.9, 0.8],
} as const;

export type ParameterGrid = { [K in keyof Smoothing]: readonly number[] };

/** Fits by grid search over (α, β, γ, φ), keeping the smallest one-step SSE (ties: the earlier in the grid). */
export function fitHoltWinters(y: ArrayLike<number>, grid: ParameterGrid = parameterGrid): HoltWintersFit {
  if (y.length < minimumHistoryDays) throw new RangeError(`Holt-Winters needs at least ${minimumHistoryDays} days, got ${y.length}`);
  const start = initialState(y);
  const scoreFrom = 2 * seasonLength;
  let best: Smoothing = { alpha: grid.alpha[0] ?? 0.1, beta: grid.beta[0] ?? 0, gamma: grid.gamma[0] ?? 0, phi: grid.phi[0] ?? 1 };
  let bestSse = Infinity;
  for (const alpha of grid.alpha) {
    for (const beta of grid.beta) {
      for (const gamma of grid.gamma) {
        for (const phi of grid.phi) {
          const { sse } = run(y, { alpha, beta, gamma, phi }, start, scoreFrom);
          // Ties (within rounding) keep the earlier choice: the smoother one, undamped.
          if (bestSse === Infinity || sse < bestSse - 1e-9 * Math.max(1, bestSse)) {
            bestSse = sse;
            best = { alpha, beta, gamma, phi };
          }
        }
      }
    }
  }
  return fitWith(y, best);
}

/** The point forecasts for the `horizon` days after the last observed one (may be negative; callers clamp). */
export function pointForecast(fit: HoltWintersFit, horizon: number): number[] {
  const values: number[] = [];
  let damping = 0; // φ + φ² + … + φ^k
  for (let k = 1; k <= horizon; k++) {
    damping += fit.parameters.phi ** k;
    values.push(fit.level + damping * fit.trend + (fit.seasonals[(fit.observed + k - 1) % seasonLength] as number));
  }
  return values;
}
