"""BackFit."""
