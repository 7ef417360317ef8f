"""A small SMTP server for the tests, on 127.0.0.1, that rejects what it is told to reject.

Standard library only: socketserver, one thread a connection. It speaks enough of RFC 5321
for smtplib's sendmail(): EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. Replies are given as
lists of lines; a list of several lines is sent as a multiline reply (RFC 5321 §4.2.1).
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

OK = ("250 2.0.0 Ok",)


@dataclass(frozen=True)
class Script:
    """What the server answers: per recipient address, to MAIL FROM, and to the data."""

    recipients: Mapping[str, Sequence[str]] = field(default_factory=dict)
    sender: Sequence[str] = ("250 2.1.0 Ok",)
    data: Sequence[str] = ("250 2.0.0 Ok: queued",)


def _reply(lines: Sequence[str]) -> bytes:
    """*lines*, each "CODE text", as one reply: "CODE-text" on all lines but the last."""
    wire = [f"{line[:3]}-{line[4:]}" for line in lines[:-1]] + [lines[-1]]
    return "".join(line + "\r\n" for line in wire).encode()


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        script = self.server.script
        self.wfile.write(b"220 localhost ESMTP bouncecodes test server\r\n")
        for raw in self.rfile:
            command = raw.decode("ascii", "replace").strip()
            verb = command[:4].upper()
            if verb == "EHLO":
                answer = ["250-localhost", "250-ENHANCEDSTATUSCODES", "250 8BITMIME"]
                self.wfile.write(("\r\n".join(answer) + "\r\n").encode())
            elif verb == "MAIL":
                self.wfile.write(_reply(script.sender))
            elif verb == "RCPT":
                address = command.partition(":")[2].strip().strip("<>")
                self.wfile.write(_reply(script.recipients.get(address, ("250 2.1.5 Ok",))))
            elif verb == "DATA":
                self.wfile.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                for line in self.rfile:
                    if line in (b".\r\n", b".\n"):
                        break
                self.wfile.write(_reply(script.data))
            elif verb == "QUIT":
                self.wfile.write(b"221 2.0.0 Bye\r\n")
                return
            else:  # HELO, RSET, NOOP
                self.wfile.write(_reply(OK))


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script


@contextmanager
def smtp_server(script: Script) -> Iterator[tuple[str, int]]:
    """Run a server that follows *script*; yield its (host, port); stop it on the way out."""
    server = _Server(script)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield str(host), int(port)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
