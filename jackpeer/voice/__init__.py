"""Jack's voice: LoRA adapters trained on example turns and the facilitator's rewrites (issue 13 §3)."""
