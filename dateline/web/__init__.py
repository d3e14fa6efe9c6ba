"""The web view: ``dateline serve`` runs the map/timeline page and the JSON API (see app.py)."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the CLI."""

    @app.command()
    def serve(
        db: Annotated[str | None, typer.Option(help="Database URL or SQLite path (default ./dateline.db).")] = None,
        host: Annotated[str, typer.Option(help="Address to bind. Anything but loopback needs --token.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
        token: Annotated[
            str | None, typer.Option(envvar="DATELINE_TOKEN", help="Bearer token required for writes.")
        ] = None,
        tiles: Annotated[
            str | None, typer.Option(help="Online tile layer URL, e.g. https://tile.example/{z}/{x}/{y}.png")
        ] = None,
    ) -> None:
        """Serve the map, timeline and evidence view with its JSON API (offline by default)."""
        import uvicorn

        from dateline.web.app import LOOPBACK_HOSTS, create_app

        local = is_loopback(host)
        if not local and not token:
            raise typer.BadParameter(
                f"binding to {host} exposes the server: set --token (or DATELINE_TOKEN) so writes need it",
                param_hint="--token",
            )
        try:
            web_app = create_app(db, token=token, tiles_url=tiles, allowed_hosts=LOOPBACK_HOSTS if local else None)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--tiles") from None
        typer.echo(f"dateline: serving on http://{host}:{port}/" + (" (writes need the token)" if token else ""))
        uvicorn.run(web_app, host=host, port=port, log_level="warning")
