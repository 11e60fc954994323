/** Integer helpers for the even-spread rules of the sizing. */

/** The smallest divisor of `n` that is at least `min`, or null when `min` exceeds `n`. */
export function smallestDivisorAtLeast(n: number, min: number): number | null {
  for (let d = Math.max(1, Math.ceil(min)); d <= n; d++) if (n % d === 0) return d;
  return null;
}

export function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}
