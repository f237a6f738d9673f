"""Pure rules and formats of the counter's domain: no I/O, no Qt."""
