"""geocode, extract, map and audit with every socket blocked (pytest-socket): nothing in
an offline run reaches for the network, whatever the input says."""

from __future__ import annotations

import socket
import warnings

import pytest
from typer.testing import CliRunner

from geomig.cli import app

pytest_socket = pytest.importorskip("pytest_socket")

TEXT = ('Boats left Sabratha for Lampedusa. <script>fetch("http://example.invalid/x")</script> '
        "The coastguard in Zuwara said 300 migrants were stopped. See https://example.invalid/a.png")


@pytest.fixture
def no_sockets():
    # folium imports requests, whose urllib3 opens (never connects) an IPv6 socket at import
    # to see whether the machine has IPv6: import it first, so only the commands are watched.
    import folium  # noqa: F401

    pytest_socket.disable_socket(allow_unix_socket=False)
    try:
        with warnings.catch_warnings(), pytest.raises(pytest_socket.SocketBlockedError, match="A test tried"):
            warnings.simplefilter("ignore")
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # the block is real
        yield
    finally:
        pytest_socket.enable_socket()


@pytest.mark.parametrize("args", [
    ["geocode", "{a}", "-o", "{o}/out.jsonl"],
    ["geocode", "{a}", "-o", "{o}/out.csv"],
    ["extract", "{a}", "-o", "{o}/picture.geojson"],
    ["map", "{a}", "-o", "{o}/map.html"],
    ["map", "{a}", "--offline", "-o", "{o}/offline.html"],
    ["audit", "{a}", "-o", "{o}/audit.html"],
], ids=["geocode-jsonl", "geocode-csv", "extract", "map-html", "map-offline", "audit-html"])
def test_commands_run_with_sockets_blocked(gazetteer, tmp_path, no_sockets, args):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = CliRunner().invoke(app, [a.format(a=article, o=tmp_path) for a in args])
    assert result.exit_code == 0, (result.output, result.exception)
    assert not [w for w in caught if "socket" in str(w.message)]  # not even tried, then caught
    out = tmp_path / args[-1].rsplit("/", 1)[1]
    assert out.stat().st_size > 0
