#!/usr/bin/env python3
"""Precision-recall of shared claims on the dev gold, leave-one-triplet-out, as an SVG plot, and how well
the similarity is calibrated (of the claims reported at similarity s, how many are right).

    python3 tools/claim_curve.py target/gold-pairs.jsonl --svg docs/claims-pr.svg

Every triplet is scored by the claim model fitted on the other eleven (as tools/fit_claim_model.py --loto
fits them). A point of the curve is one threshold: the unit pairs at or above it that are the best
counterpart of at least one of their two units (the engine's alignment; headlines and subheads never
match), counted as right when score.py's span matching puts both units in one gold group. Recall counts
gold-positive candidate pairs (e5 cosine >= 0.70); score.py's group recall is lower, since it also counts
the claims no candidate pair reaches. Needs numpy.
"""
import argparse, json, os, sys
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fit_claim_model as fcm  # noqa: E402


def aligned(i, j, p, sub_a, sub_b):
    """Indices of pairs that are the best of their left or right unit, among substantial pairs."""
    keep = sub_a[i] * sub_b[j] > 0
    best_a, best_b = {}, {}
    for k in np.flatnonzero(keep):
        if i[k] not in best_a or p[k] > p[best_a[i[k]]]:
            best_a[i[k]] = k
        if j[k] not in best_b or p[k] > p[best_b[j[k]]]:
            best_b[j[k]] = k
    return sorted(set(best_a.values()) | set(best_b.values()))


def svg(points, marks, path):
    w, h, m = 560, 420, 56
    def xy(r, p):
        return m + r * (w - 1.5 * m), h - m - p * (h - 2 * m)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="13">',
           f'<rect width="{w}" height="{h}" fill="white"/>']
    for t in np.arange(0, 1.01, 0.2):
        x, _ = xy(t, 0)
        _, y = xy(0, t)
        out.append(f'<line x1="{x:.1f}" y1="{h - m}" x2="{x:.1f}" y2="{m}" stroke="#ddd"/>')
        out.append(f'<line x1="{m}" y1="{y:.1f}" x2="{w - m / 2:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{h - m + 18}" text-anchor="middle">{t:.1f}</text>')
        out.append(f'<text x="{m - 8}" y="{y + 4:.1f}" text-anchor="end">{t:.1f}</text>')
    line = " ".join(f"{xy(r, p)[0]:.1f},{xy(r, p)[1]:.1f}" for _, p, r in points)
    out.append(f'<polyline points="{line}" fill="none" stroke="#0072B2" stroke-width="2.5"/>')
    for label, (t, p, r) in marks:
        x, y = xy(r, p)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#D55E00"/>')
        out.append(f'<text x="{x + 8:.1f}" y="{y - 8:.1f}">{label} {t:.2f}: P {p:.2f} R {r:.2f}</text>')
    out.append(f'<text x="{w / 2}" y="{h - 12}" text-anchor="middle">recall (gold-positive candidate pairs)</text>')
    out.append(f'<text x="16" y="{h / 2}" text-anchor="middle" transform="rotate(-90 16 {h / 2})">precision</text>')
    out.append(f'<text x="{w / 2}" y="24" text-anchor="middle" font-weight="bold">Shared claims, dev gold, '
               'leave-one-triplet-out</text>')
    out.append('</svg>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs")
    ap.add_argument("--svg", required=True)
    ap.add_argument("--model", default="src/main/resources/app/parallax/compare/claim-model.tsv",
                    help="the shipped model, whose thresholds are marked on the curve")
    args = ap.parse_args()
    gold_dir = os.path.join(fcm.HERE, "..", "..", "shared", "data", "dev-gold")
    recs, data = [], {}
    for line in open(args.pairs, encoding="utf-8"):
        rec = json.loads(line)
        if "gold" in rec:
            gold = json.load(open(os.path.join(gold_dir, rec["gold"]), encoding="utf-8"))
            ux, uy = fcm.unit_pairs(rec, gold)
            qx, qy = fcm.quote_pairs(rec, gold)
            recs.append((rec, ux, uy))
            data.setdefault(rec["gold"], []).append((np.vstack([ux, qx]), np.concatenate([uy, qy])))
    scores, labels = [], []
    positives = 0
    for rec, ux, uy in recs:
        train = [part for g, parts in data.items() if g != rec["gold"] for part in parts]
        key = rec["gold"]
        model = models.get(key) or models.setdefault(key, fcm.fit(np.vstack([x for x, _ in train]), np.concatenate([y for _, y in train]),
                                                 np.ones(sum(len(y) for _, y in train))))
        rows = np.array(rec["pairs"], float)
        i, j = rows[:, 0].astype(int), rows[:, 1].astype(int)
        sub_a = np.array([u["substantial"] for u in rec["unitsA"]], float)
        sub_b = np.array([u["substantial"] for u in rec["unitsB"]], float)
        p = fcm.predict(model, ux)
        positives += int((uy * sub_a[i] * sub_b[j]).sum())
        for k in aligned(i, j, p, sub_a, sub_b):
            scores.append(p[k])
            labels.append(uy[k])
    scores, labels = np.array(scores), np.array(labels)
    points = []
    for t in np.arange(0.05, 0.96, 0.01):
        sel = scores >= t
        if sel.sum() == 0:
            continue
        points.append((t, labels[sel].mean(), labels[sel].sum() / positives))
    thresholds = {}
    for line in open(args.model, encoding="utf-8"):
        cells = line.rstrip("\n").split("\t")
        if cells[0] == "threshold":
            thresholds[cells[1]] = float(cells[2])
    marks = [(name, min(points, key=lambda q: abs(q[0] - thresholds[name]))) for name in ("shared", "related")]
    svg(points, marks, args.svg)
    print(f"{len(scores)} aligned candidate pairs, {positives} gold-positive candidate pairs")
    for name, (t, pr, rc) in marks:
        print(f"{name} threshold {t:.2f}: precision {pr:.3f} recall {rc:.3f}")
    print("calibration (aligned pairs by similarity): bin, pairs, share right")
    for lo in np.arange(0.3, 1.0, 0.1):
        sel = (scores >= lo) & (scores < lo + 0.1)
        if sel.sum():
            print(f"  {lo:.1f}-{lo + 0.1:.1f}  {int(sel.sum()):4d}  {labels[sel].mean():.2f}")


models = {}

if __name__ == "__main__":
    main()
