"""Checks, before a run starts, that every Python module the stages import is installed: without it a fresh machine
trained for two hours and then failed at the card stage (matplotlib draws the loss curves)."""
import importlib.util
import sys

# Module -> the Debian package that provides it (the README's prerequisites).
REQUIRED = {"torch": "python3-torch", "onnx": "python3-onnx", "numpy": "python3-numpy", "regex": "python3-regex",
            "matplotlib": "python3-matplotlib"}


def missing(required=None):
    """The (module, Debian package) pairs of `required` that this Python cannot import, in order."""
    return [(m, pkg) for m, pkg in (required or REQUIRED).items() if importlib.util.find_spec(m) is None]


def message(absent):
    """What to tell the user when modules are absent (empty when none are)."""
    if not absent:
        return ""
    return ("the training pipeline needs Python modules this Python lacks: " + ", ".join(m for m, _ in absent)
            + f" ({sys.executable}). On Debian: apt-get install " + " ".join(p for _, p in absent))


if __name__ == "__main__":
    text = message(missing())
    if text:
        print(text, file=sys.stderr)
        sys.exit(1)
