import { pointForecast, seasonLength, type HoltWintersFit } from './holt-winters.ts';

/**
 * Prediction intervals for additive Holt-Winters, from the standard deviation σ of the one-step
 * errors. Written as a state-space model (ETS(A,Ad,A), Hyndman et al., "Forecasting with
 * Exponential Smoothing", 2008, ch. 6), the k-step forecast error has variance
 *
 *   σ_k² = σ² [ 1 + Σ_{j=1}^{k−1} c_j² ],   c_j = α + β′ (φ + φ² + … + φ^j) + γ [j is a multiple of m]
 *
 * with β′ = αβ (the state-space trend weight) and m = 7: each step further out adds the variance
 * of one more unseen error, carried forward through level, trend and seasonal. For φ = 1 the sum
 * is the closed form of FPP3 table 8.8,
 *
 *   σ² [ 1 + (k−1){α² + αβ′k + β′² k(2k−1)/6} + γ j {2α + γ + β′m(j+1)} ],  j = ⌊(k−1)/m⌋.
 *
 * It grows with k: a day further out is less certain. The band is value ± z σ_k with z = 1.2816
 * (80 %, assuming normal errors); the value and both ends are clamped at 0 (no negative tickets).
 */

/** The two-sided 80 % normal quantile. */
export const z80 = 1.2815515655446004;
export const intervalLevel = 0.8;

/** σ_k for k = 1 … horizon. */
export function forecastStandardDeviations(fit: HoltWintersFit, horizon: number): number[] {
  const { alpha, beta, gamma, phi } = fit.parameters;
  const trendWeight = alpha * beta;
  const deviations: number[] = [];
  let variance = 1; // in units of σ²
  let damping = 0; // φ + … + φ^j
  for (let k = 1; k <= horizon; k++) {
    if (k > 1) {
      const j = k - 1;
      damping += phi ** j;
      const c = alpha + trendWeight * damping + (j % seasonLength === 0 ? gamma : 0);
      variance += c * c;
    }
    deviations.push(fit.sigma * Math.sqrt(variance));
  }
  return deviations;
}

export interface BandedValue {
  value: number;
  low: number;
  high: number;
}

/** Point forecasts and their 80 % band for the next `horizon` days, clamped at 0. */
export function forecastWithBand(fit: HoltWintersFit, horizon: number, z = z80): BandedValue[] {
  const deviations = forecastStandardDeviations(fit, horizon);
  return pointForecast(fit, horizon).map((point, index) => {
    const spread = z * (deviations[index] as number);
    return { value: Math.max(0, point), low: Math.max(0, point - spread), high: Math.max(0, point + spread) };
  });
}
