"""``latentlab compare``: a side-by-side figure of 2-4 models with measured evidence."""

from __future__ import annotations


def add_arguments(parser) -> None:
    parser.add_argument("models", nargs="+", help="2-4 model names or files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--label", help="class for conditional models")
    parser.add_argument("-n", type=int, default=16, help="samples per pane")
    parser.add_argument("--recon", type=int, default=4, help="dataset images in the reconstruction row (0: none)")
    parser.add_argument("--invert-steps", type=int, default=200)
    parser.add_argument("-o", "--out", required=True, help="figure.png")


def run_compare(args) -> int:
    raise NotImplementedError("compare is being written")
