"""Data-parallel training under torchrun (DistributedDataParallel): gloo on the CPU, NCCL on GPUs. The process group
comes from torchrun's environment (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR/PORT, or its rendezvous), so the same
command line scales from 2 CPU processes to several nodes. Without torchrun everything here is a no-op (world 1)."""
import os
from dataclasses import dataclass

import torch
import torch.distributed as dist


@dataclass
class Context:
    rank: int = 0
    world: int = 1
    local_rank: int = 0
    device: str = "cpu"

    @property
    def main(self):
        """Rank 0 writes checkpoints, logs and manifests."""
        return self.rank == 0

    @property
    def active(self):
        return self.world > 1


_CURRENT = Context()


def init(device="cpu"):
    """Joins torchrun's process group when WORLD_SIZE > 1 (once per process); returns the Context."""
    global _CURRENT
    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        _CURRENT = Context(device=device)
        return _CURRENT
    local = int(os.environ.get("LOCAL_RANK", "0"))
    if device.startswith("cuda"):
        torch.cuda.set_device(local)
        device = f"cuda:{local}"
    if not dist.is_initialized():
        dist.init_process_group("nccl" if device.startswith("cuda") else "gloo")
    _CURRENT = Context(rank=dist.get_rank(), world=dist.get_world_size(), local_rank=local, device=device)
    return _CURRENT


def current():
    return _CURRENT


def mean(value):
    """The mean of a float over the ranks (the value itself without torchrun)."""
    if not _CURRENT.active:
        return value
    t = torch.tensor([float(value)], dtype=torch.float64)
    dist.all_reduce(t)
    return float(t) / _CURRENT.world


def total(value):
    """The sum of an int over the ranks."""
    if not _CURRENT.active:
        return int(value)
    t = torch.tensor([int(value)], dtype=torch.int64)
    dist.all_reduce(t)
    return int(t)


def from_main(value):
    """Rank 0's int on every rank (e.g. a step count re-planned from rank 0's timing, so all ranks stop together)."""
    if not _CURRENT.active:
        return value
    t = torch.tensor([int(value)], dtype=torch.int64)
    dist.broadcast(t, 0)
    return int(t)


def barrier():
    if _CURRENT.active:
        dist.barrier()


def shutdown():
    if _CURRENT.active and dist.is_initialized():
        dist.destroy_process_group()


class LossModule(torch.nn.Module):
    """DistributedDataParallel synchronizes gradients through its own forward: the model's loss is that forward."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x, y):
        return self.model.loss(x, y)


def wrap(model):
    """A callable (x, y) -> (loss, ce): through DistributedDataParallel under torchrun, else the model's own loss."""
    if not _CURRENT.active:
        return model.loss
    from torch.nn.parallel import DistributedDataParallel
    ids = [_CURRENT.local_rank] if _CURRENT.device.startswith("cuda") else None
    return DistributedDataParallel(LossModule(model), device_ids=ids)
