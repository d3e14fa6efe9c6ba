"""Merging several reports of one event into one record (pure functions; the store calls them)."""

from dateline.merge.events import corroboration, describe_sources, merge_events, same_event

__all__ = ["corroboration", "describe_sources", "merge_events", "same_event"]
