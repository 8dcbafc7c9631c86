#!/usr/bin/env python3
"""Scores the built jar on the dev gold leave-one-triplet-out: each triplet is compared with the claim
model that tools/fit_claim_model.py --loto fitted without it, then scored by ../shared/eval/score.py's
own rules. Prints per-triplet and pooled figures, as score.py does.

    python3 tools/score_loto.py target/loto ../shared/data/dev-gold/*-gold.json [-v]
"""
import argparse, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", help="folder of held-out models (cluster-XXXX-gold.tsv)")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--min-similarity", type=float, help="passed to compare")
    args = ap.parse_args()

    class Options:
        project = os.getcwd()
        jar = "target/parallax.jar"
        corpus = False

    run = score.run_compare
    if args.min_similarity is not None:
        import json, subprocess

        def run(project, jar, a, b):
            out = subprocess.run(["java", "-jar", jar, "compare", a, b, "--format", "json",
                                  "--min-similarity", str(args.min_similarity)],
                                 cwd=project, capture_output=True, text=True, timeout=600)
            if out.returncode != 0:
                raise RuntimeError(out.stderr[-300:])
            return json.loads(out.stdout)
        score.run_compare = run

    total, log = score.Counts(), []
    for path in args.gold:
        if path.endswith("-gold-2.json"):
            continue
        model = os.path.abspath(os.path.join(args.models, os.path.basename(path).replace(".json", ".tsv")))
        if not os.path.exists(model):
            raise SystemExit(f"no held-out model for {path}: {model}")
        os.environ["JAVA_TOOL_OPTIONS"] = f"-Dparallax.claimModel={model}"
        c = score.score_file(path, Options, log)
        total.add(c)
        print(f"{os.path.basename(path):28s} {c.line()}", flush=True)
    if args.verbose:
        print("\n".join(log))
    f = total.figures()
    print(f"pooled pairs: quotes {f['quotes']['reported']} reported / {f['quotes']['gold']} gold · "
          f"claims {f['claims']['reported']} / {f['claims']['gold']} · unique {f['unique']['reported']} / {f['unique']['gold']}")
    print(f"{'POOLED (leave-one-out)':28s} {total.line()}")


if __name__ == "__main__":
    main()
