#!/usr/bin/env python3
"""Long article pairs with real shared text, made from the BBC business articles, for the speed benchmark.

    python3 tools/long_pairs.py ../shared/data/bbc/business target/long-pairs

For each size N (default 15k 30k 60k 120k 249k characters a side) it writes left-N.txt and right-N.txt:
LEFT is the articles from 001 on, in order, until N characters; RIGHT is half articles LEFT does not hold
(taken from the end of the list) and half articles LEFT does hold (from a third of the way into LEFT's
list), so half of RIGHT is text LEFT holds word for word and the rest is the same kind of news. Both are
cut to exactly N characters (code points; the articles have none outside the BMP, so Java counts the same). The same folder gives the same files byte for byte. Standard library only.
"""
import argparse
import os
import sys

DEFAULT_SIZES = [15_000, 30_000, 60_000, 120_000, 249_000]
SEPARATOR = "\n\n"


def read_articles(folder):
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    if not names:
        raise SystemExit(f"long_pairs: no .txt articles in {folder}")
    articles = []
    for name in names:
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            articles.append(f.read().strip())
    return articles


def build(articles, size):
    """The articles in order, joined by blank lines, until `size` characters; returns (text, articles used)."""
    taken, length = [], 0
    for article in articles:
        if length >= size:
            break
        taken.append(article)
        length += len(article) + len(SEPARATOR)
    text = SEPARATOR.join(taken)
    if len(text) < size:
        raise SystemExit(f"long_pairs: the articles hold only {len(text):,} characters, {size:,} asked")
    return text[:size], len(taken)


def pair(articles, size):
    left, used = build(articles, size)
    # The unrelated half comes first so the shared half does not line up with LEFT's start.
    others, _ = build(list(reversed(articles)), size // 2)
    shared, _ = build(articles[used // 3:], size - size // 2)
    right = (others + SEPARATOR + shared)[:size]
    return left, right


def size_label(size):
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def parse_size(text):
    text = text.lower().replace("_", "")
    return int(float(text[:-1]) * 1000) if text.endswith("k") else int(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", help="folder of .txt articles, e.g. ../shared/data/bbc/business")
    parser.add_argument("out", help="folder for left-N.txt and right-N.txt (created)")
    parser.add_argument("--sizes", nargs="+", type=parse_size, default=DEFAULT_SIZES,
                        help="characters a side, e.g. 15k 60k (default: 15k 30k 60k 120k 249k)")
    args = parser.parse_args(argv)
    articles = read_articles(args.articles)
    os.makedirs(args.out, exist_ok=True)
    for size in args.sizes:
        left, right = pair(articles, size)
        for side, text in (("left", left), ("right", right)):
            path = os.path.join(args.out, f"{side}-{size_label(size)}.txt")
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        print(f"{size_label(size)}: {os.path.join(args.out, 'left-' + size_label(size) + '.txt')} "
              f"{os.path.join(args.out, 'right-' + size_label(size) + '.txt')}")


if __name__ == "__main__":
    sys.exit(main())
