"""dialog/: learning to talk — corpora, training with exposure-bias strategies (bilevel scheduled
sampling among them), and the evaluation metrics of dialogue generation."""
