"""CLI commands, one module each; see rasd.cli.COMMANDS."""
