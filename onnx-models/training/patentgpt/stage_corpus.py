from . import corpus
from .stages import path


def run(cfg):
    return corpus.run(cfg, path(cfg, "corpus"))
