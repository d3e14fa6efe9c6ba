"""dateline: news reports in, evidence-linked event records out."""

__version__ = "0.1.0"
