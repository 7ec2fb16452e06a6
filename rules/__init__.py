"""Built-in rules of soplint, one module per rule, grouped by family."""
