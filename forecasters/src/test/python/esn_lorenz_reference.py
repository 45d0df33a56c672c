"""Independent NumPy/SciPy cross-check of EchoStateNetworkTest.pathakSetUpReproducesTheIndependentNumpyBaseline.

Pathak et al. (2018) reservoir on raw Lorenz-63 data, written from the equations (forecasters.md §1):
300 nodes, Erdős–Rényi W at density 6/300 with U[-1, 1] entries scaled to spectral radius 1.2 (ARPACK),
one input per node with weight U[-0.1, 0.1], tanh, no bias, washout 100, readout on the state with every
other node squared, ridge 1e-6, 5000 training samples at dt = 0.02, closed-loop forecast.
VPT: first step where sqrt(mean_d ((f - y)/sigma_d)^2) > 0.5, sigma_d the attractor std, in units of
1/lambda_1 = 1/0.9056.

Data: from the catalog's Lorenz initial condition (-9.7869288, -15.03852, 20.533978), beta = 8/3, DOP853 at
rtol = atol = 1e-12, 50 time units of transient, as the Java test. Forecasts from 20 origins spaced 1000
samples apart after the training set, for 5 seeds.

Run: python3 esn_lorenz_reference.py   (NumPy >= 1.22, SciPy; about 30 s)
"""
import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as sla
from scipy.integrate import solve_ivp

DT, LAMBDA1, TRAIN, ORIGINS, HORIZON = 0.02, 0.9056, 5000, 20, 600


def lorenz(t, s):
    x, y, z = s
    return [10 * (y - x), x * (28 - z) - y, x * y - 8 / 3 * z]


def data(n):
    s0 = solve_ivp(lorenz, (0, 50), [-9.7869288, -15.03852, 20.533978], method="DOP853", rtol=1e-12, atol=1e-12).y[:, -1]
    t = np.arange(n) * DT
    return solve_ivp(lorenz, (0, t[-1]), s0, t_eval=t, method="DOP853", rtol=1e-12, atol=1e-12).y.T


def vpt(truth, fc, sigma):
    e = np.sqrt(np.mean(((fc - truth) / sigma) ** 2, axis=1))
    return (np.argmax(e > 0.5) if np.any(e > 0.5) else len(e)) * DT * LAMBDA1


def fit(seed, train, n=300, degree=6, rho=1.2, sigma_in=0.1, ridge=1e-6, washout=100):
    rng = np.random.default_rng(seed)
    w = sp.random(n, n, density=degree / n, random_state=rng, data_rvs=lambda k: rng.uniform(-1, 1, k)).tocsr()
    w = w * (rho / abs(sla.eigs(w, k=1, which="LM", return_eigenvectors=False, maxiter=20 * n, v0=np.ones(n))[0]))
    w_in = np.zeros((n, 3))
    w_in[np.arange(n), rng.integers(0, 3, n)] = rng.uniform(-sigma_in, sigma_in, n)
    r, states = np.zeros(n), []
    for t in range(len(train) - 1):
        r = np.tanh(w @ r + w_in @ train[t])
        if t >= washout:
            states.append(r.copy())
    s = features(np.array(states))
    w_out = np.linalg.solve(s.T @ s + ridge * np.eye(n), s.T @ train[washout + 1:])
    return w, w_in, w_out


def features(r):
    f = r.copy()
    f[..., 0::2] = f[..., 0::2] ** 2
    return f


def forecast(model, history, steps, sync=100):
    w, w_in, w_out = model
    r = np.zeros(w.shape[0])
    for u in history[-sync:]:
        r = np.tanh(w @ r + w_in @ u)
    out = []
    for _ in range(steps):
        u = features(r) @ w_out
        out.append(u)
        r = np.tanh(w @ r + w_in @ u)
    return np.array(out)


if __name__ == "__main__":
    x = data(TRAIN + ORIGINS * 1000)
    sigma = x.std(axis=0, ddof=1)
    all_v, first = [], []
    for seed in range(5):
        model = fit(seed, x[:TRAIN])
        v = [vpt(x[o:o + HORIZON], forecast(model, x[o - 300:o], HORIZON), sigma)
             for o in range(TRAIN, TRAIN + ORIGINS * 1000, 1000)]
        first.append(v[0])
        all_v += v
        print(f"seed {seed}: first origin {v[0]:.2f}, median {np.median(v):.2f}", flush=True)
    print(f"median VPT {np.median(all_v):.2f} over {len(all_v)} forecasts; first origin per seed {np.round(first, 2)}")
