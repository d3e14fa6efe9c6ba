"""Running the pipeline beyond one process: `run_batch_on_ray` spreads a batch over a Ray cluster."""

from dateline.scale.ray_runner import DEFAULT_BATCH_SIZE, RayUnavailable, resolve_address, run_batch_on_ray

__all__ = ["DEFAULT_BATCH_SIZE", "RayUnavailable", "resolve_address", "run_batch_on_ray"]
