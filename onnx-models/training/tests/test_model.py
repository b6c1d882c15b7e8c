import unittest

import torch

from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.trainer import lr_at

TINY = dict(vocab_size=97, hidden_size=32, num_layers=2, num_heads=4, num_kv_heads=2, intermediate_size=48,
            context_length=64)


class ModelTest(unittest.TestCase):
    def _model(self, **kw):
        torch.manual_seed(0)
        return PatentGPT(ModelConfig(**{**TINY, **kw})).eval()

    def test_kv_cache_matches_full_recompute(self):
        for kw in ({}, {"num_experts": 4}):
            m = self._model(**kw)
            x = torch.randint(0, 97, (2, 12))
            full, _ = m(x)
            _, past = m(x[:, :7])
            step, _ = m(x[:, 7:], position_ids=torch.arange(7, 12).expand(2, 5), past=past)
            self.assertLess((full[:, 7:] - step).abs().max().item(), 1e-5, kw)

    def test_grouped_query_attention_has_fewer_kv_heads(self):
        m = self._model()
        _, past = m(torch.randint(0, 97, (1, 5)))
        self.assertEqual(tuple(past[0][0].shape), (1, 2, 5, 8))

    def test_padding_mask_hides_padded_positions(self):
        m = self._model()
        x = torch.randint(0, 97, (1, 6))
        ref, _ = m(x[:, 2:])
        padded, _ = m(x, attention_mask=torch.tensor([[0, 0, 1, 1, 1, 1]]),
                      position_ids=torch.tensor([[0, 0, 0, 1, 2, 3]]))
        self.assertLess((padded[:, 2:] - ref).abs().max().item(), 1e-5)

    def test_embeddings_are_tied(self):
        m = self._model()
        h = torch.randn(1, 1, 32)
        self.assertTrue(torch.allclose(torch.nn.functional.linear(h, m.embed.weight), h @ m.embed.weight.T))
        self.assertEqual(sum(p.numel() for p in m.parameters()), m.num_parameters())

    def test_moe_routes_top2_and_has_balance_loss(self):
        m = self._model(num_experts=4).train()
        m.loss(torch.randint(0, 97, (2, 8)), torch.randint(0, 97, (2, 8)))
        aux = m.aux_loss()
        self.assertIsNotNone(aux)
        self.assertGreaterEqual(aux.item(), 0.99)  # 1.0 when perfectly balanced, larger when not
        self.assertLess(m.num_parameters(active=True), m.num_parameters())

    def test_a_few_steps_lower_the_loss(self):
        for kw in ({}, {"num_experts": 4}):
            m = self._model(**kw).train()
            opt = torch.optim.AdamW(m.parameters(), lr=3e-3)
            x = torch.randint(0, 97, (4, 17))
            first = None
            for _ in range(15):
                _, ce = m.loss(x[:, :-1], x[:, 1:])
                first = first if first is not None else ce.item()
                total, _ = m.loss(x[:, :-1], x[:, 1:])
                opt.zero_grad()
                total.backward()
                opt.step()
            self.assertLess(ce.item(), first - 0.5, kw)

    def test_activation_checkpointing_gives_the_same_loss_and_gradients(self):
        x = torch.randint(0, 97, (2, 17), generator=torch.Generator().manual_seed(1))
        grads = []
        for checkpointing in (False, True):
            torch.manual_seed(0)
            m = self._model().train()
            m.activation_checkpointing = checkpointing
            _, ce = m.loss(x[:, :-1], x[:, 1:])
            ce.backward()
            grads.append((ce.item(), {n: p.grad.clone() for n, p in m.named_parameters()}))
        self.assertAlmostEqual(grads[0][0], grads[1][0], places=6)
        for n, g in grads[0][1].items():
            self.assertLess(float((g - grads[1][1][n]).abs().max()), 1e-6, n)

    def test_cosine_schedule(self):
        self.assertAlmostEqual(lr_at(0, 100, 1.0, 0.1, 10), 0.1)
        self.assertAlmostEqual(lr_at(10, 100, 1.0, 0.1, 10), 1.0)
        self.assertAlmostEqual(lr_at(100, 100, 1.0, 0.1, 10), 0.1)
