"""Greedy decoding of responses for evaluation, one example at a time on the static KV cache."""

import torch
from torch import nn


@torch.no_grad()
def greedy_decode(
    model: nn.Module, contexts: list[list[int]], max_new: int = 40, stop_ids: frozenset[int] = frozenset()
) -> list[list[int]]:
    """For each context (ending with the separator/prompt), the greedy continuation up to a stop token."""
    if not contexts:
        return []
    device = next(model.parameters()).device
    longest = max(len(c) for c in contexts) + max_new
    model.setup_caches(1, longest)
    outs = []
    try:
        for ctx in contexts:
            ids = torch.tensor([ctx], device=device)
            logits = model(ids, input_pos=torch.arange(len(ctx), device=device))
            out: list[int] = []
            for t in range(max_new):
                nxt = int(logits[0, -1].argmax())
                if nxt in stop_ids:
                    break
                out.append(nxt)
                pos = torch.tensor([len(ctx) + t], device=device)
                logits = model(torch.tensor([[nxt]], device=device), input_pos=pos)
            outs.append(out)
    finally:
        model.clear_caches()  # back to full-sequence mode for training
    return outs
