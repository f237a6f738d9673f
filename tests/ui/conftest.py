"""UI tests: this folder's helpers (shell_fakes) are importable from the tests in its sub-folders too."""
