"""Test-wide settings."""

import os

# The background torch.compile of the decode step costs minutes of CPU on the first run; tests
# use the eager step unless they compile on purpose (tests/test_model_compile.py).
os.environ["JACK_COMPILE"] = "0"
