"""Cross-entropy over a large vocabulary, computed in row chunks on the CPU.

F.cross_entropy on [tokens, vocabulary] logits materialises a float32 log-softmax of the whole matrix and reads it
again in the backward pass; at 4,096 tokens x 16,384 entries that is 256 MB per step and, on 2 cores, ~20 % of a
pretraining step. Here each chunk of rows is softmaxed while it is still in cache and its gradient (softmax minus the
one-hot target) is written once, in the logits' own dtype; the backward pass only scales it."""
import torch

ROWS = 32  # 32 x 16,384 float32 = 2 MB: a chunk stays in cache


def _chunked(logits, targets, ignore_index, with_grad):
    """(mean loss, gradient of the *summed* loss w.r.t. logits or None, number of scored rows)."""
    valid = targets != ignore_index
    count = max(1, int(valid.sum()))
    safe = torch.where(valid, targets, torch.zeros_like(targets))
    grad = torch.empty_like(logits) if with_grad else None
    total = torch.zeros((), dtype=torch.float64)
    minus_one = torch.full((ROWS, 1), -1.0)
    for i in range(0, logits.shape[0], ROWS):
        # A copy in float32 (also when the logits are float32 already: it is modified in place below).
        chunk = logits[i:i + ROWS].to(torch.float32, copy=True)
        t, m = safe[i:i + ROWS, None], valid[i:i + ROWS]
        lse = torch.logsumexp(chunk, -1)
        nll = lse - chunk.gather(1, t).squeeze(1)
        all_valid = bool(m.all())
        total += (nll.sum() if all_valid else (nll * m).sum()).double()
        if with_grad:
            chunk.sub_(lse[:, None]).exp_()
            chunk.scatter_add_(1, t, minus_one[:len(t)])
            if not all_valid:
                chunk[~m] = 0.0
            grad[i:i + ROWS] = chunk
    return (total / count).float(), grad, count


class ChunkedCrossEntropy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, logits, targets, ignore_index=-100):
        loss, grad, count = _chunked(logits, targets, ignore_index, with_grad=True)
        ctx.save_for_backward(grad)
        ctx.count = count
        return loss

    @staticmethod
    def backward(ctx, grad_output):
        # Scaled in place, one pass over the saved gradient (a graph is backpropagated once: no retain_graph).
        grad, = ctx.saved_tensors
        return grad.mul_(float(grad_output) / ctx.count), None, None  # the scale at full precision


def cross_entropy(logits, targets, ignore_index=-100):
    """Mean cross-entropy of logits [n, vocab] against targets [n] (ignore_index rows excluded), as F.cross_entropy;
    the chunked form on the CPU, PyTorch's own elsewhere."""
    if logits.device.type != "cpu":
        return torch.nn.functional.cross_entropy(logits.float(), targets, ignore_index=ignore_index)
    if not (torch.is_grad_enabled() and logits.requires_grad):
        return _chunked(logits, targets, ignore_index, with_grad=False)[0]
    return ChunkedCrossEntropy.apply(logits, targets, ignore_index)
