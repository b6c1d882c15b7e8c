import unittest

import torch
import torch.nn.functional as F

from patentgpt.cross_entropy import cross_entropy


class CrossEntropyTest(unittest.TestCase):
    def _case(self, dtype, n=77, v=301):
        torch.manual_seed(3)
        logits = (torch.randn(n, v) * 3).to(dtype).requires_grad_()
        targets = torch.randint(0, v, (n,))
        targets[::5] = -100
        return logits, targets

    def test_loss_and_gradient_match_pytorch_with_ignored_rows_and_a_partial_last_chunk(self):
        logits, targets = self._case(torch.float32)
        ours = cross_entropy(logits, targets)
        (g_ours,) = torch.autograd.grad(ours * 2.5, logits)
        ref = F.cross_entropy(logits, targets, ignore_index=-100)
        (g_ref,) = torch.autograd.grad(ref * 2.5, logits)
        self.assertAlmostEqual(ours.item(), ref.item(), places=5)
        self.assertLess((g_ours - g_ref).abs().max().item(), 1e-6)
        self.assertEqual(g_ours[::5].abs().max().item(), 0.0)  # ignored rows get no gradient

    def test_bfloat16_logits_get_a_bfloat16_gradient_close_to_float32(self):
        logits, targets = self._case(torch.bfloat16)
        ours = cross_entropy(logits, targets)
        (g,) = torch.autograd.grad(ours, logits)
        ref = F.cross_entropy(logits.float(), targets)
        (g_ref,) = torch.autograd.grad(ref, logits)
        self.assertEqual(g.dtype, torch.bfloat16)
        self.assertAlmostEqual(ours.item(), ref.item(), places=4)
        # Within three bfloat16 rounding steps (2^-8 relative) of the largest gradient entry.
        tolerance = 3 * 2 ** -8 * g_ref.float().abs().max().item()
        self.assertLess((g.float() - g_ref.float()).abs().max().item(), tolerance)

    def test_without_gradients_only_the_loss_is_computed(self):
        logits, targets = self._case(torch.float32)
        with torch.no_grad():
            self.assertAlmostEqual(cross_entropy(logits, targets).item(),
                                   F.cross_entropy(logits, targets).item(), places=5)

    def test_all_rows_ignored_gives_zero(self):
        logits, targets = self._case(torch.float32)
        self.assertEqual(cross_entropy(logits, torch.full_like(targets, -100)).item(), 0.0)


if __name__ == "__main__":
    unittest.main()
