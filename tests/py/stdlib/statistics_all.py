# statistics: exact means/variances in the data's type, medians, modes,
# quantiles, correlation/regression, NormalDist, and the errors.
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(st.mean([1, 2, 3, 4]), st.mean(data), st.mean([1.1, 2.2]), st.mean([Fraction(1, 3), Fraction(1, 6)]), st.mean(iter([1, 2])), st.mean([True, 3]))
print(st.fmean([1, 2, 3, 4]), st.fmean([1, 2], weights=[3, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([60], ), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.stdev(data), st.pvariance(data), st.pstdev(data), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4, 10]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.variance(data, st.mean(data)), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(1, 11), n=4, method="inclusive"), st.quantiles([1, 2], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True))
for bad in (lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.pvariance([]),
            lambda: st.geometric_mean([1, -1]), lambda: st.harmonic_mean([-1, 2]), lambda: st.quantiles([1], n=4), lambda: st.correlation([1, 1], [1, 2]),
            lambda: st.covariance([1], [1, 2]), lambda: st.mean(["a"])):
    try:
        print(bad())
    except (st.StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.pdf(100), n.cdf(130), n.inv_cdf(0.975), n.zscore(70), n.quantiles())
print([round(st.NormalDist().inv_cdf(p), 12) for p in (0.001, 0.01, 0.2, 0.5, 0.8, 0.999999)], st.NormalDist().inv_cdf(1e-300))
print(n + 5, n * 2, n - st.NormalDist(10, 20), -n, 2 * n, n / 5, n == st.NormalDist(100.0, 15.0), hash(n) == hash(st.NormalDist(100, 15)))
print(st.NormalDist(2.4, 1.6).overlap(st.NormalDist(3.2, 2.0)), st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), st.NormalDist(0, 1).overlap(st.NormalDist(1, 1)))
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print("StatisticsError", e)
